// OpenStreetMap opening_hours as staff write them: rules, overrides, spans
// past midnight, public holidays, and errors that show the right form.
#include <doctest/doctest.h>

#include "content/core/opening_hours.h"

using content::LocalTime;
using content::OpeningHours;
using Spans = std::vector<std::pair<int, int>>;

namespace {

LocalTime at(int year, int month, int day, int hour, int minute) {
    LocalTime local;
    local.year = year, local.month = month, local.day = day, local.hour = hour, local.minute = minute;
    local.weekday = content::weekdayOf(year, month, day);
    return local;
}

OpeningHours parsed(const char* text) {
    std::string error;
    auto hours = OpeningHours::parse(text, &error);
    INFO(error);
    REQUIRE(hours);
    return *hours;
}

std::string errorFor(const char* text) {
    std::string error;
    CHECK_FALSE(OpeningHours::parse(text, &error));
    return error;
}

}  // namespace

TEST_CASE("day ranges, several spans, Saturday and PH off") {
    OpeningHours hours = parsed("Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-14:00; PH off");
    CHECK(hours.spansOn(0) == Spans{{540, 720}, {780, 1020}});
    CHECK(hours.spansOn(4) == Spans{{540, 720}, {780, 1020}});
    CHECK(hours.spansOn(5) == Spans{{600, 840}});
    CHECK(hours.spansOn(6).empty());
    CHECK(hours.closedOnPublicHolidays());
    CHECK(hours.hasHours());

    // 2026-11-23 is a Monday.
    CHECK(hours.isOpen(at(2026, 11, 23, 9, 0)));
    CHECK(hours.isOpen(at(2026, 11, 23, 11, 59)));
    CHECK_FALSE(hours.isOpen(at(2026, 11, 23, 12, 30)));  // lunch break
    CHECK(hours.isOpen(at(2026, 11, 23, 16, 59)));
    CHECK_FALSE(hours.isOpen(at(2026, 11, 23, 17, 0)));  // the end is exclusive
    CHECK_FALSE(hours.isOpen(at(2026, 11, 23, 8, 59)));
    CHECK(hours.isOpen(at(2026, 11, 28, 11, 0)));         // Saturday
    CHECK_FALSE(hours.isOpen(at(2026, 11, 29, 11, 0)));   // Sunday
    // Good Friday 2026 (3 April) and Christmas Day (a Friday) are closed.
    CHECK_FALSE(hours.isOpen(at(2026, 4, 3, 10, 0)));
    CHECK_FALSE(hours.isOpen(at(2026, 12, 25, 10, 0)));
    CHECK(hours.isOpen(at(2026, 12, 23, 10, 0)));
}

TEST_CASE("a later rule replaces earlier ones for the days it names") {
    OpeningHours hours = parsed("Mo-Fr 09:00-17:00; We off");
    CHECK(hours.spansOn(1) == Spans{{540, 1020}});
    CHECK(hours.spansOn(2).empty());
    CHECK_FALSE(hours.isOpen(at(2026, 11, 25, 10, 0)));  // Wednesday
    CHECK(hours.isOpen(at(2026, 11, 26, 10, 0)));        // Thursday

    OpeningHours week = parsed("Mo-Su 08:00-20:00; Su 10:00-12:00");
    CHECK(week.spansOn(5) == Spans{{480, 1200}});
    CHECK(week.spansOn(6) == Spans{{600, 720}});
    CHECK_FALSE(week.closedOnPublicHolidays());
    // Without a PH rule a holiday keeps the weekday's hours.
    CHECK(week.isOpen(at(2026, 12, 25, 9, 0)));
}

TEST_CASE("a span past midnight keeps the place open into the next morning") {
    OpeningHours hours = parsed("Fr 22:00-02:00");
    CHECK(hours.spansOn(4) == Spans{{1320, 1560}});
    CHECK(hours.spansOn(5).empty());
    CHECK_FALSE(hours.isOpen(at(2026, 11, 27, 21, 59)));  // Friday
    CHECK(hours.isOpen(at(2026, 11, 27, 23, 30)));
    CHECK(hours.isOpen(at(2026, 11, 28, 1, 30)));          // Saturday morning
    CHECK_FALSE(hours.isOpen(at(2026, 11, 28, 2, 0)));
    CHECK_FALSE(hours.isOpen(at(2026, 11, 27, 1, 0)));     // Friday morning: Thursday was closed
}

TEST_CASE("day lists, wrapping ranges, rules without days, 24/7 and empty") {
    OpeningHours lists = parsed("Mo,We,Fr 09:00-12:00");
    CHECK(lists.spansOn(0) == Spans{{540, 720}});
    CHECK(lists.spansOn(1).empty());
    CHECK(lists.spansOn(2) == Spans{{540, 720}});

    OpeningHours wrap = parsed("Sa-Mo 10:00-12:00");
    CHECK(!wrap.spansOn(5).empty());
    CHECK(!wrap.spansOn(6).empty());
    CHECK(!wrap.spansOn(0).empty());
    CHECK(wrap.spansOn(1).empty());

    OpeningHours everyDay = parsed("10:00-18:00");
    for (int day = 0; day < 7; ++day) CHECK(everyDay.spansOn(day) == Spans{{600, 1080}});

    OpeningHours always = parsed("24/7");
    CHECK(always.alwaysOpen());
    CHECK(always.isOpen(at(2026, 12, 25, 3, 0)));

    OpeningHours midnight = parsed("Mo-Fr 00:00-24:00");
    CHECK(midnight.spansOn(0) == Spans{{0, 1440}});
    CHECK(midnight.isOpen(at(2026, 11, 23, 23, 59)));

    OpeningHours closed = parsed("off");
    CHECK(closed.hasHours());
    CHECK_FALSE(closed.isOpen(at(2026, 11, 23, 12, 0)));

    OpeningHours none = parsed("  ");
    CHECK_FALSE(none.hasHours());
    CHECK_FALSE(none.isOpen(at(2026, 11, 23, 12, 0)));
}

TEST_CASE("PH with its own hours") {
    OpeningHours hours = parsed("Mo-Fr 09:00-17:00; PH 10:00-12:00");
    CHECK_FALSE(hours.closedOnPublicHolidays());
    REQUIRE(hours.publicHolidaySpans());
    CHECK(*hours.publicHolidaySpans() == Spans{{600, 720}});
    CHECK(hours.isOpen(at(2026, 4, 3, 11, 0)));        // Good Friday
    CHECK_FALSE(hours.isOpen(at(2026, 4, 3, 13, 0)));
    CHECK(hours.isOpen(at(2026, 10, 3, 11, 0)));       // 3 October 2026 is a Saturday: PH hours apply
    CHECK(hours.isOpen(at(2026, 4, 2, 13, 0)));        // the Thursday before is normal
}

TEST_CASE("errors show the staff member the right form") {
    CHECK(errorFor("Mo-Fr 9-17h") == "'Mo-Fr 9-17h' is not understood; write it like 'Mo-Fr 09:00-17:00'");
    CHECK(errorFor("Mo-Fr 09:00-17:00; Sa 10-14") == "'Sa 10-14' is not understood; write it like 'Sa 10:00-14:00'");
    CHECK(errorFor("Di, Do 10.30-12 Uhr") == "'Di, Do 10.30-12 Uhr' is not understood; write it like 'Tu,Th 10:30-12:00'");
    CHECK(errorFor("Montag-Freitag 9:00 - 17:00") ==
          "'Montag-Freitag 9:00 - 17:00' is not understood; write it like 'Mo-Fr 09:00-17:00'");
    CHECK(errorFor("Mo-Fr 09:00-17:00; Feiertags geschlossen") ==
          "'Feiertags geschlossen' is not understood; write it like 'PH off'");
    CHECK(errorFor("nach Vereinbarung") == "'nach Vereinbarung' is not understood; write it like 'Mo-Fr 09:00-17:00'");
    CHECK(errorFor("Mo-Fr 25:00-26:00") == "'Mo-Fr 25:00-26:00' is not understood; write it like 'Mo-Fr 09:00-17:00'");
    CHECK(errorFor("Xy 10:00-12:00") == "'Xy 10:00-12:00' is not understood; write it like 'Mo-Fr 09:00-17:00'");
    CHECK_FALSE(OpeningHours::parse("Mo 10:00-10:00", nullptr));
}

TEST_CASE("German nationwide public holidays, Easter-based ones too") {
    using content::isPublicHoliday;
    CHECK(isPublicHoliday(2026, 1, 1));
    CHECK(isPublicHoliday(2026, 4, 3));    // Good Friday
    CHECK_FALSE(isPublicHoliday(2026, 4, 5));  // Easter Sunday is not a working day anyway, not nationwide
    CHECK(isPublicHoliday(2026, 4, 6));    // Easter Monday
    CHECK(isPublicHoliday(2026, 5, 1));
    CHECK(isPublicHoliday(2026, 5, 14));   // Ascension
    CHECK(isPublicHoliday(2026, 5, 25));   // Whit Monday
    CHECK(isPublicHoliday(2026, 10, 3));
    CHECK(isPublicHoliday(2026, 12, 25));
    CHECK(isPublicHoliday(2026, 12, 26));
    CHECK(isPublicHoliday(2027, 3, 26));   // Good Friday 2027
    CHECK(isPublicHoliday(2027, 3, 29));   // Easter Monday 2027
    CHECK_FALSE(isPublicHoliday(2026, 11, 1));   // All Saints: only some states
    CHECK_FALSE(isPublicHoliday(2026, 12, 24));
    CHECK_FALSE(isPublicHoliday(2026, 4, 2));
}
