// The font atlas as a one-channel (Alpha8) GL texture. ImGui's OpenGL backend
// uploads the atlas as RGBA32 - four bytes a pixel of which three are always
// white. Our atlas holds only glyph coverage (no colour glyphs or pictures:
// those are textures of their own), so one byte a pixel with a swizzle
// (rgb = 1, a = red) draws the same through the backend's unchanged shader,
// at a quarter of the texture memory.
#pragma once

#include <imgui.h>

namespace platform {

class FontTexture {
public:
    // True when the current GL context can swizzle texture channels (GL 3.3
    // or ARB/EXT_texture_swizzle); otherwise the backend's RGBA32 upload stays.
    static bool supported();
    // Uploads `atlas`'s Alpha8 pixels (replacing an earlier upload) and makes
    // it the atlas's texture id.
    void upload(ImFontAtlas* atlas);
    void destroy();
    ~FontTexture() { destroy(); }

private:
    unsigned texture_ = 0;
};

}  // namespace platform
