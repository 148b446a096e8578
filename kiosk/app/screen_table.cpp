#include <array>

#include "kiosk/app/screens.h"
#include "kiosk/i18n/i18n.h"

namespace kiosk {

namespace {

// Every screen once: its name (replay's assert-screen, text recording), the
// i18n key of its title in the top bar, and the function that draws it. In
// the order of the Screen enum, which the static_assert below checks.
struct ScreenEntry {
    Screen screen;
    std::string_view name;
    const char* titleKey;
    ScreenDrawer draw;
};

constexpr std::array<ScreenEntry, kScreenCount> kScreens = {{
    {Screen::Home, "home", "home.welcome", drawHomeScreen},
    {Screen::Organisations, "organisations", "organisations.title", drawOrganisationsScreen},
    {Screen::Organisation, "organisation", "organisations.title", drawOrganisationScreen},
    {Screen::Events, "events", "events.title", drawEventsScreen},
    {Screen::Event, "event", "events.title", drawEventScreen},
    {Screen::Guides, "guides", "guides.title", drawGuidesScreen},
    {Screen::Guide, "guide", "guides.title", drawGuideScreen},
    {Screen::Search, "search", "search.title", drawSearchScreen},
    {Screen::Qr, "qr", "takeaway.title", drawTakeAwayScreen},
}};

constexpr bool inEnumOrder() {
    for (int i = 0; i < kScreenCount; ++i)
        if (static_cast<int>(kScreens[i].screen) != i) return false;
    return true;
}
static_assert(inEnumOrder(), "kScreens must list the screens in the order of the Screen enum");

const ScreenEntry& entry(Screen screen) { return kScreens[static_cast<int>(screen)]; }

}  // namespace

std::string_view screenName(Screen screen) { return entry(screen).name; }

std::optional<Screen> screenFromName(std::string_view name) {
    for (const ScreenEntry& screen : kScreens)
        if (screen.name == name) return screen.screen;
    return std::nullopt;
}

void drawCurrentScreen(AppState& state, const Rect& area) { entry(state.screen()).draw(state, area); }

std::string screenTitle(const AppState& state) { return tr(entry(state.screen()).titleKey); }

}  // namespace kiosk
