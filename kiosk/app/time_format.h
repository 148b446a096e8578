// Dates and times as the screens show them, in the visitor's language
// (through the translation keys date.*, weekday.*, month.*), in the content's
// time zone. 24-hour clock everywhere: it is what German notices use.
#pragma once

#include <cstdint>
#include <string>

#include "content/core/time_zone.h"

namespace kiosk {

// "09:05" from minutes after midnight.
std::string formatClock(int minutesOfDay);
// "09:05" for a UTC instant in `tz`.
std::string formatClockAt(int64_t utc, const std::string& tz);
// "Saturday, 21 November" (or "Today"/"Tomorrow" relative to nowUtc); with
// the year when it is not nowUtc's: "Saturday, 2 January 2027".
std::string formatDay(int64_t utc, int64_t nowUtc, const std::string& tz);
// "21 November", or "2 January 2027" in another year than nowUtc's.
std::string formatShortDay(int64_t utc, int64_t nowUtc, const std::string& tz);
// "09:00 – 16:00" the interface language's way. In right-to-left languages
// the range starts at the right (its reading start) even on a line of nothing
// but digits, where the text alone would give no direction.
std::string formatTimeRange(const std::string& start, const std::string& end);
// The wall time of a UTC instant in `tz`, "YYYY-MM-DDTHH:MM:SS" (the format of EventSeries times).
std::string wallTimeAt(int64_t utc, const std::string& tz);
// The translation key suffix of a weekday (0 = Monday): "mon".."sun".
const char* weekdayKey(int weekday);
// Start of the local day containing utc, as UTC seconds.
int64_t startOfLocalDay(int64_t utc, const std::string& tz);

}  // namespace kiosk
