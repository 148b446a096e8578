// Writes the tap targets of the last drawn frame as JSON, so a test can check
// that every one of them is at least 12 mm on the configured screen, and the
// size of every text style, so a test can check the type in millimetres.
#pragma once

#include <string>

#include "kiosk/text/text.h"
#include "kiosk/widgets/tap_targets.h"

namespace kiosk {

// {"px_per_mm": 3.6, "targets": [{"label": "...", "x0":..,"y0":..,"x1":..,"y1":..,
//   "full": [x0, y0, x1, y1]}]}  (x0..y1: the visible part; full: the whole target)
// With `fonts`, also "styles": {"body": {"px": 34, "cap_height_mm": 4.9,
//   "line_height_px": .., "average_advance_px": ..}, ...}: the capital H's
// height from the built glyph's outline, the mean advance of a German sentence.
bool writeTapTargets(const std::string& file, const TapTargets& targets, float pxPerMm, std::string* error,
                     const text::FontSet* fonts = nullptr);

}  // namespace kiosk
