// Font files read once per process and kept for the whole run: their bytes
// (ImGui's builder reads them without owning them), a FreeType face to ask
// which code points a file covers, and a HarfBuzz font for shaping.
#pragma once

#include <string>
#include <vector>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

namespace kiosk::text {

struct LoadedFont {
    std::vector<char> bytes;
    FT_Face face = nullptr;          // coverage questions only; never sized
    FT_Face rasterFace = nullptr;    // sized and rendered when glyphs are baked
    hb_font_t* shaper = nullptr;     // HarfBuzz font at the em size (positions in font units)
    unsigned unitsPerEm = 1000;
};

FT_Library freeType();

// The file at `path`, or nullptr when it cannot be read or is not a font.
const LoadedFont* loadFont(const std::string& path);

// Ascender-to-descender height of a face per em (what ImGui's FreeType
// builder sizes to).
float lineBoxPerEm(FT_Face face);

}  // namespace kiosk::text
