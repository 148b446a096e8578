// Writing the import's PNG copies: stb_image_write's PNG encoder (filters,
// chunks) with zlib's deflate in place of stb's own. stb's deflate was the
// largest single cost of the import (a tenth of it, for the PNG copies alone);
// zlib at level 1 is several times faster and writes files of about the same size.
#pragma once

#include <filesystem>

namespace content::pack {

// `pixels`: width x height, `channels` (1..4) a pixel, rows packed.
bool writePngFast(const std::filesystem::path& file, int width, int height, int channels, const unsigned char* pixels);

}  // namespace content::pack
