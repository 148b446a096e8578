// OpenStreetMap opening_hours as staff write them: rules, overrides, spans
// past midnight, dates, weeks, holidays of each German state, and errors that
// name the part not understood and show the nearest form that is.
#include <doctest/doctest.h>

#include "content/core/opening_hours.h"

using content::HolidayCalendar;
using content::HoursState;
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

HolidayCalendar region(const char* code) {
    auto calendar = HolidayCalendar::forRegion(code);
    REQUIRE(calendar);
    return *calendar;
}

HoursState stateAt(const OpeningHours& hours, const LocalTime& local, const HolidayCalendar& calendar = HolidayCalendar()) {
    return hours.stateAt(local, calendar).state;
}

}  // namespace

TEST_CASE("day ranges, several spans, Saturday and PH off") {
    OpeningHours hours = parsed("Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-14:00; PH off");
    CHECK(hours.spansOn(0) == Spans{{540, 720}, {780, 1020}});
    CHECK(hours.spansOn(4) == Spans{{540, 720}, {780, 1020}});
    CHECK(hours.spansOn(5) == Spans{{600, 840}});
    CHECK(hours.spansOn(6).empty());
    CHECK(hours.hasHours());

    // 2026-11-23 is a Monday.
    CHECK(hours.isOpen(at(2026, 11, 23, 9, 0)));
    CHECK(hours.isOpen(at(2026, 11, 23, 11, 59)));
    CHECK_FALSE(hours.isOpen(at(2026, 11, 23, 12, 30)));  // lunch break
    CHECK(hours.isOpen(at(2026, 11, 23, 16, 59)));
    CHECK_FALSE(hours.isOpen(at(2026, 11, 23, 17, 0)));  // the end is exclusive
    CHECK_FALSE(hours.isOpen(at(2026, 11, 23, 8, 59)));
    CHECK(hours.isOpen(at(2026, 11, 28, 11, 0)));        // Saturday
    CHECK_FALSE(hours.isOpen(at(2026, 11, 29, 11, 0)));  // Sunday
    // Good Friday 2026 (3 April) and Christmas Day (a Friday) are closed.
    CHECK_FALSE(hours.isOpen(at(2026, 4, 3, 10, 0)));
    CHECK_FALSE(hours.isOpen(at(2026, 12, 25, 10, 0)));
    CHECK(hours.isOpen(at(2026, 12, 23, 10, 0)));
}

TEST_CASE("one-digit hours, lowercase and German day names, spaces") {
    for (const char* text : {"Mo-Fr 9:00-17:00", "mo-fr 09:00-17:00", "MO-FR 9:00-17:00", "Mo - Fr 09:00 - 17:00",
                             "Montag-Freitag 9:00-17:00", "Mon-Fri 09:00-17:00", "Mo.-Fr. 09:00-17:00"}) {
        CAPTURE(text);
        OpeningHours hours = parsed(text);
        CHECK(hours.spansOn(0) == Spans{{540, 1020}});
        CHECK(hours.spansOn(4) == Spans{{540, 1020}});
        CHECK(hours.spansOn(5).empty());
    }
    // The German two-letter names that are no English day: Di, Mi, Do, So.
    OpeningHours german = parsed("Di,Do 14:00-18:00; Mi 10:00-12:00; So off");
    CHECK(german.spansOn(1) == Spans{{840, 1080}});
    CHECK(german.spansOn(2) == Spans{{600, 720}});
    CHECK(german.spansOn(3) == Spans{{840, 1080}});
    CHECK(german.spansOn(6).empty());
}

TEST_CASE("a later rule replaces earlier ones for the days it names; ',' adds to them") {
    OpeningHours hours = parsed("Mo-Fr 09:00-17:00; We off");
    CHECK(hours.spansOn(1) == Spans{{540, 1020}});
    CHECK(hours.spansOn(2).empty());

    OpeningHours week = parsed("Mo-Su 08:00-20:00; Su 10:00-12:00");
    CHECK(week.spansOn(5) == Spans{{480, 1200}});
    CHECK(week.spansOn(6) == Spans{{600, 720}});
    // Without a PH rule a holiday keeps the weekday's hours.
    CHECK(week.isOpen(at(2026, 12, 25, 9, 0)));

    OpeningHours comma = parsed("Mo-Fr 08:00-12:00, Sa 10:00-13:00");
    CHECK(comma.spansOn(0) == Spans{{480, 720}});
    CHECK(comma.spansOn(5) == Spans{{600, 780}});
    // ';' after a rule without days replaces it; ',' keeps both.
    CHECK(parsed("09:00-12:00; 14:00-16:00").spansOn(0) == Spans{{840, 960}});
    CHECK(parsed("09:00-12:00, 14:00-16:00").spansOn(0) == Spans{{540, 720}, {840, 960}});
    // 'off' with times closes only those times.
    CHECK(parsed("Mo-Fr 08:00-18:00; We 12:00-18:00 off").spansOn(2) == Spans{{480, 720}});
}

TEST_CASE("a span past midnight keeps the place open into the next morning unless a later rule names that day") {
    OpeningHours hours = parsed("Fr 22:00-02:00");
    CHECK(hours.spansOn(4) == Spans{{1320, 1560}});
    CHECK(hours.spansOn(5).empty());
    CHECK_FALSE(hours.isOpen(at(2026, 11, 27, 21, 59)));  // Friday
    CHECK(hours.isOpen(at(2026, 11, 27, 23, 30)));
    CHECK(hours.isOpen(at(2026, 11, 28, 1, 30)));  // Saturday morning
    CHECK_FALSE(hours.isOpen(at(2026, 11, 28, 2, 0)));
    CHECK_FALSE(hours.isOpen(at(2026, 11, 27, 1, 0)));  // Friday morning: Thursday was closed

    // The spec's precedence: Saturday's own rule comes later and wins.
    OpeningHours saturdayLater = parsed("Fr 22:00-02:00; Sa 10:00-12:00");
    CHECK_FALSE(saturdayLater.isOpen(at(2027, 1, 9, 1, 0)));
    CHECK(saturdayLater.isOpen(at(2027, 1, 8, 23, 0)));
    CHECK(saturdayLater.isOpen(at(2027, 1, 9, 11, 0)));
    OpeningHours fridayLater = parsed("Sa 10:00-12:00; Fr 22:00-02:00");
    CHECK(fridayLater.isOpen(at(2027, 1, 9, 1, 0)));
    // 26:00 is 02:00 the next morning; 22:00-22:00 is a whole day and night.
    CHECK(parsed("Fr 22:00-26:00").isOpen(at(2027, 1, 9, 1, 59)));
    CHECK(parsed("We 22:00-22:00").isOpen(at(2027, 1, 7, 21, 0)));
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

TEST_CASE("open end, comments, unknown and fallback rules") {
    OpeningHours openEnd = parsed("Sa 10:00+");
    auto saturday = openEnd.stateAt(at(2027, 1, 9, 15, 0), HolidayCalendar());
    CHECK(saturday.state == HoursState::Unknown);
    CHECK(saturday.comment == "open end");
    CHECK(stateAt(openEnd, at(2027, 1, 9, 9, 59)) == HoursState::Closed);
    // "Fr 18:00+" is guessed to run ten hours, into Saturday morning.
    CHECK(stateAt(parsed("Fr 18:00+"), at(2027, 1, 9, 3, 0)) == HoursState::Unknown);
    CHECK(stateAt(parsed("Fr 18:00+"), at(2027, 1, 9, 4, 0)) == HoursState::Closed);

    OpeningHours comment = parsed("Mo-Fr 09:00-17:00; Sa \"nach Vereinbarung\"");
    auto byAppointment = comment.stateAt(at(2027, 1, 9, 11, 0), HolidayCalendar());
    CHECK(byAppointment.state == HoursState::Unknown);
    CHECK(byAppointment.comment == "nach Vereinbarung");
    CHECK(comment.isOpen(at(2027, 1, 8, 11, 0)));

    // '||' applies only where the rules before it leave the place closed.
    OpeningHours fallback = parsed("Mo-Fr 10:00-12:00 || \"nach Vereinbarung\"");
    CHECK(stateAt(fallback, at(2027, 1, 4, 11, 0)) == HoursState::Open);
    CHECK(stateAt(fallback, at(2027, 1, 4, 15, 0)) == HoursState::Unknown);
    CHECK(stateAt(fallback, at(2027, 1, 9, 11, 0)) == HoursState::Unknown);
    OpeningHours fallbackClosed = parsed("Mo-Fr 10:00-12:00 || closed \"Termine nach Absprache\"");
    auto afternoon = fallbackClosed.stateAt(at(2027, 1, 4, 15, 0), HolidayCalendar());
    CHECK(afternoon.state == HoursState::Closed);
    CHECK(afternoon.comment == "Termine nach Absprache");
}

TEST_CASE("months, dates, easter, weeks and the n-th weekday of a month") {
    OpeningHours christmas = parsed("Mo-Fr 09:00-17:00; Dec 24 off");
    CHECK_FALSE(christmas.isOpen(at(2027, 12, 24, 10, 0)));  // a Friday
    CHECK(christmas.isOpen(at(2027, 12, 23, 10, 0)));
    OpeningHours breakOver = parsed("Mo-Fr 09:00-17:00; Dec 23-Jan 02 off");
    CHECK_FALSE(breakOver.isOpen(at(2027, 12, 30, 10, 0)));
    CHECK_FALSE(breakOver.isOpen(at(2027, 1, 1, 10, 0)));
    CHECK(breakOver.isOpen(at(2027, 1, 4, 10, 0)));
    CHECK(parsed("Mo-Fr 09:00-17:00; Dec 24,31 09:00-12:00").spansOn(4) == Spans{{540, 1020}});
    CHECK_FALSE(parsed("Mo-Fr 09:00-17:00; Dec 24,31 09:00-12:00").isOpen(at(2027, 12, 31, 13, 0)));

    OpeningHours firstHalf = parsed("Jan-Jun Mo-Fr 09:00-17:00");
    CHECK(firstHalf.isOpen(at(2027, 6, 30, 10, 0)));
    CHECK_FALSE(firstHalf.isOpen(at(2027, 7, 1, 10, 0)));
    OpeningHours winter = parsed("Nov-Feb: Sa 10:00-14:00");
    CHECK(winter.isOpen(at(2027, 1, 9, 11, 0)));
    CHECK_FALSE(winter.isOpen(at(2027, 3, 6, 11, 0)));

    // Easter 2027 is 28 March.
    OpeningHours easter = parsed("Mo-Su 10:00-18:00; easter -2 days off");
    CHECK_FALSE(easter.isOpen(at(2027, 3, 26, 12, 0)));
    CHECK(easter.isOpen(at(2027, 3, 27, 12, 0)));

    // ISO weeks: 2027-06-28 is in week 26, 2027-07-05 in week 27.
    OpeningHours weeks = parsed("week 01-26 Mo-Fr 09:00-17:00");
    CHECK(weeks.isOpen(at(2027, 7, 1, 10, 0)));
    CHECK_FALSE(weeks.isOpen(at(2027, 7, 5, 10, 0)));
    OpeningHours everyOther = parsed("week 1-53/2 Tu 18:00-20:00");
    CHECK(everyOther.isOpen(at(2027, 1, 5, 19, 0)));        // week 1
    CHECK_FALSE(everyOther.isOpen(at(2027, 1, 12, 19, 0)));  // week 2

    OpeningHours firstThursday = parsed("Th[1] 18:00-20:00");
    CHECK(firstThursday.isOpen(at(2027, 1, 7, 19, 0)));
    CHECK_FALSE(firstThursday.isOpen(at(2027, 1, 14, 19, 0)));
    CHECK(firstThursday.spansOn(3).empty());  // not part of the regular week
    OpeningHours lastMonday = parsed("Mo[-1] 14:00-16:00");
    CHECK(lastMonday.isOpen(at(2027, 1, 25, 15, 0)));
    CHECK_FALSE(lastMonday.isOpen(at(2027, 1, 18, 15, 0)));
    // The Sunday after the last Saturday of January 2027 (30 January).
    CHECK(parsed("Sa[-1] +1 day 10:00-12:00").isOpen(at(2027, 1, 31, 11, 0)));
}

TEST_CASE("PH and SH follow the pack's state and school holidays") {
    OpeningHours hours = parsed("Mo-Fr 09:00-17:00; PH off");
    // Buß- und Bettag (17 November 2027) only in Saxony; Frauentag (8 March) only in Berlin here.
    CHECK_FALSE(hours.isOpen(at(2027, 11, 17, 10, 0), region("DE-SN")));
    CHECK(hours.isOpen(at(2027, 11, 17, 10, 0), region("DE-BE")));
    CHECK_FALSE(hours.isOpen(at(2027, 3, 8, 10, 0), region("DE-BE")));
    CHECK(hours.isOpen(at(2027, 3, 8, 10, 0), region("DE-SN")));
    // Fronleichnam (27 May 2027) in Bavaria, not in Saxony; Reformationstag 2028 is a Tuesday.
    CHECK_FALSE(hours.isOpen(at(2027, 5, 27, 10, 0), region("DE-BY")));
    CHECK(hours.isOpen(at(2027, 5, 27, 10, 0), region("DE-SN")));
    CHECK_FALSE(hours.isOpen(at(2028, 10, 31, 10, 0), region("DE-SN")));
    CHECK(hours.isOpen(at(2028, 10, 31, 10, 0), region("DE-BE")));

    OpeningHours dayBefore = parsed("Mo-Fr 09:00-17:00; PH -1 day 09:00-12:00");
    CHECK_FALSE(dayBefore.isOpen(at(2027, 11, 16, 13, 0), region("DE-SN")));  // before Buß- und Bettag
    CHECK(dayBefore.isOpen(at(2027, 11, 16, 13, 0), region("DE-BE")));

    HolidayCalendar withHolidays = region("DE-SN");
    withHolidays.setSchoolHolidays({*content::parseSchoolHolidayRange("2027-10-11/2027-10-23", nullptr)});
    OpeningHours school = parsed("Mo-Fr 14:00-18:00; SH Mo-Fr 10:00-16:00; PH off");
    CHECK(school.isOpen(at(2027, 10, 12, 11, 0), withHolidays));
    CHECK_FALSE(school.isOpen(at(2027, 10, 12, 17, 0), withHolidays));
    CHECK(school.isOpen(at(2027, 10, 26, 17, 0), withHolidays));
    CHECK_FALSE(school.isOpen(at(2027, 10, 26, 11, 0), withHolidays));
}

TEST_CASE("the day split where the answer changes, and the next change") {
    OpeningHours hours = parsed("Mo-Fr 09:00-12:00, 13:00-17:00; Sa 10:00+; PH off");
    auto friday = hours.intervalsOn(2027, 1, 8, HolidayCalendar());
    REQUIRE(friday.size() == 5);
    CHECK(friday[1].from == 540);
    CHECK(friday[1].to == 720);
    CHECK(friday[1].state == HoursState::Open);
    CHECK(friday[2].state == HoursState::Closed);
    CHECK(friday[4].from == 1020);
    CHECK(friday[4].to == 1440);
    auto saturday = hours.intervalsOn(2027, 1, 9, HolidayCalendar());
    REQUIRE(saturday.size() == 2);
    CHECK(saturday[1].state == HoursState::Unknown);

    // Wednesday 17 November 2027, Buß- und Bettag in Saxony: closed until Thursday 09:00.
    auto change = hours.nextChange(at(2027, 11, 17, 10, 0), region("DE-SN"));
    REQUIRE(change);
    CHECK(content::formatWallTime(*change) == "2027-11-18T09:00:00");
    auto lunch = hours.nextChange(at(2027, 11, 18, 12, 30), region("DE-SN"));
    REQUIRE(lunch);
    CHECK(content::formatWallTime(*lunch) == "2027-11-18T13:00:00");
    CHECK_FALSE(parsed("24/7").nextChange(at(2027, 1, 1, 0, 0), HolidayCalendar()));
}

TEST_CASE("open spans of a date apply holidays and dated rules; the regular week leaves them out") {
    OpeningHours hours = parsed("Mo-Fr 09:00-17:00; Dec 24 09:00-12:00; PH off");
    CHECK(hours.spansOn(2027, 11, 17, region("DE-SN")).empty());
    CHECK(hours.spansOn(2027, 11, 17, region("DE-BE")) == Spans{{540, 1020}});
    CHECK(hours.spansOn(2027, 12, 24, region("DE-SN")) == Spans{{540, 720}});
    CHECK(hours.spansOn(4) == Spans{{540, 1020}});  // the regular Friday
    OpeningHours night = parsed("Fr 22:00-02:00");
    CHECK(night.spansOn(2027, 1, 8, HolidayCalendar()) == Spans{{1320, 1560}});
    CHECK(night.spansOn(2027, 1, 9, HolidayCalendar()).empty());
    CHECK(parsed("Jan-Jun Mo-Fr 10:00-12:00").spansOn(2027, 7, 5, HolidayCalendar()).empty());
    CHECK(parsed("Jan-Jun Mo-Fr 10:00-12:00").spansOn(2027, 6, 28, HolidayCalendar()) == Spans{{600, 720}});
}

TEST_CASE("errors name the part not understood and show the nearest form that is") {
    CHECK(errorFor("Mo-Fr 9-17h") ==
          "'9-17' in 'Mo-Fr 9-17h' is not understood: a time needs hours and minutes, like 09:00-17:00; write it like "
          "'Mo-Fr 09:00-17:00'");
    CHECK(errorFor("Mo-Fr 09:00-17:00; Sa 10-14") ==
          "'10-14' in 'Sa 10-14' is not understood: a time needs hours and minutes, like 09:00-17:00; write it like "
          "'Sa 10:00-14:00'");
    CHECK(errorFor("Di, Do 10.30-12 Uhr") ==
          "'10.30' in 'Di, Do 10.30-12 Uhr' is not understood: hours and minutes are separated by ':', like 10:30; "
          "write it like 'Tu,Th 10:30-12:00'");
    CHECK(errorFor("Mo-Fr 09:00-17:00; Feiertags geschlossen") ==
          "'Feiertags geschlossen' is not understood: it is not a day, month, holiday or time; write it like 'PH off'");
    CHECK(errorFor("Mo-Fr 09:00-17:00 und Sa 10:00-12:00") ==
          "'und' in 'Mo-Fr 09:00-17:00 und Sa 10:00-12:00' is not understood: it is not a day, month, holiday or time; "
          "write it like 'Mo-Fr 09:00-17:00, Sa 10:00-12:00'");
    CHECK(errorFor("Mo\xe2\x80\x93" "Fr 09:00-17:00") ==
          "'\xe2\x80\x93' in 'Mo\xe2\x80\x93" "Fr 09:00-17:00' is not understood: write the dash as '-'; write it "
          "like 'Mo-Fr 09:00-17:00'");
    // Words alone become a note in quotes.
    CHECK(errorFor("nach Vereinbarung") ==
          "'nach Vereinbarung' is not understood: it is not a day, month, holiday or time; write it like "
          "'\"nach Vereinbarung\"'");
    // Where no understood form is near, no example is claimed.
    CHECK(errorFor("Mo-Fr 25:00-26:00") ==
          "'25:00' in 'Mo-Fr 25:00-26:00' is not understood: a time span starts within the day (00:00 to 23:59)");
    CHECK(errorFor("Xy 10:00-12:00") == "'Xy' in 'Xy 10:00-12:00' is not understood: it is not a day, month, holiday or time");
    CHECK(errorFor("Mo 10:00") ==
          "'10:00' in 'Mo 10:00' is not understood: a time needs an end, like 09:00-17:00, or '+' for an open end like 17:00+");
    CHECK(errorFor("Feb 30 off") == "'30' in 'Feb 30 off' is not understood: Feb has no day 30");
    CHECK(errorFor("Th[6] 10:00-12:00") ==
          "'6' in 'Th[6] 10:00-12:00' is not understood: the week of the month is a number from 1 to 5, or -1 to -5 from the end");
    CHECK(errorFor("sunrise-sunset") ==
          "'sunrise' in 'sunrise-sunset' is not understood: times by the sun (sunrise, sunset, dawn, dusk) are not "
          "supported; write clock times");
    CHECK(errorFor("Mo-Fr 09:00-17:00/01:00") ==
          "'/01' in 'Mo-Fr 09:00-17:00/01:00' is not understood: repeating times (like /01:00) are not supported");
}

TEST_CASE("public holidays of every German state, with the years they exist") {
    auto holiday = [](const char* code, int year, int month, int day) {
        return region(code).publicHoliday(year, month, day).value_or("");
    };
    // Nationwide, Easter-based ones too (Easter 2027: 28 March).
    CHECK(holiday("DE", 2027, 1, 1) == "Neujahr");
    CHECK(holiday("DE", 2027, 3, 26) == "Karfreitag");
    CHECK(holiday("DE", 2027, 3, 29) == "Ostermontag");
    CHECK(holiday("DE", 2027, 5, 6) == "Christi Himmelfahrt");
    CHECK(holiday("DE", 2027, 5, 17) == "Pfingstmontag");
    CHECK(holiday("DE", 2027, 10, 3) == "Tag der Deutschen Einheit");
    CHECK(holiday("DE", 2027, 12, 26) == "2. Weihnachtstag");
    CHECK(holiday("DE", 2027, 3, 28).empty());  // Easter Sunday: only Brandenburg
    CHECK(holiday("DE-BB", 2027, 3, 28) == "Ostersonntag");
    CHECK(holiday("DE", 2027, 12, 24).empty());
    // Buß- und Bettag: the Wednesday before 23 November, Saxony only (since 1995).
    CHECK(holiday("DE-SN", 2027, 11, 17) == "Buß- und Bettag");
    CHECK(holiday("DE-SN", 2026, 11, 18) == "Buß- und Bettag");
    CHECK(holiday("DE-SN", 2028, 11, 22) == "Buß- und Bettag");
    CHECK(holiday("DE-BE", 2027, 11, 17).empty());
    // Reformationstag: the eastern states always, the northern four since 2018, everyone in 2017.
    for (const char* code : {"DE-SN", "DE-BB", "DE-MV", "DE-ST", "DE-TH"}) CHECK(holiday(code, 2027, 10, 31) == "Reformationstag");
    for (const char* code : {"DE-HB", "DE-HH", "DE-NI", "DE-SH"}) {
        CHECK(holiday(code, 2018, 10, 31) == "Reformationstag");
        CHECK(holiday(code, 2016, 10, 31).empty());
    }
    CHECK(holiday("DE-BY", 2017, 10, 31) == "Reformationstag");
    CHECK(holiday("DE-BY", 2027, 10, 31).empty());
    CHECK(holiday("DE-BE", 2027, 10, 31).empty());
    // Frauentag: Berlin since 2019, Mecklenburg-Vorpommern since 2023.
    CHECK(holiday("DE-BE", 2027, 3, 8) == "Internationaler Frauentag");
    CHECK(holiday("DE-BE", 2018, 3, 8).empty());
    CHECK(holiday("DE-MV", 2023, 3, 8) == "Internationaler Frauentag");
    CHECK(holiday("DE-MV", 2022, 3, 8).empty());
    CHECK(holiday("DE-SN", 2027, 3, 8).empty());
    // Fronleichnam (Easter + 60 days) in six states.
    for (const char* code : {"DE-BW", "DE-BY", "DE-HE", "DE-NW", "DE-RP", "DE-SL"}) CHECK(holiday(code, 2027, 5, 27) == "Fronleichnam");
    CHECK(holiday("DE-SN", 2027, 5, 27).empty());
    CHECK(holiday("DE-TH", 2027, 5, 27).empty());
    // Mariä Himmelfahrt in Saarland and Bavaria; Allerheiligen; Heilige Drei Könige; Weltkindertag.
    CHECK(holiday("DE-SL", 2027, 8, 15) == "Mariä Himmelfahrt");
    CHECK(holiday("DE-BY", 2027, 8, 15) == "Mariä Himmelfahrt");
    CHECK(holiday("DE-BW", 2027, 8, 15).empty());
    CHECK(holiday("DE-NW", 2027, 11, 1) == "Allerheiligen");
    CHECK(holiday("DE-HE", 2027, 11, 1).empty());
    CHECK(holiday("DE-ST", 2027, 1, 6) == "Heilige Drei Könige");
    CHECK(holiday("DE-SN", 2027, 1, 6).empty());
    CHECK(holiday("DE-TH", 2027, 9, 20) == "Weltkindertag");
    CHECK(holiday("DE-TH", 2018, 9, 20).empty());
    // Berlin's one-off days.
    CHECK(holiday("DE-BE", 2025, 5, 8) == "Tag der Befreiung");
    CHECK(holiday("DE-BE", 2027, 5, 8).empty());
    CHECK(holiday("DE-BE", 2028, 6, 17) == "75. Jahrestag des Volksaufstandes vom 17. Juni 1953");
}

TEST_CASE("region codes and school holiday entries") {
    CHECK(HolidayCalendar::forRegion("de-sn")->region() == "DE-SN");
    CHECK(HolidayCalendar::forRegion("DE")->region() == "DE");
    CHECK_FALSE(HolidayCalendar::forRegion("DE-XX"));
    CHECK_FALSE(HolidayCalendar::forRegion("Sachsen"));
    CHECK(HolidayCalendar::suggestRegion("Sachsen") == "DE-SN");
    CHECK(HolidayCalendar::suggestRegion("Sachsen-Anhalt") == "DE-ST");
    CHECK(HolidayCalendar::suggestRegion("Thüringen") == "DE-TH");
    CHECK(HolidayCalendar::suggestRegion("sn") == "DE-SN");
    CHECK_FALSE(HolidayCalendar::suggestRegion("Wien"));

    std::string error;
    auto autumn = content::parseSchoolHolidayRange("2027-10-11/2027-10-23", &error);
    REQUIRE(autumn);
    CHECK(autumn->contains(content::daysFromCivil(2027, 10, 23)));
    CHECK_FALSE(autumn->contains(content::daysFromCivil(2027, 10, 24)));
    auto oneDay = content::parseSchoolHolidayRange("2027-05-07", &error);
    REQUIRE(oneDay);
    CHECK(oneDay->first == oneDay->last);
    CHECK_FALSE(content::parseSchoolHolidayRange("11.10.2027-23.10.2027", &error));
    CHECK(error ==
          "'11.10.2027-23.10.2027' is not a school holiday; write the first and last day like \"2027-02-14/2027-02-26\", "
          "or one day like \"2027-05-07\"");
    CHECK_FALSE(content::parseSchoolHolidayRange("2027-10-23/2027-10-11", &error));
    CHECK(error == "'2027-10-23/2027-10-11' ends before it starts; write the first day before the '/'");
}
