#include "kiosk/screens/organisation_status.h"

#include <unordered_map>

#include "kiosk/i18n/i18n.h"
#include "kiosk/widgets/badge.h"

namespace kiosk {

const content::OpeningHours* openingHoursFor(const std::string& organisationId, const std::string& openingHours) {
    struct Entry {
        std::string text;
        std::optional<content::OpeningHours> hours;
    };
    static std::unordered_map<std::string, Entry> cache;
    auto it = cache.find(organisationId);
    if (it == cache.end() || it->second.text != openingHours) {
        Entry entry{openingHours, content::OpeningHours::parse(openingHours, nullptr)};
        it = cache.insert_or_assign(organisationId, std::move(entry)).first;
    }
    const auto& hours = it->second.hours;
    return hours && hours->hasHours() ? &*hours : nullptr;
}

const content::HolidayCalendar& packHolidays(const AppState& state) {
    static content::PackInfo cachedPack;
    static content::HolidayCalendar holidays;
    static const content::PackInfo noPack;
    const content::PackInfo& pack = state.store ? state.store->pack() : noPack;
    if (pack.holidays != cachedPack.holidays || pack.schoolHolidays != cachedPack.schoolHolidays) {
        cachedPack.holidays = pack.holidays;
        cachedPack.schoolHolidays = pack.schoolHolidays;
        holidays = cachedPack.holidayCalendar();
    }
    return holidays;
}

OpenState openStateNow(const AppState& state, const std::string& organisationId, const std::string& openingHours) {
    const content::OpeningHours* hours = openingHoursFor(organisationId, openingHours);
    if (!hours) return OpenState::Unknown;
    // The local time changes once a minute; converting it (libical, under a
    // lock) for every visible row of every frame would be wasted work.
    static int64_t cachedMinute = -1;
    static std::string cachedZone;
    static content::LocalTime cachedLocal;
    int64_t minute = state.nowUtc() / 60;
    std::string zone = state.timeZone();
    if (minute != cachedMinute || zone != cachedZone) {
        cachedLocal = content::toLocal(minute * 60, zone);
        cachedMinute = minute;
        cachedZone = zone;
    }
    switch (hours->stateAt(cachedLocal, packHolidays(state)).state) {
        case content::HoursState::Open: return OpenState::Open;
        case content::HoursState::Closed: return OpenState::Closed;
        case content::HoursState::Unknown: return OpenState::Unknown;  // "17:00+", "nach Vereinbarung": no badge
    }
    return OpenState::Unknown;
}

float drawOpenBadge(AppState& state, OpenState open, ImVec2 start) {
    if (open == OpenState::Unknown) return 0;
    bool isOpen = open == OpenState::Open;
    ImU32 background = isOpen ? state.theme.open : state.theme.closed;
    ImU32 foreground = state.session.highContrast ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255);
    return drawBadge(state, tr(isOpen ? "status.open" : "status.closed"), start, background, foreground);
}

}  // namespace kiosk
