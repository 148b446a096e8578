// What a visitor wants to know about an organisation's door at one instant:
// open until when, or when it opens next ("open until 16:00", "opens
// tomorrow at 9:00", "closed today (public holiday)"). Computed from the
// parsed opening hours in the content's time zone; the kiosk only puts the
// answer into words.
#pragma once

#include <string>

#include "content/core/holidays.h"
#include "content/core/opening_hours.h"
#include "content/core/time_zone.h"

namespace content {

struct OpeningStatus {
    enum class Kind {
        Unknown,        // no hours known, or they do not parse: no badge
        AlwaysOpen,     // 24/7
        OpenUntil,      // open now, closes at `minute` (today or past midnight)
        OpenNow,        // open now with an open end ("17:00+")
        OpensToday,     // closed now, opens later today at `minute`
        OpensTomorrow,  // closed now, opens tomorrow at `minute`
        OpensOn,        // closed now, opens on `weekday` (within the week) at `minute`
        ClosedHoliday,  // closed all of today because it is a public holiday it would otherwise be open on
        ByAppointment,  // the hours say only "by appointment" (a comment, no times) for now
        Closed,         // closed and no opening within the next week
    };
    Kind kind = Kind::Unknown;
    int minute = 0;   // minutes from midnight of the time named (closing or opening)
    int weekday = 0;  // 0 = Monday, for OpensOn
    std::string comment;  // the rule's comment (ByAppointment), as written

    bool open() const { return kind == Kind::AlwaysOpen || kind == Kind::OpenUntil || kind == Kind::OpenNow; }
};

// The status at local wall time `now`. Looks a week ahead for the next opening.
OpeningStatus openingStatusAt(const OpeningHours& hours, const LocalTime& now, const HolidayCalendar& holidays);

// "open-until 16:00", "opens-tomorrow 09:00", "closed-holiday"... for tests and `kiosk-pack show`.
std::string describeOpeningStatus(const OpeningStatus& status);

}  // namespace content
