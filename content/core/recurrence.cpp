#include "content/core/recurrence.h"

#include <libical/ical.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <functional>
#include <set>

#include "content/core/time_zone.h"

namespace content {

namespace {

// Safety net: a rule that never reaches the window (or a pathological one)
// stops after this many candidate instances instead of spinning.
constexpr int kMaxIterations = 200000;

// A parsed RRULE that frees what libical allocated for it.
struct ParsedRule {
    icalrecurrencetype rule;
    explicit ParsedRule(const std::string& text) {
        icalerror_clear_errno();
        rule = icalrecurrencetype_from_string(text.c_str());
        icalerror_clear_errno();
    }
    ~ParsedRule() {
        if (rule.rscale) std::free(rule.rscale);
    }
    ParsedRule(const ParsedRule&) = delete;
    ParsedRule& operator=(const ParsedRule&) = delete;
    bool valid() const { return rule.freq != ICAL_NO_RECURRENCE; }
};

icaltimetype toIcal(const LocalTime& local, bool allDay) {
    icaltimetype tt = icaltime_null_time();
    tt.year = local.year;
    tt.month = local.month;
    tt.day = local.day;
    if (allDay) {
        tt.is_date = 1;
    } else {
        tt.hour = local.hour;
        tt.minute = local.minute;
        tt.second = local.second;
    }
    return tt;  // floating: the wall time in the pack's zone
}

LocalTime fromIcal(const icaltimetype& tt) {
    LocalTime local;
    local.year = tt.year;
    local.month = tt.month;
    local.day = tt.day;
    if (!tt.is_date) {
        local.hour = tt.hour;
        local.minute = tt.minute;
        local.second = tt.second;
    }
    local.weekday = weekdayOf(local.year, local.month, local.day);
    return local;
}

// Instance keys compare on the form the model stores (date for all-day).
std::string instanceKey(const std::string& text, bool allDay) {
    bool isDate = false;
    auto local = parseWallTime(text, &isDate);
    if (!local) return text;
    return formatWallTime(*local, allDay);
}

int mondayBased(icalrecurrencetype_weekday day) {
    // libical: Sunday = 1 .. Saturday = 7.
    return (static_cast<int>(day) + 5) % 7;
}


int countOf(const short* values, int size) {
    int n = 0;
    while (n < size && values[n] != ICAL_RECURRENCE_ARRAY_MAX) ++n;
    return n;
}

int64_t floorDivide(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// The date of the n-th (1..5) or n-th last (-1..-5) `weekday` of a month, or 0
// when that month has no such day.
int nthWeekdayOfMonth(int year, int month, int weekday, int position) {
    const int length = daysInMonth(year, month);
    if (position > 0) {
        int first = 1 + (weekday - weekdayOf(year, month, 1) + 7) % 7;
        int day = first + (position - 1) * 7;
        return day <= length ? day : 0;
    }
    int last = length - (weekdayOf(year, month, length) - weekday + 7) % 7;
    int day = last + (position + 1) * 7;
    return day >= 1 ? day : 0;
}

// The rules staff calendars actually use (daily, weekly on some weekdays,
// monthly on a day or on "first Wednesday", yearly), generated directly.
// libical's iterator costs about 10 microseconds per instance, which is 10 s
// for an import of 10,000 weekly series over two years. Returns false without
// emitting anything for every rule outside this set (libical does those);
// test_ical checks both paths give the same instances.
bool generateSimple(const icalrecurrencetype& rule, const LocalTime& start, bool allDay, int64_t firstWall,
                    int64_t lastWall, const std::function<bool(const LocalTime&)>& emit) {
    if (rule.rscale || rule.count < 0 || rule.interval < 1) return false;
    if (countOf(rule.by_second, ICAL_BY_SECOND_SIZE) || countOf(rule.by_minute, ICAL_BY_MINUTE_SIZE) ||
        countOf(rule.by_hour, ICAL_BY_HOUR_SIZE) || countOf(rule.by_year_day, ICAL_BY_YEARDAY_SIZE) ||
        countOf(rule.by_week_no, ICAL_BY_WEEKNO_SIZE) || countOf(rule.by_set_pos, ICAL_BY_SETPOS_SIZE))
        return false;
    const bool hasUntil = !icaltime_is_null_time(rule.until);
    if (hasUntil && (rule.until.is_date != 0) != allDay) return false;
    const int byDays = countOf(rule.by_day, ICAL_BY_DAY_SIZE);
    const int byMonthDays = countOf(rule.by_month_day, ICAL_BY_MONTHDAY_SIZE);
    const int byMonths = countOf(rule.by_month, ICAL_BY_MONTH_SIZE);
    std::vector<int> weekdays, positions;
    for (int i = 0; i < byDays; ++i) {
        weekdays.push_back(mondayBased(icalrecurrencetype_day_day_of_week(rule.by_day[i])));
        positions.push_back(icalrecurrencetype_day_position(rule.by_day[i]));
    }
    const bool anyPosition = std::any_of(positions.begin(), positions.end(), [](int p) { return p != 0; });
    const bool allPositions = std::all_of(positions.begin(), positions.end(), [](int p) { return p >= -5 && p <= 5 && p != 0; });
    const int interval = rule.interval;
    const int64_t startDay = daysFromCivil(start.year, start.month, start.day);
    const int64_t timeOfDay = start.hour * 3600 + start.minute * 60 + start.second;
    const int64_t untilWall = hasUntil ? wallSeconds(fromIcal(rule.until)) : INT64_MAX;
    const int64_t firstDay = floorDivide(firstWall, 86400);
    const bool counting = rule.count > 0;

    // Walks candidate days in order; false from here ends the walk.
    int emitted = 0;
    int64_t steps = 0;
    auto offer = [&](int64_t day) -> bool {
        if (++steps > kMaxIterations) return false;
        if (day < startDay) return true;
        int64_t wall = day * 86400 + timeOfDay;
        if (wall > untilWall || wall > lastWall) return false;
        LocalTime local = fromWallSeconds(wall);
        if (!emit(local)) return false;
        return !(counting && ++emitted >= rule.count);
    };

    switch (rule.freq) {
        case ICAL_DAILY_RECURRENCE: {
            if (byDays || byMonthDays || byMonths) return false;
            int64_t k = counting ? 0 : std::max<int64_t>(0, floorDivide(firstDay - startDay, interval));
            while (offer(startDay + k * interval)) ++k;
            return true;
        }
        case ICAL_WEEKLY_RECURRENCE: {
            if (byMonthDays || byMonths || anyPosition) return false;
            if (weekdays.empty()) weekdays.push_back(start.weekday);
            if (std::find(weekdays.begin(), weekdays.end(), start.weekday) == weekdays.end()) return false;
            const int weekStart = mondayBased(rule.week_start == ICAL_NO_WEEKDAY ? ICAL_MONDAY_WEEKDAY : rule.week_start);
            const int64_t firstWeekDay = startDay - (start.weekday - weekStart + 7) % 7;
            std::vector<int> offsets;
            for (int weekday : weekdays) offsets.push_back((weekday - weekStart + 7) % 7);
            std::sort(offsets.begin(), offsets.end());
            offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
            int64_t week = counting ? 0 : std::max<int64_t>(0, floorDivide(firstDay - firstWeekDay, 7) / interval * interval);
            for (;; week += interval)
                for (int offset : offsets)
                    if (!offer(firstWeekDay + week * 7 + offset)) return true;
        }
        case ICAL_MONTHLY_RECURRENCE: {
            if (byMonths || (byMonthDays && byDays) || byMonthDays > 1) return false;
            if (byDays && !allPositions) return false;
            const int monthDay = byMonthDays ? rule.by_month_day[0] : (byDays ? 0 : start.day);
            if (byMonthDays && (monthDay < 1 || monthDay > 31)) return false;
            auto candidates = [&](int year, int month) {
                std::vector<int> days;
                if (monthDay) {
                    if (monthDay <= daysInMonth(year, month)) days.push_back(monthDay);
                } else {
                    for (size_t i = 0; i < weekdays.size(); ++i)
                        if (int day = nthWeekdayOfMonth(year, month, weekdays[i], positions[i])) days.push_back(day);
                    std::sort(days.begin(), days.end());
                    days.erase(std::unique(days.begin(), days.end()), days.end());
                }
                return days;
            };
            // DTSTART must itself be an instance, as RFC 5545 expects.
            auto startCandidates = candidates(start.year, start.month);
            if (std::find(startCandidates.begin(), startCandidates.end(), start.day) == startCandidates.end()) return false;
            const int64_t startMonth = int64_t(start.year) * 12 + (start.month - 1);
            const LocalTime firstDate = civilFromDays(firstDay);
            const int64_t firstMonth = int64_t(firstDate.year) * 12 + (firstDate.month - 1);
            int64_t month = counting ? startMonth
                                     : startMonth + std::max<int64_t>(0, (firstMonth - startMonth) / interval * interval);
            for (;; month += interval) {
                const int year = static_cast<int>(floorDivide(month, 12));
                const int monthOfYear = static_cast<int>(month - int64_t(year) * 12) + 1;
                if (daysFromCivil(year, monthOfYear, 1) * 86400 > std::min(untilWall, lastWall)) return true;
                for (int day : candidates(year, monthOfYear))
                    if (!offer(daysFromCivil(year, monthOfYear, day))) return true;
            }
        }
        case ICAL_YEARLY_RECURRENCE: {
            if (byDays || byMonths > 1 || byMonthDays > 1) return false;
            if (byMonths && icalrecurrencetype_month_month(rule.by_month[0]) != start.month) return false;
            if (byMonthDays && rule.by_month_day[0] != start.day) return false;
            for (int64_t year = start.year;; year += interval) {
                if (daysFromCivil(static_cast<int>(year), 1, 1) * 86400 > std::min(untilWall, lastWall)) return true;
                if (start.day > daysInMonth(static_cast<int>(year), start.month)) continue;  // 29 February
                if (!offer(daysFromCivil(static_cast<int>(year), start.month, start.day))) return true;
            }
        }
        default:
            return false;
    }
}
}  // namespace

std::optional<RecurrenceDate> parseRecurrenceDate(const std::string& text) {
    const size_t slash = text.find('/');
    RecurrenceDate date;
    auto start = parseWallTime(text.substr(0, slash));
    if (!start) return std::nullopt;
    date.start = *start;
    if (slash != std::string::npos) {
        bool startIsDate = false, endIsDate = false;
        parseWallTime(text.substr(0, slash), &startIsDate);
        auto end = parseWallTime(text.substr(slash + 1), &endIsDate);
        if (!end || startIsDate || endIsDate || wallSeconds(*end) < wallSeconds(*start)) return std::nullopt;
        date.end = *end;
    }
    return date;
}

bool isValidRecurrenceRule(const std::string& rrule) {
    if (rrule.empty()) return false;
    ParsedRule parsed(rrule);
    return parsed.valid();
}

namespace {

// Calls `emit` with every instance start of `rruleText` from `start` whose
// wall time lies in [firstWall, lastWall] (and a few before), in order, until
// `emit` returns false. UNTIL in UTC is read on `zone`'s clock.
void forEachRuleInstance(const std::string& rruleText, const LocalTime& start, bool allDay, const std::string& zone,
                         int64_t firstWall, int64_t lastWall, bool useLibicalOnly,
                         const std::function<bool(const LocalTime&)>& emit) {
    ParsedRule parsed(rruleText);
    if (!parsed.valid()) return;
    icaltimetype dtstart = toIcal(start, allDay);
    // UNTIL written in UTC ("...Z") is compared with floating wall times,
    // so it is first expressed as a wall time in the series' zone.
    if (!icaltime_is_null_time(parsed.rule.until) && icaltime_is_utc(parsed.rule.until)) {
        int64_t untilUtc = daysFromCivil(parsed.rule.until.year, parsed.rule.until.month, parsed.rule.until.day) * 86400 +
                           parsed.rule.until.hour * 3600 + parsed.rule.until.minute * 60 + parsed.rule.until.second;
        parsed.rule.until = toIcal(toLocal(untilUtc, zone), false);
        if (allDay) parsed.rule.until.is_date = 1;
    }
    if (!icaltime_is_null_time(parsed.rule.until)) {
        parsed.rule.until.zone = nullptr;
        if (allDay && !parsed.rule.until.is_date) {
            parsed.rule.until.is_date = 1;
            parsed.rule.until.hour = parsed.rule.until.minute = parsed.rule.until.second = 0;
        }
    }
    if (!useLibicalOnly && generateSimple(parsed.rule, start, allDay, firstWall, lastWall, emit)) return;
    icalrecur_iterator* iterator = icalrecur_iterator_new(parsed.rule, dtstart);
    // Skip quickly to the window when the rule allows it (not with COUNT,
    // where libical must count from DTSTART).
    if (iterator && parsed.rule.count == 0 && firstWall > wallSeconds(start)) {
        icaltimetype skip = toIcal(fromWallSeconds(firstWall), allDay);
        if (!icalrecur_iterator_set_start(iterator, skip)) {
            icalrecur_iterator_free(iterator);
            iterator = icalrecur_iterator_new(parsed.rule, dtstart);
        }
        icalerror_clear_errno();
    }
    for (int i = 0; iterator && i < kMaxIterations; ++i) {
        icaltimetype next = icalrecur_iterator_next(iterator);
        if (icaltime_is_null_time(next)) break;
        LocalTime wall = fromIcal(next);
        if (wallSeconds(wall) > lastWall) break;
        if (!emit(wall)) break;
    }
    if (iterator) icalrecur_iterator_free(iterator);
    icalerror_clear_errno();
}

std::vector<EventOccurrence> expand(const EventSeries& series, const std::string& packTimeZone, int64_t fromUtc,
                                    int64_t toUtc, size_t maxCount, bool useLibicalOnly) {
    std::vector<EventOccurrence> result;
    bool startIsDate = false;
    auto start = parseWallTime(series.start, &startIsDate);
    if (!start || maxCount == 0) return result;
    const bool allDay = series.allDay || startIsDate;
    if (allDay) start->hour = start->minute = start->second = 0;
    // The series' own clock; all-day dates are days on the kiosk's clock.
    const std::string& timeZone = series.timeZone.empty() || allDay ? packTimeZone : series.timeZone;

    // The duration is kept in wall-clock terms so a 17:00-19:00 meeting is
    // 17:00-19:00 on both sides of a DST change.
    int64_t durationSeconds = allDay ? 86400 : 0;
    if (auto end = parseWallTime(series.end)) {
        if (allDay) end->hour = end->minute = end->second = 0;
        int64_t length = wallSeconds(*end) - wallSeconds(*start);
        if (length > 0) durationSeconds = length;
    }
    // The window as wall times, with a day of slack for zone offsets.
    const int64_t lastWall = wallSeconds(toLocal(toUtc, timeZone)) + 86400;
    const int64_t firstWall = wallSeconds(toLocal(fromUtc, timeZone)) - durationSeconds - 86400;

    std::set<std::string> excluded;
    for (const std::string& exdate : series.exdates) excluded.insert(instanceKey(exdate, allDay));
    for (const std::string& exrule : series.exrules)
        forEachRuleInstance(exrule, *start, allDay, timeZone, firstWall, lastWall, useLibicalOnly, [&](const LocalTime& wall) {
            excluded.insert(formatWallTime(wall, allDay));
            return excluded.size() < kMaxIterations;
        });

    auto addInstance = [&](const LocalTime& wallStart, int64_t length) {
        if (!excluded.empty() && excluded.count(formatWallTime(wallStart, allDay))) return;
        int64_t startUtc = content::toUtc(wallStart, timeZone);
        int64_t endUtc = content::toUtc(fromWallSeconds(wallSeconds(wallStart) + length), timeZone);
        if (endUtc <= startUtc) endUtc = startUtc;
        bool overlaps = startUtc < toUtc && (endUtc > fromUtc || (endUtc == startUtc && startUtc >= fromUtc));
        if (overlaps) result.push_back({series.uid, startUtc, endUtc, allDay});
    };

    // A malformed series yields nothing; otherwise DTSTART is always the first
    // instance (RFC 5545 3.8.5.3), even where it does not fit the rule or lies
    // after UNTIL.
    if (!series.rrule.empty() && !isValidRecurrenceRule(series.rrule)) return result;
    addInstance(*start, durationSeconds);
    if (!series.rrule.empty()) {
        std::vector<std::string> rules = {series.rrule};
        rules.insert(rules.end(), series.extraRrules.begin(), series.extraRrules.end());
        for (const std::string& rule : rules) {
            const size_t before = result.size();
            forEachRuleInstance(rule, *start, allDay, timeZone, firstWall, lastWall, useLibicalOnly,
                                [&](const LocalTime& wall) {
                                    addInstance(wall, durationSeconds);
                                    // Instances come in order, so later ones cannot displace these.
                                    return result.size() - before < maxCount;
                                });
        }
    }
    for (const std::string& rdate : series.rdates) {
        auto period = parseRecurrenceDate(rdate);
        if (!period) continue;
        if (allDay) period->start.hour = period->start.minute = period->start.second = 0;
        int64_t length = durationSeconds;
        if (period->end && !allDay) length = std::max<int64_t>(0, wallSeconds(*period->end) - wallSeconds(period->start));
        addInstance(period->start, length);
    }
    std::sort(result.begin(), result.end(),
              [](const EventOccurrence& a, const EventOccurrence& b) { return a.startUtc < b.startUtc; });
    // An RDATE or a second RRULE may repeat an instance a rule already gives.
    result.erase(std::unique(result.begin(), result.end(),
                             [](const EventOccurrence& a, const EventOccurrence& b) { return a.startUtc == b.startUtc; }),
                 result.end());
    if (result.size() > maxCount) result.resize(maxCount);
    return result;
}

}  // namespace

std::vector<EventOccurrence> expandOccurrences(const EventSeries& series, const std::string& timeZone,
                                               int64_t fromUtc, int64_t toUtc, size_t maxCount) {
    return expand(series, timeZone, fromUtc, toUtc, maxCount, false);
}

std::vector<EventOccurrence> expandOccurrencesWithLibical(const EventSeries& series, const std::string& timeZone,
                                                          int64_t fromUtc, int64_t toUtc, size_t maxCount) {
    return expand(series, timeZone, fromUtc, toUtc, maxCount, true);
}

RecurrenceDescription describeRecurrence(const EventSeries& series, std::string_view fromWallTime) {
    RecurrenceDescription description;
    auto countFrom = [&](const std::vector<std::string>& dates) {
        // Wall times in one format compare as text; an RDATE "START/END" by its start.
        return static_cast<int>(std::count_if(dates.begin(), dates.end(), [&](const std::string& date) {
            return std::string_view(date).substr(0, date.find('/')) >= fromWallTime;
        }));
    };
    description.skippedDates = countFrom(series.exdates);
    description.addedDates = countFrom(series.rdates);
    bool isDate = false;
    auto start = parseWallTime(series.start, &isDate);
    description.allDay = series.allDay || isDate;
    if (start && !description.allDay) {
        description.hour = start->hour;
        description.minute = start->minute;
    }
    if (series.rrule.empty()) return description;
    ParsedRule parsed(series.rrule);
    description.kind = RecurrenceDescription::Kind::Other;
    // Several rules, or one with exceptions by rule, have no words of their own.
    if (!parsed.valid() || !series.extraRrules.empty() || !series.exrules.empty()) return description;
    const icalrecurrencetype& rule = parsed.rule;
    description.interval = std::max<int>(1, rule.interval);
    description.count = std::max(0, rule.count);
    if (!icaltime_is_null_time(rule.until))
        description.until = LocalTime{rule.until.year, rule.until.month, rule.until.day, 0, 0, 0,
                                      mondayBased(static_cast<icalrecurrencetype_weekday>(icaltime_day_of_week(rule.until)))};

    auto count = [](const short* values, int size) {
        int n = 0;
        while (n < size && values[n] != ICAL_RECURRENCE_ARRAY_MAX) ++n;
        return n;
    };
    const int byDays = count(rule.by_day, ICAL_BY_DAY_SIZE);
    const int byMonthDays = count(rule.by_month_day, ICAL_BY_MONTHDAY_SIZE);
    const int byMonths = count(rule.by_month, ICAL_BY_MONTH_SIZE);
    const int bySetPos = count(rule.by_set_pos, ICAL_BY_SETPOS_SIZE);
    // Parts the kiosk has no words for.
    if (count(rule.by_hour, ICAL_BY_HOUR_SIZE) || count(rule.by_minute, ICAL_BY_MINUTE_SIZE) ||
        count(rule.by_second, ICAL_BY_SECOND_SIZE) || count(rule.by_year_day, ICAL_BY_YEARDAY_SIZE) ||
        count(rule.by_week_no, ICAL_BY_WEEKNO_SIZE) || bySetPos > 1)
        return description;

    std::vector<int> positions;
    for (int i = 0; i < byDays; ++i) {
        description.weekdays.push_back(mondayBased(icalrecurrencetype_day_day_of_week(rule.by_day[i])));
        positions.push_back(icalrecurrencetype_day_position(rule.by_day[i]));
    }
    std::sort(description.weekdays.begin(), description.weekdays.end());
    const bool anyPosition = std::any_of(positions.begin(), positions.end(), [](int p) { return p != 0; });

    using Kind = RecurrenceDescription::Kind;
    switch (rule.freq) {
        case ICAL_DAILY_RECURRENCE:
            if (byMonthDays || byMonths || bySetPos || anyPosition) return description;
            if (byDays) {
                // "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR" reads as every weekday of the week.
                if (description.interval != 1) return description;
                description.kind = Kind::Weekly;
            } else {
                description.kind = Kind::Daily;
            }
            return description;
        case ICAL_WEEKLY_RECURRENCE:
            if (byMonthDays || byMonths || bySetPos || anyPosition) return description;
            if (description.weekdays.empty() && start) description.weekdays.push_back(start->weekday);
            description.kind = Kind::Weekly;
            return description;
        case ICAL_MONTHLY_RECURRENCE: {
            if (byMonths) return description;
            if (byDays) {
                if (byMonthDays) return description;
                int position = positions.front();
                // "BYDAY=WE;BYSETPOS=1" is the same as "BYDAY=1WE".
                // (With several weekdays BYSETPOS picks one of them: no words for that.)
                if (bySetPos == 1 && !anyPosition && byDays == 1) position = rule.by_set_pos[0];
                else if (bySetPos) return description;
                if (std::any_of(positions.begin(), positions.end(), [&](int p) { return p != positions.front(); }))
                    return description;
                if (position == 0 || position < -1 || position > 5) return description;
                description.kind = Kind::MonthlyByWeekday;
                description.weekOfMonth = position;
                return description;
            }
            if (bySetPos || byMonthDays > 1) return description;
            description.dayOfMonth = byMonthDays ? rule.by_month_day[0] : (start ? start->day : 0);
            if (description.dayOfMonth <= 0) return description;
            description.kind = Kind::MonthlyByDay;
            return description;
        }
        case ICAL_YEARLY_RECURRENCE:
            // "FREQ=YEARLY;BYMONTH=12;BYDAY=1SA": the first Saturday in December.
            if (byDays == 1 && byMonths == 1 && !byMonthDays && !bySetPos) {
                const int position = positions.front();
                if (position == 0 || position < -1 || position > 5) return description;
                description.kind = Kind::YearlyByWeekday;
                description.month = icalrecurrencetype_month_month(rule.by_month[0]);
                description.weekOfMonth = position;
                return description;
            }
            if (byDays || bySetPos || byMonths > 1 || byMonthDays > 1) return description;
            description.month = byMonths ? icalrecurrencetype_month_month(rule.by_month[0]) : (start ? start->month : 0);
            description.dayOfMonth = byMonthDays ? rule.by_month_day[0] : (start ? start->day : 0);
            if (description.month <= 0 || description.dayOfMonth <= 0) return description;
            description.kind = Kind::Yearly;
            return description;
        default:
            return description;
    }
}

}  // namespace content
