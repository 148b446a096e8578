// Saves what was just rendered (the back buffer, before it is shown) as PNG.
#pragma once

#include <string>

namespace platform {

// glReadPixels of the current back buffer, flipped to top-down, written with
// stb_image_write. Returns false with a message on failure.
bool saveBackBufferPng(const std::string& path, int width, int height, std::string* error);

}  // namespace platform
