// Reading a calendar, after each VEVENT is read on its own: the event as
// the grouping step sees it, and the grouping itself (saved versions, changes
// of one date, changes of this and every later date).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "content/core/model.h"
#include "content/core/time_zone.h"
#include "content/parse/icalendar.h"

namespace content::ical {

// A wall time, or a date.
struct WallTime {
    LocalTime local;
    bool isDate = false;
};

// A time as the file states it: the wall time as written and, when the time
// has a zone (UTC or a TZID that is understood), the instant it means.
struct StatedTime {
    WallTime wall;
    std::optional<int64_t> utc;
    std::string zone;  // the system zone `wall` is in; empty when floating or in a custom VTIMEZONE
};

inline std::string formatWall(const WallTime& wall) { return formatWallTime(wall.local, wall.isDate); }

inline WallTime shifted(WallTime wall, int64_t seconds) {
    wall.local = fromWallSeconds(wallSeconds(wall.local) + seconds);
    return wall;
}

// `time` as a wall time on the clock of `seriesZone` (empty: `packZone`).
WallTime onClock(const StatedTime& time, const std::string& seriesZone, const std::string& packZone);

// One VEVENT read into a series plus what the grouping step needs.
struct ReadEvent {
    EventSeries series;
    std::string sourceUid;
    StatedTime start;
    int64_t durationSeconds = 0;  // on the wall clock
    std::optional<StatedTime> recurrenceId;
    bool thisAndFuture = false;   // RECURRENCE-ID;RANGE=THISANDFUTURE
    bool cancelled = false;
    bool superseded = false;      // an older saved version of another event here
    int sequence = 0;
    int64_t stamp = 0;            // DTSTAMP, UTC seconds
    int line = 0;
};

// Keeps the newest saved version of each event, applies the changes of one
// date (and of this and every later date) to their series, drops what is
// cancelled and moves the rest into `result.events`; warnings go to
// `result.problems`.
void groupEvents(std::vector<ReadEvent>& events, const std::string& packZone, CalendarResult& result);

}  // namespace content::ical
