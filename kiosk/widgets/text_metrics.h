// Line heights for laying out rows and boxes. text::lineHeight() is the Latin
// font's line; Arabic-script lines are set taller (their marks need the
// room), so a box that must hold a line of any language uses lineBoxHeight().
#pragma once

#include <algorithm>

#include "kiosk/text/text.h"

namespace kiosk {

inline float lineBoxHeight(text::Style style) {
    // One Arabic letter (U+0639) gets the taller Arabic line; the layout is cached.
    return std::max(text::lineHeight(style), text::layoutLabel("\xD8\xB9", style, 1e6f).height);
}

}  // namespace kiosk
