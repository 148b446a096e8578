// Every visitor screen is one free function that draws its content into the
// area below the top bar. The table in screen_table.cpp maps Screen values to
// these functions, one entry for every screen.
//
// A screen:
//   - reads state.route().id for what it shows;
//   - navigates with state.open()/back()/home();
//   - uses widgets (kiosk/widgets) that register TapTargets, never ImGui::Button;
//   - caches query results keyed by state.contentGeneration (no database work
//     on frames where nothing changed);
//   - lays out for LTR and mirrors with state.ui.place() for Arabic and Farsi.
#pragma once

#include "kiosk/app/app_state.h"

namespace kiosk {

using ScreenDrawer = void (*)(AppState& state, const Rect& area);

void drawHomeScreen(AppState& state, const Rect& area);
void drawOrganisationsScreen(AppState& state, const Rect& area);
void drawOrganisationScreen(AppState& state, const Rect& area);
void drawEventsScreen(AppState& state, const Rect& area);
void drawEventScreen(AppState& state, const Rect& area);
void drawGuidesScreen(AppState& state, const Rect& area);
void drawGuideScreen(AppState& state, const Rect& area);
void drawSearchScreen(AppState& state, const Rect& area);
void drawTakeAwayScreen(AppState& state, const Rect& area);  // "qr"


// Draws the screen of the current route.
void drawCurrentScreen(AppState& state, const Rect& area);

// The title the top bar shows for the current route.
std::string screenTitle(const AppState& state);

}  // namespace kiosk
