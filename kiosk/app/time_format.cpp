#include "kiosk/app/time_format.h"

#include <cstdio>

#include "kiosk/i18n/i18n.h"
#include "kiosk/text/text.h"

namespace kiosk {

std::string formatClock(int minutesOfDay) {
    minutesOfDay = ((minutesOfDay % 1440) + 1440) % 1440;
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", minutesOfDay / 60, minutesOfDay % 60);
    return buffer;
}

std::string formatClockAt(int64_t utc, const std::string& tz) {
    content::LocalTime local = content::toLocal(utc, tz);
    return formatClock(local.hour * 60 + local.minute);
}

const char* weekdayKey(int weekday) {
    static const char* keys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    return keys[((weekday % 7) + 7) % 7];
}

int64_t startOfLocalDay(int64_t utc, const std::string& tz) {
    content::LocalTime local = content::toLocal(utc, tz);
    local.hour = local.minute = local.second = 0;
    return content::toUtc(local, tz);
}

std::string formatDay(int64_t utc, int64_t nowUtc, const std::string& tz) {
    content::LocalTime day = content::toLocal(utc, tz);
    content::LocalTime today = content::toLocal(nowUtc, tz);
    int64_t dayNumber = content::daysFromCivil(day.year, day.month, day.day);
    int64_t todayNumber = content::daysFromCivil(today.year, today.month, today.day);
    if (dayNumber == todayNumber) return tr("date.today");
    if (dayNumber == todayNumber + 1) return tr("date.tomorrow");
    const std::string weekday = tr(std::string("weekday.") + weekdayKey(day.weekday));
    const std::string month = tr("month." + std::to_string(day.month));
    if (day.year != today.year)
        return tr("date.weekday_day_month_year", {{"weekday", weekday},
                                                  {"day", std::to_string(day.day)},
                                                  {"month", month},
                                                  {"year", std::to_string(day.year)}});
    return tr("date.weekday_day_month", {{"weekday", weekday}, {"day", std::to_string(day.day)}, {"month", month}});
}

std::string formatShortDay(int64_t utc, int64_t nowUtc, const std::string& tz) {
    content::LocalTime day = content::toLocal(utc, tz);
    const std::string month = tr("month." + std::to_string(day.month));
    if (day.year != content::toLocal(nowUtc, tz).year)
        return tr("date.day_month_year", {{"day", std::to_string(day.day)}, {"month", month}, {"year", std::to_string(day.year)}});
    return tr("date.day_month", {{"day", std::to_string(day.day)}, {"month", month}});
}

std::string formatTimeRange(const std::string& start, const std::string& end) {
    std::string range = tr("time.range", {{"start", start}, {"end", end}});
    // A right-to-left mark gives the line its direction (U+200F, drawn as nothing).
    if (text::isRightToLeftText(tr("language.self"))) range = "\u200F" + range;
    return range;
}

std::string wallTimeAt(int64_t utc, const std::string& tz) {
    content::LocalTime local = content::toLocal(utc, tz);
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", local.year, local.month, local.day, local.hour,
                  local.minute, local.second);
    return buffer;
}

}  // namespace kiosk
