// Opening hours in the subset of OpenStreetMap's opening_hours syntax that
// staff actually write: "Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-14:00; PH off".
// Rules are separated by ';' and a later rule replaces earlier ones for the
// days it names. Spans may run past midnight ("Fr 22:00-02:00").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "content/core/time_zone.h"

namespace content {

// Germany's nationwide public holidays (New Year, Good Friday, Easter Monday,
// 1 May, Ascension, Whit Monday, 3 October, Christmas Day and Boxing Day).
bool isPublicHoliday(int year, int month, int day);

class OpeningHours {
public:
    // Empty text parses to "no hours known" (never open, hasHours() false).
    // On failure returns nullopt and, if `error` is given, a sentence a staff
    // member understands that shows the right form, e.g.
    // "'Mo-Fr 9-17h' is not understood; write it like 'Mo-Fr 09:00-17:00'".
    static std::optional<OpeningHours> parse(std::string_view text, std::string* error);

    // Open at that local wall time? Spans past midnight count for the next
    // morning too; on a public holiday the PH rule (if any) applies.
    bool isOpen(const LocalTime& local) const;

    // Spans of a weekday (0 = Monday) as minutes from midnight, sorted. A span
    // past midnight ends after 1440 (22:00-02:00 is {1320, 1560}).
    std::vector<std::pair<int, int>> spansOn(int weekday) const;

    // True when a "PH off"/"PH closed" rule is present.
    bool closedOnPublicHolidays() const;
    // Spans on public holidays when a "PH 10:00-12:00" rule gives them.
    std::optional<std::vector<std::pair<int, int>>> publicHolidaySpans() const { return holidaySpans_; }
    // False for an empty text: nothing known, the UI shows no badge.
    bool hasHours() const { return hasHours_; }
    // Open all the time ("24/7").
    bool alwaysOpen() const { return alwaysOpen_; }

private:
    std::vector<std::pair<int, int>> week_[7];
    std::optional<std::vector<std::pair<int, int>>> holidaySpans_;  // nullopt = no PH rule
    bool hasHours_ = false;
    bool alwaysOpen_ = false;
    bool openOnDay(int weekday, bool holiday, int minute) const;
    bool spillsInto(int previousWeekday, bool previousHoliday, int minute) const;
    const std::vector<std::pair<int, int>>& daySpans(int weekday, bool holiday) const;
};

}  // namespace content
