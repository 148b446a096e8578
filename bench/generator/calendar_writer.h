// Writes iCalendar text the way Nextcloud and Google export it: CRLF line
// ends, TEXT values escaped, lines folded at 75 octets without splitting a
// UTF-8 character, and a VTIMEZONE for Europe/Berlin.
#pragma once

#include <string>
#include <string_view>

namespace bench {

// A calendar day, proleptic Gregorian.
struct CivilDate {
    int year = 2026, month = 1, day = 1;
};

// Days since 1970-01-01 and back (Howard Hinnant's civil-date algorithms).
long daysFromCivil(CivilDate date);
CivilDate civilFromDays(long days);
// 0 = Monday .. 6 = Sunday.
int weekdayOf(CivilDate date);
// "20261121"
std::string basicDate(CivilDate date);
// "20261121T170000"
std::string basicDateTime(CivilDate date, int hour, int minute);

class CalendarWriter {
public:
    CalendarWriter();
    void beginEvent();
    void endEvent();
    // NAME[;PARAMS]:VALUE with the value written as-is (dates, RRULE, ...).
    void property(std::string_view nameAndParams, std::string_view value);
    // NAME[;PARAMS]:VALUE with a TEXT value escaped (\\ \; \, \n).
    void text(std::string_view nameAndParams, std::string_view value);
    // Ends the calendar and returns the whole file.
    std::string finish();

private:
    void line(const std::string& unfolded);
    std::string out_;
};

}  // namespace bench
