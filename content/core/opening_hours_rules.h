// The parsed form of an opening_hours value: a list of rules evaluated the way
// opening_hours.js evaluates them (see OpeningHours::stateAt). Internal to
// content/core/opening_hours*.cpp.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "content/core/check_words.h"
#include "content/core/holidays.h"

namespace content::hours {

constexpr int kMinutesPerDay = 1440;

// Does a selector take this day (days since 1970-01-01)?
using DayTest = std::function<bool(int64_t day, const HolidayCalendar& calendar)>;

// A time selector on its rule's own day. A span past midnight (to > 1440)
// matches from `from` to the end of the day here; its part after midnight is
// a separate, "wrapped" rule for the next day.
struct TimeSpan {
    int from = 0, to = kMinutesPerDay;
    bool always = false;   // 24/7 and 00:00-24:00
    bool openEnd = false;  // "17:00+": the closing time is not known
    bool matches(int minute) const {
        if (always) return true;
        if (to > kMinutesPerDay) return minute >= from;
        return minute >= from && minute < to;
    }
};

enum class Meaning { Open, Closed, Unknown };

struct Rule {
    // All groups must take the day; within a group one selector is enough
    // (years, holidays, months, dates, weeks, weekdays: in that order).
    std::vector<std::vector<DayTest>> dateGroups;
    std::vector<TimeSpan> times;
    Meaning meaning = Meaning::Open;
    std::optional<std::string> comment;
    bool additional = false;  // after ',': adds to the rules before it
    bool fallback = false;    // after '||': only where nothing else is open
    bool wrapped = false;     // the part after midnight of the rule before
    // True when the only date selectors are plain weekdays (Mo-Fr, Sa): the
    // rule belongs to the regular week.
    bool regularWeek = true;

    bool takesDay(int64_t day, const HolidayCalendar& calendar) const {
        for (const auto& group : dateGroups) {
            bool any = false;
            for (const auto& test : group)
                if (test(day, calendar)) {
                    any = true;
                    break;
                }
            if (!any) return false;
        }
        return true;
    }
};

// What a value means, or the first problem found in it.
struct Problem {
    size_t begin = 0, end = 0;  // the part not understood (offsets in the value)
    CheckWords reason;          // "a time needs minutes", ...
};

struct ParsedValue {
    std::vector<Rule> rules;
    std::optional<Problem> problem;
};

ParsedValue parseValue(std::string_view value);

}  // namespace content::hours
