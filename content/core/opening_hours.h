// Opening hours in OpenStreetMap's opening_hours syntax, read and evaluated
// the way opening_hours.js (the reference implementation) does for everything
// a community centre writes: "Mo-Fr 9:00-12:00, 13:00-17:00; Sa 10:00+;
// Dec 24 off; PH off; SH Mo 10:00-12:00 || \"nach Vereinbarung\"".
//
// Rules after ';' replace earlier ones for the days they name, rules after ','
// add to them, rules after '||' apply only where nothing else is open. A span
// past midnight ("Fr 22:00-02:00") keeps Saturday morning open unless a later
// rule names Saturday. Times by the sun (sunrise, sunset) and repeating times
// ("10:00-16:00/01:00") are refused with a message saying so.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "content/core/check_words.h"
#include "content/core/holidays.h"
#include "content/core/time_zone.h"

namespace content {

namespace hours {
struct Rule;
}

enum class HoursState { Open, Closed, Unknown };

struct HoursAnswer {
    HoursState state = HoursState::Closed;
    std::string comment;  // the rule's comment, or "open end" for "17:00+"
};

// A stretch of one day with one answer, minutes from midnight (to <= 1440).
struct HoursInterval {
    int from = 0, to = 0;
    HoursState state = HoursState::Closed;
    std::string comment;
};

class OpeningHours {
public:
    // Empty text parses to "no hours known" (never open, hasHours() false).
    // On failure returns nullopt and, if `error` is given, a sentence that
    // names the part not understood and, where one exists, the nearest form
    // that is understood: "'10-14' in 'Sa 10-14' is not understood: a time
    // needs hours and minutes, like 09:00-17:00; write it like 'Sa 10:00-14:00'".
    static std::optional<OpeningHours> parse(std::string_view text, std::string* error);
    // The same, with the sentence as key and values (content/core/check_words.h).
    static std::optional<OpeningHours> parse(std::string_view text, CheckWords* problem);

    // The answer at that local wall time (the minute counts, seconds do not).
    HoursAnswer stateAt(const LocalTime& local, const HolidayCalendar& holidays) const;
    bool isOpen(const LocalTime& local, const HolidayCalendar& holidays) const {
        return stateAt(local, holidays).state == HoursState::Open;
    }
    // With Germany's nationwide holidays.
    bool isOpen(const LocalTime& local) const { return isOpen(local, HolidayCalendar()); }

    // The day split where the answer changes, from 00:00 to 24:00.
    std::vector<HoursInterval> intervalsOn(int year, int month, int day, const HolidayCalendar& holidays) const;

    // The first minute after `local` at which the answer differs, looking up
    // to `days` days ahead; nullopt when it stays the same.
    std::optional<LocalTime> nextChange(const LocalTime& local, const HolidayCalendar& holidays, int days = 400) const;

    // Open spans of a weekday (0 = Monday) in the regular week, from the rules
    // that name only weekdays (rules for dates, holidays or weeks of the month
    // are left out), as minutes from midnight, sorted. A span past midnight
    // ends after 1440 (22:00-02:00 is {1320, 1560}).
    std::vector<std::pair<int, int>> spansOn(int weekday) const;
    // The same for one date, with every rule (dates, holidays, weeks) applied.
    std::vector<std::pair<int, int>> spansOn(int year, int month, int day, const HolidayCalendar& holidays) const;

    // False for an empty text: nothing known, the UI shows no badge.
    bool hasHours() const { return hasHours_; }
    // Open all the time ("24/7", "00:00-24:00").
    bool alwaysOpen() const;

private:
    // Shared: parsed hours are copied into caches, the rules never change.
    std::shared_ptr<const std::vector<hours::Rule>> rules_;
    bool hasHours_ = false;
};

// "open", "closed", "unknown"
const char* hoursStateName(HoursState state);

}  // namespace content
