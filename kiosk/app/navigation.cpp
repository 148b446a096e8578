#include "kiosk/app/navigation.h"

#include <array>

namespace kiosk {

namespace {
constexpr std::array<std::string_view, kScreenCount> kNames = {
    "home", "organisations", "organisation", "events", "event", "guides", "guide", "search", "qr"};
}

std::string_view screenName(Screen screen) { return kNames[static_cast<int>(screen)]; }

std::optional<Screen> screenFromName(std::string_view name) {
    for (int i = 0; i < kScreenCount; ++i)
        if (kNames[i] == name) return static_cast<Screen>(i);
    return std::nullopt;
}

void Navigation::open(Screen screen, std::string id) {
    if (screen == Screen::Home) return home();
    const Route& top = stack_.back();
    if (top.screen == screen && top.id == id) return;
    stack_.push_back({screen, std::move(id)});
    ++generation_;
}

void Navigation::back() {
    if (stack_.size() > 1) stack_.pop_back();
    ++generation_;
}

void Navigation::home() {
    stack_.resize(1);
    stack_.front() = {};
    ++generation_;
}

}  // namespace kiosk
