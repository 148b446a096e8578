#include "kiosk/screens/organisation_status.h"

#include "kiosk/app/time_format.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/widgets/badge.h"

namespace kiosk {

std::string openingStatusWords(const content::OpeningStatus& status) {
    using Kind = content::OpeningStatus::Kind;
    const std::string time = formatClock(status.minute % 1440);
    switch (status.kind) {
        case Kind::Unknown: return {};
        case Kind::AlwaysOpen:
        case Kind::OpenNow: return tr("status.open");
        case Kind::OpenUntil: return tr("status.open_until", {{"time", time}});
        case Kind::OpensToday: return tr("status.opens_today", {{"time", time}});
        case Kind::OpensTomorrow: return tr("status.opens_tomorrow", {{"time", time}});
        case Kind::OpensOn:
            return tr("status.opens_on", {{"weekday", tr(std::string("weekday.") + weekdayKey(status.weekday))},
                                          {"time", time}});
        case Kind::ClosedHoliday: return tr("status.closed_holiday");
        case Kind::ByAppointment: return tr("status.by_appointment");
        case Kind::Closed: return tr("status.closed");
    }
    return {};
}

float drawOpeningStatus(AppState& state, const content::OpeningStatus& status, ImVec2 start) {
    const std::string words = openingStatusWords(status);
    if (words.empty()) return 0;
    // Only "open" is coloured: a list in the evening reads as a list of
    // opening times, not as a column of red "closed".
    if (status.open()) return drawBadge(state, words, start, state.theme.open, state.theme.statusText);
    return drawBadge(state, words, start, state.theme.badge, state.theme.badgeText);
}

}  // namespace kiosk
