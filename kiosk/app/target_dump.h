// Writes the tap targets of the last drawn frame as JSON, so a test can check
// that every one of them is at least 12 mm on the configured screen.
#pragma once

#include <string>

#include "kiosk/widgets/tap_targets.h"

namespace kiosk {

// {"px_per_mm": 3.6, "targets": [{"label": "...", "x0":..,"y0":..,"x1":..,"y1":..,
//   "full": [x0, y0, x1, y1]}]}  (x0..y1: the visible part; full: the whole target)
bool writeTapTargets(const std::string& file, const TapTargets& targets, float pxPerMm, std::string* error);

}  // namespace kiosk
