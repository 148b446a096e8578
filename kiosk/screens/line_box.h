// Height to reserve for one line of a text style in rows and labels. Arabic
// script lines are laid out taller than the Latin line box (room for their
// descenders, see kiosk/text/layout.cpp) and drawLabel() centres them on the
// Latin line box, so the extra room hangs below; a row may show Arabic in any
// interface language, so fixed-height rows reserve that room for every line.
#pragma once

#include <cmath>

#include "kiosk/text/text.h"

namespace kiosk {

inline float lineBox(text::Style style) { return std::ceil(text::lineHeight(style) * 1.3f); }

}  // namespace kiosk
