// The frame around every screen, drawn in one place: the top bar with home
// and back (mirrored in RTL), the screen title, and the text-size and
// high-contrast switches reachable from every screen.
#pragma once

#include "kiosk/app/app_state.h"

namespace kiosk {

// Height of the top bar in pixels.
float topBarHeight(const AppState& state);

// Draws the bar into the top of the screen and handles its taps.
void drawTopBar(AppState& state);

// A small "shown in German" note for text that fell back to another language
// (usedLang != the visitor's language). Returns the height used (0 if none).
float drawFallbackNote(AppState& state, const std::string& usedLang, ImVec2 topLeft, float width);

}  // namespace kiosk
