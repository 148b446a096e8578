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

// The note for a text that fell back to another language, naming that
// language in the visitor's ("This text is only available in German.",
// "هذا النص متوفر بالألمانية فقط."); empty when usedLang is the visitor's language.
std::string fallbackNote(const AppState& state, const std::string& usedLang);
// The same for an interface language given by its tag.
std::string fallbackNote(std::string_view uiLanguage, const std::string& usedLang);
// Draws that note at body size (it is read before the text it sits above).
// Returns the height used, with the gap to the text below (0 if none).
float drawFallbackNote(AppState& state, const std::string& usedLang, ImVec2 topLeft, float width);

}  // namespace kiosk
