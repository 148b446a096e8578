// fonts/fonts.toml, read from the copy built into the binary.
#pragma once

#include <string>
#include <vector>

namespace kiosk::text {

struct FontFile {
    std::string name;
    std::string regular, bold;  // absolute paths of Debian font files
    float scale = 1.0f;         // size relative to the style's size, to even out scripts
    // Shaped with HarfBuzz and drawn glyph by glyph from the font's own
    // substitution and positioning tables (Arabic script); the other fonts are
    // drawn per code point through ImGui's font.
    bool shaped = false;
};

struct StyleSize {
    float mm = 6.0f;
    bool bold = false;
};

struct FontConfig {
    std::vector<FontFile> fonts;  // fallback order
    StyleSize styles[7];          // indexed by Style
    float easyLanguageScale = 1.25f;  // Easy German's extra size on top of the visitor's text size
    std::string error;            // non-empty when fonts.toml could not be read
};

const FontConfig& fontConfig();

}  // namespace kiosk::text
