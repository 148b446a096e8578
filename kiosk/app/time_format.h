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
// "Saturday, 21 November" (or "Today"/"Tomorrow" relative to nowUtc).
std::string formatDay(int64_t utc, int64_t nowUtc, const std::string& tz);
// The translation key suffix of a weekday (0 = Monday): "mon".."sun".
const char* weekdayKey(int weekday);
// Start of the local day containing utc, as UTC seconds.
int64_t startOfLocalDay(int64_t utc, const std::string& tz);

}  // namespace kiosk
