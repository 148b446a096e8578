#include "content/core/time_zone.h"

#include <libical/ical.h>

#include <cstdio>
#include <map>
#include <unordered_map>

namespace content {

namespace {

// libical's builtin zone table loads lazily and is not safe to fill from two
// threads at once (the kiosk imports on a worker thread while the UI asks
// "open now?"), so every use goes through this lock.
std::recursive_mutex& zoneMutex() { return libicalMutex(); }

// Caller holds zoneMutex. nullptr = unknown zone.
icaltimezone* findZone(const std::string& tz) {
    static std::map<std::string, icaltimezone*> cache;
    auto it = cache.find(tz);
    if (it != cache.end()) return it->second;
    icaltimezone* zone = nullptr;
    if (tz == "UTC" || tz == "Etc/UTC" || tz == "Z") {
        zone = icaltimezone_get_utc_timezone();
    } else if (!tz.empty()) {
        zone = icaltimezone_get_builtin_timezone(tz.c_str());
        // Reset the error libical leaves behind for an unknown zone so it does
        // not leak into later parses.
        icalerror_clear_errno();
    }
    cache.emplace(tz, zone);
    return zone;
}

int offsetFromLibical(icaltimezone* zone, int64_t utc);

// Asking libical is slow (it walks its list of changes each time) and an
// import expands a million occurrences, so offsets are remembered per zone
// and quarter hour: since 1970 every zone changes its offset only at whole
// quarter hours UTC. Earlier instants are always asked afresh.
int offsetLocked(int64_t utc, const std::string& tz) {
    icaltimezone* zone = findZone(tz);
    if (!zone || zone == icaltimezone_get_utc_timezone()) return 0;
    if (utc < 0) return offsetFromLibical(zone, utc);
    static std::unordered_map<icaltimezone*, std::unordered_map<int64_t, int>> cache;
    auto& zoneCache = cache[zone];
    if (zoneCache.size() > 2'000'000) zoneCache.clear();  // bounded, whatever asks
    const int64_t quarterHour = utc / 900;
    auto it = zoneCache.find(quarterHour);
    if (it != zoneCache.end()) return it->second;
    int offset = offsetFromLibical(zone, quarterHour * 900);
    zoneCache.emplace(quarterHour, offset);
    return offset;
}

int offsetFromLibical(icaltimezone* zone, int64_t utc) {
    LocalTime civil = civilFromDays(utc >= 0 ? utc / 86400 : -((-utc + 86399) / 86400));
    int64_t secondsOfDay = utc - daysFromCivil(civil.year, civil.month, civil.day) * 86400;
    icaltimetype tt = icaltime_null_time();
    tt.year = civil.year;
    tt.month = civil.month;
    tt.day = civil.day;
    tt.hour = static_cast<int>(secondsOfDay / 3600);
    tt.minute = static_cast<int>(secondsOfDay / 60 % 60);
    tt.second = static_cast<int>(secondsOfDay % 60);
    tt.zone = icaltimezone_get_utc_timezone();
    int isDaylight = 0;
    return icaltimezone_get_utc_offset_of_utc_time(zone, &tt, &isDaylight);
}

int64_t floorDiv(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

bool parseDigits(std::string_view text, size_t pos, size_t count, int* value) {
    if (pos + count > text.size()) return false;
    int result = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        result = result * 10 + (text[i] - '0');
    }
    *value = result;
    return true;
}

}  // namespace

std::recursive_mutex& libicalMutex() {
    static std::recursive_mutex mutex;
    return mutex;
}

int64_t daysFromCivil(int year, int month, int day) {
    // Howard Hinnant's days_from_civil.
    year -= month <= 2;
    const int64_t era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yearOfEra = static_cast<unsigned>(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + static_cast<int64_t>(dayOfEra) - 719468;
}

LocalTime civilFromDays(int64_t days) {
    days += 719468;
    const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned dayOfEra = static_cast<unsigned>(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned mp = (5 * dayOfYear + 2) / 153;
    LocalTime result;
    result.day = static_cast<int>(dayOfYear - (153 * mp + 2) / 5 + 1);
    result.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    result.year = static_cast<int>(yearOfEra + era * 400 + (result.month <= 2));
    result.weekday = weekdayOf(result.year, result.month, result.day);
    return result;
}

int weekdayOf(int year, int month, int day) {
    int64_t days = daysFromCivil(year, month, day);
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

int daysInMonth(int year, int month) {
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : lengths[month - 1];
}

int64_t wallSeconds(const LocalTime& local) {
    return daysFromCivil(local.year, local.month, local.day) * 86400 + local.hour * 3600 + local.minute * 60 +
           local.second;
}

LocalTime fromWallSeconds(int64_t wall) {
    const int64_t days = floorDiv(wall, 86400);
    const int64_t rest = wall - days * 86400;
    LocalTime local = civilFromDays(days);
    local.hour = static_cast<int>(rest / 3600);
    local.minute = static_cast<int>(rest / 60 % 60);
    local.second = static_cast<int>(rest % 60);
    return local;
}

bool isKnownTimeZone(const std::string& tz) {
    std::lock_guard lock(zoneMutex());
    return findZone(tz) != nullptr;
}

int utcOffsetSeconds(int64_t utc, const std::string& tz) {
    std::lock_guard lock(zoneMutex());
    return offsetLocked(utc, tz);
}

int64_t toUtc(const LocalTime& local, const std::string& tz) {
    const int64_t wall = daysFromCivil(local.year, local.month, local.day) * 86400 + local.hour * 3600 +
                         local.minute * 60 + local.second;
    std::lock_guard lock(zoneMutex());
    // A wall time maps to UTC as wall - offset, for an offset that is in force
    // at that very instant. Offsets a day before and after cover every
    // transition; of several solutions (autumn's repeated hour) take the first.
    const int offsetBefore = offsetLocked(wall - 86400, tz);
    const int offsetAfter = offsetLocked(wall + 86400, tz);
    // The usual case: no change of offset within a day either side.
    if (offsetBefore == offsetAfter && offsetLocked(wall - offsetBefore, tz) == offsetBefore) return wall - offsetBefore;
    const int candidates[] = {offsetBefore, offsetLocked(wall, tz), offsetAfter};
    std::optional<int64_t> best;
    for (int offset : candidates) {
        int64_t utc = wall - offset;
        if (offsetLocked(utc, tz) == offset && (!best || utc < *best)) best = utc;
    }
    // No solution: the wall time falls in the spring-forward gap. Reading it
    // with the offset from before the gap moves it forward by the gap's length.
    return best ? *best : wall - offsetBefore;
}

LocalTime toLocal(int64_t utc, const std::string& tz) { return fromWallSeconds(utc + utcOffsetSeconds(utc, tz)); }

std::string formatLocalIso(int64_t utc, const std::string& tz) {
    int offset = utcOffsetSeconds(utc, tz);
    LocalTime local = toLocal(utc, tz);
    int offsetMinutes = offset < 0 ? -offset / 60 : offset / 60;
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", local.year, local.month, local.day,
                  local.hour, local.minute, local.second, offset < 0 ? '-' : '+', offsetMinutes / 60,
                  offsetMinutes % 60);
    return buffer;
}

std::string formatUtcIso(int64_t utc) {
    LocalTime t = civilFromDays(utc >= 0 ? utc / 86400 : (utc - 86399) / 86400);
    int64_t seconds = utc - daysFromCivil(t.year, t.month, t.day) * 86400;
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.year, t.month, t.day,
                  static_cast<int>(seconds / 3600), static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60));
    return buffer;
}

std::optional<LocalTime> parseWallTime(std::string_view text, bool* isDate) {
    LocalTime local;
    if (!parseDigits(text, 0, 4, &local.year) || text.size() < 10 || text[4] != '-' || text[7] != '-' ||
        !parseDigits(text, 5, 2, &local.month) || !parseDigits(text, 8, 2, &local.day))
        return std::nullopt;
    if (local.month < 1 || local.month > 12 || local.day < 1 || local.day > daysInMonth(local.year, local.month))
        return std::nullopt;
    local.weekday = weekdayOf(local.year, local.month, local.day);
    if (text.size() == 10) {
        if (isDate) *isDate = true;
        return local;
    }
    if (text[10] != 'T' && text[10] != ' ') return std::nullopt;
    if (!parseDigits(text, 11, 2, &local.hour) || text.size() < 16 || text[13] != ':' ||
        !parseDigits(text, 14, 2, &local.minute))
        return std::nullopt;
    size_t end = 16;
    if (text.size() > 16) {
        if (text[16] != ':' || !parseDigits(text, 17, 2, &local.second)) return std::nullopt;
        end = 19;
    }
    if (end != text.size()) return std::nullopt;
    if (local.hour > 23 || local.minute > 59 || local.second > 59) return std::nullopt;
    if (isDate) *isDate = false;
    return local;
}

std::string formatWallTime(const LocalTime& local, bool dateOnly) {
    char buffer[32];
    if (dateOnly)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", local.year, local.month, local.day);
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", local.year, local.month, local.day,
                      local.hour, local.minute, local.second);
    return buffer;
}

std::optional<int64_t> parseIsoToUtc(std::string_view iso, const std::string& tz) {
    while (!iso.empty() && (iso.back() == ' ' || iso.back() == '\n' || iso.back() == '\r')) iso.remove_suffix(1);
    while (!iso.empty() && iso.front() == ' ') iso.remove_prefix(1);
    if (iso.size() == 10) {
        auto date = parseWallTime(iso);
        if (!date) return std::nullopt;
        return toUtc(*date, tz);
    }
    if (iso.size() < 16) return std::nullopt;
    // Split off a zone designator: 'Z' or a sign after the time part.
    std::string_view zonePart;
    size_t zoneStart = std::string_view::npos;
    for (size_t i = 16; i < iso.size(); ++i) {
        if (iso[i] == 'Z' || iso[i] == 'z' || iso[i] == '+' || iso[i] == '-') {
            zoneStart = i;
            break;
        }
    }
    std::string_view wallPart = iso.substr(0, zoneStart);
    if (zoneStart != std::string_view::npos) zonePart = iso.substr(zoneStart);
    // Fractions of a second are accepted and dropped.
    std::string wall(wallPart);
    if (auto dot = wall.find('.'); dot != std::string::npos && dot >= 19) {
        for (size_t i = dot + 1; i < wall.size(); ++i)
            if (wall[i] < '0' || wall[i] > '9') return std::nullopt;
        wall.resize(dot);
    }
    auto local = parseWallTime(wall);
    if (!local || wall.size() == 10) return std::nullopt;
    if (zonePart.empty()) return toUtc(*local, tz);
    int64_t asUtc = daysFromCivil(local->year, local->month, local->day) * 86400 + local->hour * 3600 +
                    local->minute * 60 + local->second;
    if (zonePart == "Z" || zonePart == "z") return asUtc;
    int hours = 0, minutes = 0;
    if (!parseDigits(zonePart, 1, 2, &hours)) return std::nullopt;
    if (zonePart.size() == 6 && zonePart[3] == ':') {
        if (!parseDigits(zonePart, 4, 2, &minutes)) return std::nullopt;
    } else if (zonePart.size() == 5) {
        if (!parseDigits(zonePart, 3, 2, &minutes)) return std::nullopt;
    } else if (zonePart.size() != 3) {
        return std::nullopt;
    }
    if (hours > 23 || minutes > 59) return std::nullopt;
    int offset = (hours * 3600 + minutes * 60) * (zonePart[0] == '-' ? -1 : 1);
    return asUtc - offset;
}

}  // namespace content
