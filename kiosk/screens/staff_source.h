// The staff screen's part for a source folder on a USB stick
// (staff_source.cpp): the problem list of the check with "Check again" and
// "Show the preview", and on the overview the note that a stick with new
// content is there and how the last preview or publish ended.
#pragma once

#include "kiosk/app/app_state.h"
#include "kiosk/app/station.h"
#include "kiosk/widgets/ui_context.h"

namespace kiosk {

// Checks the first source folder on the sticks and shows its problem list
// (right after the PIN, and from the overview's button).
void openSourceCheck(AppState& state, Station& station, double now);
// The problem list and its buttons, filling `area`.
void drawSourceCheck(AppState& state, Station& station, const Rect& area, double now);
// On the overview, from `y`: the stick note, the last preview's or publish's
// result. Returns the y below what it drew.
float drawSourceSummary(AppState& state, Station& station, float x, float y, float width, double now);

}  // namespace kiosk
