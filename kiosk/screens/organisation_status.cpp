#include "kiosk/screens/organisation_status.h"

#include <unordered_map>

#include "kiosk/i18n/i18n.h"
#include "kiosk/widgets/badge.h"

namespace kiosk {

namespace {
// Parsed opening hours by organisation, and the local time of the current
// minute; owned by AppState like a screen's state.
struct OpeningHoursMemory {
    static constexpr const char* kName = "opening-hours";
    struct Entry {
        std::string text;
        std::optional<content::OpeningHours> hours;
    };
    std::unordered_map<std::string, Entry> byOrganisation;
    int64_t minute = -1;
    std::string zone;
    content::LocalTime local;
    std::optional<content::HolidayCalendar> holidays;  // the pack's PH and SH
};
}  // namespace

const content::OpeningHours* openingHoursFor(AppState& state, const std::string& organisationId,
                                             const std::string& openingHours) {
    auto& cache = state.screens.get<OpeningHoursMemory>().byOrganisation;
    auto it = cache.find(organisationId);
    if (it == cache.end() || it->second.text != openingHours) {
        OpeningHoursMemory::Entry entry{openingHours, content::OpeningHours::parse(openingHours, nullptr)};
        it = cache.insert_or_assign(organisationId, std::move(entry)).first;
    }
    const auto& hours = it->second.hours;
    return hours && hours->hasHours() ? &*hours : nullptr;
}

const content::HolidayCalendar& packHolidays(AppState& state) {
    OpeningHoursMemory& memory = state.screens.get<OpeningHoursMemory>();
    // Forgotten with the screen memory whenever new content goes live.
    if (!memory.holidays) memory.holidays = state.store ? state.store->pack().holidayCalendar() : content::PackInfo{}.holidayCalendar();
    return *memory.holidays;
}

OpenState openStateNow(AppState& state, const std::string& organisationId, const std::string& openingHours) {
    const content::OpeningHours* hours = openingHoursFor(state, organisationId, openingHours);
    if (!hours) return OpenState::Unknown;
    // The local time changes once a minute; converting it (libical, under a
    // lock) for every visible row of every frame would be wasted work.
    OpeningHoursMemory& memory = state.screens.get<OpeningHoursMemory>();
    int64_t minute = state.nowUtc() / 60;
    std::string zone = state.timeZone();
    if (minute != memory.minute || zone != memory.zone) {
        memory.local = content::toLocal(minute * 60, zone);
        memory.minute = minute;
        memory.zone = zone;
    }
    switch (hours->stateAt(memory.local, packHolidays(state)).state) {
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
    return drawBadge(state, tr(isOpen ? "status.open" : "status.closed"), start, background, state.theme.statusText);
}

}  // namespace kiosk
