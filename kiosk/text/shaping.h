// The bidi algorithm for ONE line with FriBidi: embedding levels and the
// visual order. Pure text in, text out (no fonts, no ImGui), so it is testable
// on its own. The letters' shapes come from HarfBuzz (line_shaper.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::text {

// Resolved base direction of a paragraph: RTL when the first strong
// character is right-to-left (or `fallbackRtl` if there is none).
bool firstStrongIsRtl(std::u32string_view logical, bool fallbackRtl);

// Bidi levels of one line (after rule L1) and its visual order.
struct BidiLine {
    std::vector<uint8_t> levels;          // per logical character; odd = right to left
    std::vector<uint32_t> visualOrder;    // logical index of each position from left to right
    std::vector<bool> strong;             // per logical character: a letter of a direction (L, R, AL)
};
BidiLine resolveBidi(std::u32string_view logical, bool rtlBase);

// The line's characters from left to right on screen, brackets mirrored in
// right-to-left runs, controls and joiners removed (unshaped: what a search
// or a test reads, not what is drawn).
std::u32string reorderLine(std::u32string_view logical, bool rtlBase);

// The mirrored counterpart of a bracket in right-to-left text, else c.
char32_t mirroredInRtl(char32_t c);

// True for characters a line breaker must not separate from the one before
// (combining marks, Arabic harakat), so a long word is split between letters.
bool isCombiningMark(char32_t c);

// Characters that carry no glyph of their own after shaping (C0/C1 controls,
// soft hyphen, ZWNJ, ZWJ, bidi controls, BOM/fill); they are dropped from the
// visual text instead of showing up as '?'.
bool isInvisibleControl(char32_t c);

}  // namespace kiosk::text
