// Arabic shaping and bidi reordering of ONE line with FriBidi. Pure text in,
// text out (no fonts, no ImGui), so it is testable on its own.
#pragma once

#include <string>
#include <string_view>

namespace kiosk::text {

// Resolved base direction of a paragraph: RTL when the first strong
// character is right-to-left (or `fallbackRtl` if there is none).
bool firstStrongIsRtl(std::u32string_view logical, bool fallbackRtl);

// Shapes (Arabic presentation forms, lam-alef ligatures, mirrored brackets in
// RTL runs) and reorders one line from logical to visual order, ready to be
// drawn glyph by glyph from left to right. Bidi controls, joiners and the
// ligature fill characters are removed from the result.
std::u32string shapeLine(std::u32string_view logical, bool rtlBase);

// True for characters a line breaker must not separate from the one before
// (combining marks, Arabic harakat), so a long word is split between letters.
bool isCombiningMark(char32_t c);

// Characters that carry no glyph of their own after shaping (C0/C1 controls,
// soft hyphen, ZWNJ, ZWJ, bidi controls, BOM/fill); they are dropped from the
// visual text instead of showing up as '?'.
bool isInvisibleControl(char32_t c);

}  // namespace kiosk::text
