#include <array>

#include "kiosk/app/screens.h"
#include "kiosk/i18n/i18n.h"

namespace kiosk {

namespace {

// Add a screen's function here when it is written.
constexpr std::array<ScreenDrawer, kScreenCount> kDrawers = {
    drawHomeScreen,           // home
    drawOrganisationsScreen,  // organisations
    drawOrganisationScreen,   // organisation
    drawEventsScreen,         // events
    drawEventScreen,          // event
    drawGuidesScreen,         // guides
    drawGuideScreen,          // guide
    drawSearchScreen,         // search
    drawTakeAwayScreen,       // qr
};

// The i18n key of each screen's title in the top bar.
constexpr std::array<const char*, kScreenCount> kTitleKeys = {
    "home.welcome", "organisations.title", "organisations.title", "events.title", "events.title",
    "guides.title", "guides.title", "search.title", "takeaway.title",
};

}  // namespace

ScreenDrawer screenDrawer(Screen screen) { return kDrawers[static_cast<int>(screen)]; }

void drawCurrentScreen(AppState& state, const Rect& area) {
    if (ScreenDrawer drawer = screenDrawer(state.screen())) return drawer(state, area);
    // A screen without its drawer yet shows its title; the top bar still leads back.
    const auto& paragraph = text::layout(screenTitle(state), text::Style::Heading, area.width() - 2 * state.ui.margin());
    text::draw(state.drawList, paragraph, {area.min.x + state.ui.margin(), area.min.y + state.ui.margin()},
               area.width() - 2 * state.ui.margin(), state.theme.text, text::Align::Center, state.rtl());
}

std::string screenTitle(const AppState& state) { return tr(kTitleKeys[static_cast<int>(state.screen())]); }

}  // namespace kiosk
