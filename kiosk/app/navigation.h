// Where the visitor is: a stack of routes. Back pops, home clears. A route is
// a screen plus the id of what it shows (an organisation id, an event series
// uid with its occurrence, a guide id, what a QR code is for).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

enum class Screen { Home, Organisations, Organisation, Events, Event, Guides, Guide, Search, Qr };
inline constexpr int kScreenCount = 9;

// The names replay's `assert-screen` uses: home, organisations, organisation,
// events, event, guides, guide, search, qr.
std::string_view screenName(Screen screen);
std::optional<Screen> screenFromName(std::string_view name);

struct Route {
    Screen screen = Screen::Home;
    std::string id;  // what the screen shows; empty for lists and home
};

class Navigation {
public:
    Navigation() { stack_.push_back({}); }

    const Route& current() const { return stack_.back(); }
    Screen screen() const { return stack_.back().screen; }
    bool canGoBack() const { return stack_.size() > 1; }
    size_t depth() const { return stack_.size(); }

    // Opens a screen on top of the current one (tapping the same route twice
    // does not stack it twice).
    void open(Screen screen, std::string id = {});
    void back();
    void home();

    // Bumped on every change, so screens can reset per-visit state cheaply.
    uint64_t generation() const { return generation_; }

private:
    std::vector<Route> stack_;
    uint64_t generation_ = 0;
};

}  // namespace kiosk
