#include "kiosk/app/navigation.h"

namespace kiosk {

// screenName() and screenFromName() read the one screen table (screen_table.cpp).

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
