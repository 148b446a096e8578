// Wall-clock time in a named IANA time zone ("Europe/Berlin") and conversions
// to and from UTC seconds. Backed by libical's builtin zones, which read the
// system's tzdata, so daylight-saving rules are the operating system's.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace content {

struct LocalTime {
    int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
    int weekday = 3;  // 0 = Monday .. 6 = Sunday (1970-01-01 was a Thursday)
};

// libical's zone tables are global and filled lazily; everything in content/
// that calls libical's time-zone functions holds this lock (it is recursive, so
// the functions below may be called while holding it).
std::recursive_mutex& libicalMutex();

// The pack default when a pack names no zone.
inline constexpr const char* kDefaultTimeZone = "Europe/Berlin";

// True when `tz` names a zone the system knows ("UTC" counts).
bool isKnownTimeZone(const std::string& tz);

// A wall time in `tz` as UTC seconds. A wall time that does not exist (inside
// the spring-forward gap) moves forward by the gap; an ambiguous one (the hour
// repeated in autumn) takes the first of the two. An unknown zone counts as UTC.
int64_t toUtc(const LocalTime& local, const std::string& tz);
LocalTime toLocal(int64_t utc, const std::string& tz);

// Offset of `tz` from UTC at that instant, in seconds (+3600 for Berlin in winter).
int utcOffsetSeconds(int64_t utc, const std::string& tz);

// "2026-11-21T17:00:00+01:00"
std::string formatLocalIso(int64_t utc, const std::string& tz);
// "2026-11-21T05:30:07Z": the one UTC formatter (manifests, logs, status files).
std::string formatUtcIso(int64_t utc);

// Accepts "2026-11-21T17:00:00Z", "...+01:00"/"+0100", a local time without
// offset ("2026-11-21T17:00[:00]", taken in `tz`), and a plain date
// "2026-11-21" (local midnight in `tz`). A space may replace the 'T'.
std::optional<int64_t> parseIsoToUtc(std::string_view iso, const std::string& tz);

// The model's wall-time strings: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS".
// `isDate` (optional) tells which form it was. Validates ranges.
std::optional<LocalTime> parseWallTime(std::string_view text, bool* isDate = nullptr);
std::string formatWallTime(const LocalTime& local, bool dateOnly = false);

// Calendar helpers (proleptic Gregorian).
int weekdayOf(int year, int month, int day);  // 0 = Monday
int daysInMonth(int year, int month);
int64_t daysFromCivil(int year, int month, int day);  // days since 1970-01-01
LocalTime civilFromDays(int64_t days);                // date part only, time 00:00:00

// A wall time as seconds on its own clock (as if it were UTC), and back:
// for arithmetic on wall times ("two hours later on the wall clock").
int64_t wallSeconds(const LocalTime& local);
LocalTime fromWallSeconds(int64_t wall);

}  // namespace content
