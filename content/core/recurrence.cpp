#include "content/core/recurrence.h"

#include <libical/ical.h>

#include <algorithm>
#include <cstdlib>
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

int64_t wallSeconds(const LocalTime& local) {
    return daysFromCivil(local.year, local.month, local.day) * 86400 + local.hour * 3600 + local.minute * 60 +
           local.second;
}

LocalTime fromWallSeconds(int64_t wall) {
    int64_t days = wall >= 0 ? wall / 86400 : -((-wall + 86399) / 86400);
    int64_t rest = wall - days * 86400;
    LocalTime local = civilFromDays(days);
    local.hour = static_cast<int>(rest / 3600);
    local.minute = static_cast<int>(rest / 60 % 60);
    local.second = static_cast<int>(rest % 60);
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

}  // namespace

bool isValidRecurrenceRule(const std::string& rrule) {
    if (rrule.empty()) return false;
    ParsedRule parsed(rrule);
    return parsed.valid();
}

std::vector<EventOccurrence> expandOccurrences(const EventSeries& series, const std::string& timeZone,
                                               int64_t fromUtc, int64_t toUtc, size_t maxCount) {
    std::vector<EventOccurrence> result;
    bool startIsDate = false;
    auto start = parseWallTime(series.start, &startIsDate);
    if (!start || maxCount == 0) return result;
    const bool allDay = series.allDay || startIsDate;
    if (allDay) start->hour = start->minute = start->second = 0;

    // The duration is kept in wall-clock terms so a 17:00-19:00 meeting is
    // 17:00-19:00 on both sides of a DST change.
    int64_t durationSeconds = allDay ? 86400 : 0;
    if (auto end = parseWallTime(series.end)) {
        if (allDay) end->hour = end->minute = end->second = 0;
        int64_t length = wallSeconds(*end) - wallSeconds(*start);
        if (length > 0) durationSeconds = length;
    }

    std::set<std::string> excluded;
    for (const std::string& exdate : series.exdates) excluded.insert(instanceKey(exdate, allDay));

    std::set<int64_t> seenStarts;
    auto addInstance = [&](const LocalTime& wallStart) {
        if (excluded.count(formatWallTime(wallStart, allDay))) return;
        int64_t startUtc = content::toUtc(wallStart, timeZone);
        int64_t endUtc = content::toUtc(fromWallSeconds(wallSeconds(wallStart) + durationSeconds), timeZone);
        if (endUtc <= startUtc) endUtc = startUtc;
        bool overlaps = startUtc < toUtc && (endUtc > fromUtc || (endUtc == startUtc && startUtc >= fromUtc));
        if (!overlaps || !seenStarts.insert(startUtc).second) return;
        result.push_back({series.uid, startUtc, endUtc, allDay});
    };

    if (series.rrule.empty()) {
        addInstance(*start);
    } else {
        ParsedRule parsed(series.rrule);
        if (!parsed.valid()) return result;
        icaltimetype dtstart = toIcal(*start, allDay);
        // UNTIL written in UTC ("...Z") is compared with floating wall times,
        // so it is first expressed as a wall time in the pack's zone.
        if (!icaltime_is_null_time(parsed.rule.until) && icaltime_is_utc(parsed.rule.until)) {
            int64_t untilUtc = daysFromCivil(parsed.rule.until.year, parsed.rule.until.month, parsed.rule.until.day) *
                                   86400 +
                               parsed.rule.until.hour * 3600 + parsed.rule.until.minute * 60 +
                               parsed.rule.until.second;
            LocalTime untilLocal = toLocal(untilUtc, timeZone);
            parsed.rule.until = toIcal(untilLocal, false);
            if (allDay) parsed.rule.until.is_date = 1;
        }
        if (!icaltime_is_null_time(parsed.rule.until)) {
            parsed.rule.until.zone = nullptr;
            if (allDay && !parsed.rule.until.is_date) {
                parsed.rule.until.is_date = 1;
                parsed.rule.until.hour = parsed.rule.until.minute = parsed.rule.until.second = 0;
            }
        }
        icalrecur_iterator* iterator = icalrecur_iterator_new(parsed.rule, dtstart);
        if (iterator) {
            // The window's end as a wall time (plus a day of slack for zone offsets).
            const int64_t lastWall = wallSeconds(toLocal(toUtc, timeZone)) + 86400;
            // Skip quickly to the window when the rule allows it (not with COUNT,
            // where libical must count from DTSTART).
            if (parsed.rule.count == 0) {
                int64_t firstWall = wallSeconds(toLocal(fromUtc, timeZone)) - durationSeconds - 86400;
                if (firstWall > wallSeconds(*start)) {
                    LocalTime skipTo = fromWallSeconds(firstWall);
                    icaltimetype skip = toIcal(skipTo, allDay);
                    if (!icalrecur_iterator_set_start(iterator, skip)) {
                        icalrecur_iterator_free(iterator);
                        iterator = icalrecur_iterator_new(parsed.rule, dtstart);
                    }
                    icalerror_clear_errno();
                }
            }
            for (int i = 0; iterator && i < kMaxIterations; ++i) {
                icaltimetype next = icalrecur_iterator_next(iterator);
                if (icaltime_is_null_time(next)) break;
                LocalTime wall = fromIcal(next);
                if (wallSeconds(wall) > lastWall) break;
                addInstance(wall);
                // Instances come in order, so later ones cannot displace these.
                if (result.size() >= maxCount) break;
            }
            if (iterator) icalrecur_iterator_free(iterator);
        }
    }
    for (const std::string& rdate : series.rdates) {
        bool isDate = false;
        auto wall = parseWallTime(rdate, &isDate);
        if (!wall) continue;
        if (allDay) wall->hour = wall->minute = wall->second = 0;
        addInstance(*wall);
    }
    std::sort(result.begin(), result.end(),
              [](const EventOccurrence& a, const EventOccurrence& b) { return a.startUtc < b.startUtc; });
    if (result.size() > maxCount) result.resize(maxCount);
    return result;
}

RecurrenceDescription describeRecurrence(const EventSeries& series) {
    RecurrenceDescription description;
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
    if (!parsed.valid()) return description;
    const icalrecurrencetype& rule = parsed.rule;
    description.interval = std::max<int>(1, rule.interval);

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
