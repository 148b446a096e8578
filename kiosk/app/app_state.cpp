#include "kiosk/app/app_state.h"

#include <algorithm>
#include <ctime>

#include "content/core/model.h"
#include "kiosk/i18n/i18n.h"

namespace kiosk {

int64_t AppState::nowUtc() const {
    if (clockSpeed != 1) return fastClockStartUtc + int64_t(std::max(0.0, runnerNow - fastClockStartedAt) * clockSpeed);
    if (clockFixed) return fixedNowUtc;
    return static_cast<int64_t>(std::time(nullptr));
}

std::string AppState::timeZone() const {
    if (store && !store->pack().timeZone.empty()) return store->pack().timeZone;
    return "Europe/Berlin";
}

void AppState::setLanguage(const std::string& tag) {
    if (kiosk::language() == tag) return;
    kiosk::setLanguage(tag);
    session.touched = true;
    ui.rtl = content::isRightToLeft(tag);
    ++contentGeneration;
}

void AppState::open(Screen screen, std::string id) {
    session.navigation.open(screen, std::move(id));
    session.touched = true;
    session.widgets.openSheet.clear();
}

void AppState::back() {
    session.navigation.back();
    session.touched = true;
    session.widgets.openSheet.clear();
}

void AppState::home() {
    session.navigation.home();
    session.touched = true;
    session.widgets.openSheet.clear();
}

std::filesystem::path AppState::imagePath(const std::string& name) const {
    if (!store || name.empty()) return {};
    return store->imagePath(name);
}

}  // namespace kiosk
