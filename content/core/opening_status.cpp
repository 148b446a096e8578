#include "content/core/opening_status.h"

#include <cstdio>

namespace content {

namespace {

// How far ahead the next opening is looked for: beyond a week a weekday name
// would be ambiguous.
constexpr int kLookAheadDays = 7;

std::string clock(int minute) {
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", (minute / 60) % 24, minute % 60);
    return text;
}

}  // namespace

OpeningStatus openingStatusAt(const OpeningHours& hours, const LocalTime& now, const HolidayCalendar& holidays) {
    OpeningStatus status;
    if (!hours.hasHours()) return status;
    if (hours.alwaysOpen()) {
        status.kind = OpeningStatus::Kind::AlwaysOpen;
        return status;
    }
    const HoursAnswer answer = hours.stateAt(now, holidays);
    if (answer.state == HoursState::Open) {
        // The closing time may lie after midnight ("Fr 22:00-02:00").
        auto change = hours.nextChange(now, holidays, 2);
        if (!change) {
            status.kind = OpeningStatus::Kind::AlwaysOpen;
        } else {
            status.kind = OpeningStatus::Kind::OpenUntil;
            status.minute = change->hour * 60 + change->minute;
        }
        return status;
    }
    if (answer.state == HoursState::Unknown) {
        if (answer.comment == "open end") status.kind = OpeningStatus::Kind::OpenNow;
        else if (!answer.comment.empty()) status.kind = OpeningStatus::Kind::ByAppointment;
        status.comment = answer.comment == "open end" ? std::string() : answer.comment;
        return status;
    }

    const int minuteNow = now.hour * 60 + now.minute;
    const int64_t today = daysFromCivil(now.year, now.month, now.day);
    for (int64_t day = today; day <= today + kLookAheadDays; ++day) {
        LocalTime date = civilFromDays(day);
        for (const HoursInterval& interval : hours.intervalsOn(date.year, date.month, date.day, holidays)) {
            if (interval.state != HoursState::Open || (day == today && interval.from <= minuteNow)) continue;
            status.minute = interval.from;
            status.weekday = weekdayOf(date.year, date.month, date.day);
            if (day == today) {
                status.kind = OpeningStatus::Kind::OpensToday;
                return status;
            }
            // A holiday on a day the regular week is open says so first.
            if (holidays.isPublicHoliday(now.year, now.month, now.day) && !hours.spansOn(now.weekday).empty()) {
                status.kind = OpeningStatus::Kind::ClosedHoliday;
                return status;
            }
            status.kind = day == today + 1 ? OpeningStatus::Kind::OpensTomorrow : OpeningStatus::Kind::OpensOn;
            return status;
        }
    }
    status.kind = holidays.isPublicHoliday(now.year, now.month, now.day) && !hours.spansOn(now.weekday).empty()
                      ? OpeningStatus::Kind::ClosedHoliday
                      : OpeningStatus::Kind::Closed;
    return status;
}

std::string describeOpeningStatus(const OpeningStatus& status) {
    static const char* weekdays[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    switch (status.kind) {
        case OpeningStatus::Kind::Unknown: return "unknown";
        case OpeningStatus::Kind::AlwaysOpen: return "always-open";
        case OpeningStatus::Kind::OpenUntil: return "open-until " + clock(status.minute);
        case OpeningStatus::Kind::OpenNow: return "open-now";
        case OpeningStatus::Kind::OpensToday: return "opens-today " + clock(status.minute);
        case OpeningStatus::Kind::OpensTomorrow: return "opens-tomorrow " + clock(status.minute);
        case OpeningStatus::Kind::OpensOn:
            return std::string("opens-on ") + weekdays[status.weekday % 7] + " " + clock(status.minute);
        case OpeningStatus::Kind::ClosedHoliday: return "closed-holiday";
        case OpeningStatus::Kind::ByAppointment: return "by-appointment " + status.comment;
        case OpeningStatus::Kind::Closed: return "closed";
    }
    return "unknown";
}

}  // namespace content
