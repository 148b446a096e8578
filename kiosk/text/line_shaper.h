// One line of text into drawable runs: FriBidi's levels and visual order,
// each run in one font; runs of a HarfBuzz-shaped font (Arabic script) are
// shaped with that font's GSUB/GPOS tables, the others are measured with
// ImGui's font per character.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include <hb.h>

#include "kiosk/text/text.h"

namespace kiosk::text {

struct ShapedFonts;

// HarfBuzz's answer for one glyph, in font units (as `hb-shape` prints it).
struct ShapedGlyph {
    uint32_t glyph = 0;
    uint32_t cluster = 0;  // index into the line of the first character this glyph belongs to
    int xAdvance = 0, yAdvance = 0, xOffset = 0, yOffset = 0;
};

// Shapes logical[start, start + length) with the rest of the line as context
// (so a word joins across a run boundary the way it would whole). Persian
// text (any of پ چ ژ گ ک ی in the line) is shaped as language "fa", the rest
// as "ar"; output is left to right.
std::vector<ShapedGlyph> shapeWithHarfBuzz(hb_font_t* font, std::u32string_view logical, size_t start, size_t length,
                                           bool rtl);

// The drawable line (runs, width, visual text) for `logical` in `style` with
// the fonts of `fonts` (nullptr: no font set built, width 0).
Line shapeTextLine(std::u32string_view logical, bool rtl, Style style, const FontSet* fonts);

// The widest space of the style's fonts (ImGui's and the shaped ones): the
// line breaker counts each space between words as this, so a line it fills
// never comes out wider once shaped whole.
float widestSpace(Style style, const FontSet* fonts);

}  // namespace kiosk::text
