// "Sind Sie noch da?": drawn over the visitor's page in the last seconds
// before the idle reset, in the visitor's language, with a large "Ja, weiter"
// and the seconds left. Any touch answers it (kiosk_app.cpp keeps that touch
// from reaching the page below, so the visitor is exactly where they were).
#pragma once

#include "kiosk/app/app_state.h"

namespace kiosk {

void drawIdleWarning(AppState& state, double secondsLeft);

// Reads the notice aloud (when the visitor used read-aloud during the visit).
void startSpokenIdleWarning(AppState& state);

}  // namespace kiosk
