// The fonts a visitor's screen needs, asked for in one place: by the kiosk
// at every text-size or language change and by its start-up, which builds
// them before the window exists (the two must ask for the same).
#pragma once

#include <cstdint>
#include <vector>

#include "kiosk/text/text.h"

namespace kiosk {

// The visitor's text-size step (0-2) as a scale; Easy German is one size
// larger on every screen.
float visitorTextScale(int textSizeStep, bool easyLanguage);

// Sized for the screen's pixel density and visitorTextScale().
text::FontSet::Request visitorFontRequest(float pxPerMm, int textSizeStep, bool easyLanguage,
                                          std::vector<uint32_t> contentCodepoints);

}  // namespace kiosk
