// iCalendar as Nextcloud, Google and Outlook export it, normalised to
// EventSeries and expanded in the pack's zone; plus the time-zone helpers and
// the words-ready description of a rule.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "content/core/recurrence.h"
#include "content/core/time_zone.h"
#include "content/parse/ical_zones.h"
#include "content/parse/icalendar.h"
#include "tests/support/test_files.h"

using content::EventOccurrence;
using content::EventSeries;
using content::RecurrenceDescription;

namespace {

const std::string kBerlin = "Europe/Berlin";
constexpr int64_t kHour = 3600;

std::string readFixture(const std::string& name) {
    return test_files::readTestData("parse/ical/" + name);
}

content::ical::CalendarResult parseFixture(const std::string& name, const std::string& organisation = "org") {
    return content::ical::parseCalendar(readFixture(name), organisation, kBerlin, "de");
}

const EventSeries& byUid(const content::ical::CalendarResult& result, const std::string& uid) {
    auto it = std::find_if(result.events.begin(), result.events.end(), [&](const EventSeries& e) { return e.uid == uid; });
    REQUIRE(it != result.events.end());
    return *it;
}

std::vector<int64_t> starts(const std::vector<EventOccurrence>& occurrences) {
    std::vector<int64_t> result;
    for (const auto& occurrence : occurrences) result.push_back(occurrence.startUtc);
    return result;
}

int64_t utc(const char* iso) {
    auto value = content::parseIsoToUtc(iso, "UTC");
    REQUIRE(value);
    return *value;
}

EventSeries series(const char* start, const char* rrule, bool allDay = false) {
    EventSeries event;
    event.uid = "s";
    event.start = start;
    event.rrule = rrule;
    event.allDay = allDay;
    return event;
}

}  // namespace

TEST_CASE("local time in Berlin: formatting, parsing and the two DST edges") {
    CHECK(content::formatLocalIso(1795276800, kBerlin) == "2026-11-21T17:00:00+01:00");
    CHECK(content::formatLocalIso(1775055600, kBerlin) == "2026-04-01T17:00:00+02:00");
    CHECK(content::formatLocalIso(1795276800, "UTC") == "2026-11-21T16:00:00+00:00");

    CHECK(content::parseIsoToUtc("2026-11-21T17:00:00+01:00", kBerlin) == 1795276800);
    CHECK(content::parseIsoToUtc("2026-11-21T16:00:00Z", kBerlin) == 1795276800);
    CHECK(content::parseIsoToUtc("2026-11-21T11:00:00-0500", kBerlin) == 1795276800);
    CHECK(content::parseIsoToUtc("2026-11-21T17:00", kBerlin) == 1795276800);   // no offset: Berlin time
    CHECK(content::parseIsoToUtc("2026-11-21 17:00:00", kBerlin) == 1795276800);
    CHECK(content::parseIsoToUtc("2026-11-21", kBerlin) == 1795276800 - 17 * kHour);  // local midnight
    CHECK(content::parseIsoToUtc("2026-11-21T16:00:00.250Z", kBerlin) == 1795276800);
    CHECK_FALSE(content::parseIsoToUtc("2026-02-30", kBerlin));
    CHECK_FALSE(content::parseIsoToUtc("21.11.2026", kBerlin));
    CHECK_FALSE(content::parseIsoToUtc("2026-11-21T25:00", kBerlin));

    content::LocalTime gap{2026, 3, 29, 2, 30, 0, 6};  // does not exist: clocks jump 02:00 -> 03:00
    CHECK(content::toUtc(gap, kBerlin) == 1774747800);   // read as 03:30 CEST
    content::LocalTime twice{2026, 10, 25, 2, 30, 0, 6};  // happens twice
    CHECK(content::toUtc(twice, kBerlin) == 1792888200);  // the first, still in CEST

    content::LocalTime local = content::toLocal(1775055600, kBerlin);
    CHECK(local.year == 2026);
    CHECK(local.month == 4);
    CHECK(local.day == 1);
    CHECK(local.hour == 17);
    CHECK(local.weekday == 2);  // Wednesday
    CHECK(content::isKnownTimeZone(kBerlin));
    CHECK(content::isKnownTimeZone("UTC"));
    CHECK_FALSE(content::isKnownTimeZone("Europe/Atlantis"));
}

TEST_CASE("a weekly 17:00 Berlin event stays at 17:00 local across both DST changes") {
    auto result = parseFixture("weekly_dst.ics", "sprachcafe");
    CHECK(result.problems.empty());
    REQUIRE(result.events.size() == 1);
    const EventSeries& event = result.events[0];
    CHECK(event.uid == "sprachcafe-weekly@example.org");
    CHECK(event.organisationId == "sprachcafe");
    CHECK(event.start == "2026-03-18T17:00:00");
    CHECK(event.end == "2026-03-18T19:00:00");
    CHECK(event.rrule == "FREQ=WEEKLY;BYDAY=WE");
    CHECK(event.title.resolve("de") == "Sprachcafé");
    CHECK(event.description.resolve("de") == "Deutsch üben bei Kaffee und Tee.\nJede Woche.");
    CHECK(event.location == "Stadtteilladen, Ratzelstraße 1");
    CHECK(event.url == "https://example.org/sprachcafe");

    // March: 29 March 2026 is the spring change. 17:00 CET = 16:00Z, 17:00 CEST = 15:00Z.
    auto march = content::expandOccurrences(event, kBerlin, utc("2026-03-01T00:00:00Z"), utc("2026-04-08T00:00:00Z"), 100);
    CHECK(starts(march) == std::vector<int64_t>{1773849600, 1774454400, 1775055600});
    for (const auto& occurrence : march) CHECK(occurrence.endUtc - occurrence.startUtc == 2 * kHour);

    // October: 25 October 2026 is the autumn change.
    auto october = content::expandOccurrences(event, kBerlin, utc("2026-10-15T00:00:00Z"), utc("2026-11-05T00:00:00Z"), 100);
    CHECK(starts(october) == std::vector<int64_t>{1792594800, 1793203200, 1793203200 + 7 * 24 * kHour});
    for (const auto& occurrence : october) CHECK(content::formatLocalIso(occurrence.startUtc, kBerlin).substr(11, 8) == "17:00:00");

    // Far in the future the rule still answers quickly and correctly.
    auto later = content::expandOccurrences(event, kBerlin, utc("2031-01-01T00:00:00Z"), utc("2031-01-15T00:00:00Z"), 100);
    REQUIRE(later.size() == 2);
    CHECK(content::formatLocalIso(later[0].startUtc, kBerlin) == "2031-01-01T17:00:00+01:00");
}

TEST_CASE("EXDATE, RDATE, a moved instance, a cancelled instance, a cancelled event, a private event") {
    auto result = parseFixture("exceptions.ics", "network");
    REQUIRE(result.events.size() == 2);  // the master and the moved December meeting
    const EventSeries& master = byUid(result, "network@example.org");
    CHECK(master.rrule == "FREQ=MONTHLY;BYDAY=1WE");
    CHECK(master.exdates ==
          std::vector<std::string>{"2026-11-04T17:00:00", "2026-12-02T17:00:00", "2027-01-06T17:00:00"});
    CHECK(master.rdates == std::vector<std::string>{"2026-11-18T17:00:00"});
    CHECK(master.recurrenceOf.empty());
    // X-KIOSK translations sit beside the SUMMARY in the pack's language.
    CHECK(master.title.resolve("de") == "Netzwerktreffen");
    CHECK(master.title.resolve("ar") == "اجتماع الشبكة");
    CHECK(master.title.resolve("en") == "Network meeting");
    CHECK(master.description.resolve("en") == "Every first Wednesday, all welcome.\nBring a friend.");
    CHECK_FALSE(master.description.has("de"));

    const EventSeries& moved = byUid(result, "network@example.org#2026-12-02T17:00:00");
    CHECK(moved.recurrenceOf == "network@example.org");
    CHECK(moved.start == "2026-12-03T18:00:00");
    CHECK(moved.end == "2026-12-03T19:30:00");
    CHECK(moved.rrule.empty());
    CHECK(moved.location == "Rathaus");

    // The private event is left out, and staff are told why.
    REQUIRE(result.problems.size() == 1);
    CHECK_FALSE(result.problems[0].error);
    CHECK(result.problems[0].line == 42);  // the CLASS line
    CHECK(result.problems[0].message ==
          "the event 'Team internal' on 2026-11-10 is left out: it is marked private, and a kiosk is public");

    auto occurrences = content::expandOccurrences(master, kBerlin, utc("2026-10-01T00:00:00Z"), utc("2027-03-01T00:00:00Z"), 100);
    // 7 Oct; (4 Nov excluded); 18 Nov added; (2 Dec moved); (6 Jan cancelled); 3 Feb.
    CHECK(starts(occurrences) == std::vector<int64_t>{1791385200, 1795017600, 1801670400});
    for (const auto& occurrence : occurrences) CHECK(occurrence.endUtc - occurrence.startUtc == 90 * 60);
    auto movedOccurrence = content::expandOccurrences(moved, kBerlin, 0, utc("2030-01-01T00:00:00Z"), 10);
    CHECK(starts(movedOccurrence) == std::vector<int64_t>{1796317200});
}

TEST_CASE("all-day, UTC, floating with DURATION, and a yearly all-day rule with UNTIL") {
    auto result = parseFixture("allday_utc_floating.ics");
    CHECK(result.problems.empty());
    REQUIRE(result.events.size() == 4);

    const EventSeries& festival = byUid(result, "festival@example.org");
    CHECK(festival.allDay);
    CHECK(festival.start == "2026-07-04");
    CHECK(festival.end == "2026-07-06");  // exclusive
    auto days = content::expandOccurrences(festival, kBerlin, 0, utc("2030-01-01T00:00:00Z"), 10);
    REQUIRE(days.size() == 1);
    CHECK(days[0].allDay);
    CHECK(days[0].startUtc == 1783116000);  // local midnight, 22:00Z the day before
    CHECK(days[0].endUtc == 1783288800);

    // A time in UTC stays on UTC's clock; the kiosk shows the instant at 17:00 CET.
    const EventSeries& utcTalk = byUid(result, "utc-talk@example.org");
    CHECK(utcTalk.timeZone == "UTC");
    CHECK(utcTalk.start == "2026-01-15T16:00:00");
    CHECK(utcTalk.end == "2026-01-15T17:30:00");
    CHECK(starts(content::expandOccurrences(utcTalk, kBerlin, 0, utc("2030-01-01T00:00:00Z"), 10)) ==
          std::vector<int64_t>{utc("2026-01-15T16:00:00Z")});
    const EventSeries& floating = byUid(result, "floating@example.org");
    CHECK(floating.timeZone.empty());  // floating: the pack's clock
    CHECK(floating.start == "2026-07-15T10:00:00");
    CHECK(floating.end == "2026-07-15T12:00:00");
    CHECK(starts(content::expandOccurrences(floating, kBerlin, 0, utc("2030-01-01T00:00:00Z"), 10)) ==
          std::vector<int64_t>{1784102400});

    const EventSeries& yearly = byUid(result, "yearly-allday@example.org");
    CHECK(yearly.allDay);
    CHECK(yearly.end == "2026-10-04");  // no DTEND: one day
    auto years = content::expandOccurrences(yearly, kBerlin, 0, utc("2040-01-01T00:00:00Z"), 10);
    CHECK(starts(years) == std::vector<int64_t>{1790978400, 1822514400, 1854136800});
}

TEST_CASE("Outlook: custom VTIMEZONE name, UNTIL in UTC, LANGUAGE=de-DE, folded lines, CRLF") {
    auto result = parseFixture("outlook.ics", "vereinsberatung");
    CHECK(result.problems.empty());
    REQUIRE(result.events.size() == 1);
    const EventSeries& event = result.events[0];
    // The file's own zone has Berlin's offsets, so the series is on the pack's clock.
    CHECK(event.timeZone.empty());
    CHECK(event.start == "2026-07-01T09:30:00");
    CHECK(event.end == "2026-07-01T11:30:00");
    CHECK(event.title.resolve("de") == "Beratung für Vereine");
    CHECK(event.title.has("de"));
    CHECK(event.location == "Büro, 2. Stock");
    CHECK(event.description.resolve("de") == "Wir helfen bei Satzung, Förderantrag und Finanzen. Bitte anmelden.");
    // UNTIL=20261230T083000Z is 09:30 in Berlin, written as a wall time.
    CHECK(event.rrule.find("UNTIL=20261230T093000") != std::string::npos);
    CHECK(event.rrule.find("Z") == std::string::npos);

    auto occurrences = content::expandOccurrences(event, kBerlin, 0, utc("2028-01-01T00:00:00Z"), 100);
    REQUIRE(occurrences.size() == 14);  // every other Wednesday, 1 July to 30 December
    CHECK(occurrences.front().startUtc == 1782891000);  // 09:30 CEST
    CHECK(occurrences.back().startUtc == 1798619400);   // 09:30 CET, the UNTIL instance itself
}

TEST_CASE("a Windows zone name without VTIMEZONE is still understood; an unknown zone is a warning") {
    const std::string windows =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:w\r\n"
        "DTSTART;TZID=W. Europe Standard Time:20260715T093000\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    auto known = content::ical::parseCalendar(windows, "org", "UTC");
    CHECK(known.problems.empty());
    REQUIRE(known.events.size() == 1);
    CHECK(known.events[0].timeZone == "Europe/Berlin");  // kept on its own clock in a UTC pack
    CHECK(known.events[0].start == "2026-07-15T09:30:00");
    CHECK(starts(content::expandOccurrences(known.events[0], "UTC", 0, utc("2030-01-01T00:00:00Z"), 10)) ==
          std::vector<int64_t>{utc("2026-07-15T07:30:00Z")});
    // Through ICU's copy of CLDR's table, not a list of our own.
    CHECK(content::ical::ianaForWindowsZone("W. Europe Standard Time") == "Europe/Berlin");
    CHECK(content::ical::ianaForWindowsZone("Central Standard Time") == "America/Chicago");
    CHECK(content::ical::ianaForWindowsZone("Tokyo Standard Time") == "Asia/Tokyo");
    CHECK(content::ical::ianaForWindowsZone("Mars Standard Time").empty());

    const std::string unknown =
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:u\nDTSTART;TZID=Mars/Olympus:20260715T093000\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n";
    auto guessed = content::ical::parseCalendar(unknown, "org", kBerlin);
    REQUIRE(guessed.events.size() == 1);
    CHECK(guessed.events[0].start == "2026-07-15T09:30:00");
    REQUIRE(guessed.problems.size() == 1);
    CHECK_FALSE(guessed.problems[0].error);
    CHECK(guessed.problems[0].line == 5);
    CHECK(guessed.problems[0].message ==
          "the time zone 'Mars/Olympus' is unknown and the file does not describe it; its times are read as Europe/Berlin times");
}

TEST_CASE("broken calendars: an error only for what is not a calendar, warnings with lines for the rest") {
    auto notCalendar = content::ical::parseCalendar("Hallo, hier ist kein Kalender", "org", kBerlin);
    REQUIRE(notCalendar.problems.size() == 1);
    CHECK(notCalendar.problems[0].message == "this is not an iCalendar file (it must start with BEGIN:VCALENDAR)");

    // BEGIN/END that do not nest are mended as the nesting says, with a warning each.
    auto unclosed = content::ical::parseCalendar(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20260105T100000Z\nSUMMARY:kept\nEND:VCALENDAR\n", "org", kBerlin);
    REQUIRE(unclosed.problems.size() == 1);
    CHECK_FALSE(unclosed.problems[0].error);
    CHECK(unclosed.problems[0].line == 2);
    CHECK(unclosed.problems[0].message ==
          "BEGIN:VEVENT is never closed (END:VEVENT is missing); it is read as ending on line 6");
    CHECK(unclosed.events.size() == 1);
    auto truncated = content::ical::parseCalendar(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260105T100000Z\r\nSUMMARY:kept\r\n", "org", kBerlin);
    REQUIRE(truncated.problems.size() == 2);
    CHECK(truncated.problems[0].line == 2);
    CHECK(truncated.problems[0].message ==
          "BEGIN:VEVENT is never closed (END:VEVENT is missing); it is read as ending at the end of the file");
    CHECK(truncated.problems[1].line == 1);
    CHECK(truncated.events.size() == 1);
    auto mistyped = content::ical::parseCalendar(
        "BEGIN:VCALENDAR\nBEGIN:VTODO\nUID:t\nEND:VTOOD\nBEGIN:VEVENT\nUID:x\nDTSTART:20260105T100000Z\nSUMMARY:kept\n"
        "END:VEVENT\nEND:VCALENDAR\nEND:VEVENT\n",
        "org", kBerlin);
    REQUIRE(mistyped.problems.size() == 2);
    CHECK(mistyped.problems[0].line == 4);
    CHECK(mistyped.problems[0].message == "END:VTOOD does not match BEGIN:VTODO on line 2; it is read as END:VTODO");
    CHECK(mistyped.problems[1].line == 11);
    CHECK(mistyped.problems[1].message ==
          "the lines after END:VCALENDAR (line 10) are not part of the calendar and are ignored");
    CHECK(mistyped.events.size() == 1);

    // A broken event is left out with a warning that names it; the rest goes in.
    const std::string text =
        "BEGIN:VCALENDAR\nVERSION:2.0\n"
        "BEGIN:VEVENT\nUID:a\nSUMMARY:no start\nEND:VEVENT\n"                                          // line 3
        "BEGIN:VEVENT\nUID:b\nDTSTART:20260101T100000Z\nSUMMARY:evil \xE2\x80\xAE text\nEND:VEVENT\n"  // line 7, SUMMARY 10
        "BEGIN:VEVENT\nUID:c\nDTSTART:20260101T100000Z\nSUMMARY:ok\nX-KIOSK-TITLE:ohne Sprache\nEND:VEVENT\n"  // X on 16
        "BEGIN:VEVENT\nUID:d\nDTSTART:20260101T100000Z\nDTEND:20251231T100000Z\nSUMMARY:backwards\nEND:VEVENT\n"  // DTEND 21
        "BEGIN:VEVENT\nUID:e\nDTSTART:20260105T100000Z\nRRULE:FREQ=HOURLY\nSUMMARY:hourly\nEND:VEVENT\n"  // RRULE 27
        "BEGIN:VEVENT\nUID:f\nDTSTART:gestern\nSUMMARY:no date\nEND:VEVENT\n"  // line 30
        "END:VCALENDAR\n";
    auto result = content::ical::parseCalendar(text, "org", kBerlin);
    REQUIRE(result.problems.size() == 6);
    for (const auto& problem : result.problems) CHECK_FALSE(problem.error);
    CHECK(result.problems[0].line == 3);
    CHECK(result.problems[0].message == "the event 'no start' is left out: it has no start (DTSTART)");
    CHECK(result.problems[1].line == 10);
    CHECK(result.problems[1].message ==
          "an event with an unreadable title on 2026-01-01 is left out: its title contains a bidi override character (U+202E)");
    CHECK(result.problems[2].line == 16);
    CHECK(result.problems[2].message ==
          "in the event 'ok' on 2026-01-01, X-KIOSK-TITLE needs a language, like X-KIOSK-TITLE;LANGUAGE=ar:...; this "
          "translation is left out");
    CHECK(result.problems[3].line == 21);
    CHECK(result.problems[3].message == "the event 'backwards' on 2026-01-01 is left out: it ends before it starts");
    CHECK(result.problems[4].line == 27);
    CHECK(result.problems[4].message ==
          "the event 'hourly' on 2026-01-05 is left out: it repeats more often than daily, which the kiosk does not show");
    CHECK(result.problems[5].line == 32);  // the DTSTART line
    CHECK(result.problems[5].message == "the event 'no date' is left out: its DTSTART is not understood (gestern)");
    REQUIRE(result.events.size() == 1);
    CHECK(result.events[0].uid == "c");
}

TEST_CASE("expansion: COUNT, the limit, an occurrence already running, a broken rule") {
    EventSeries daily = series("2026-01-01T10:00:00", "FREQ=DAILY;COUNT=3");
    daily.end = "2026-01-01T12:00:00";
    CHECK(content::expandOccurrences(daily, kBerlin, 0, utc("2030-01-01T00:00:00Z"), 100).size() == 3);
    EventSeries forever = series("2026-01-01T10:00:00", "FREQ=DAILY");
    forever.end = "2026-01-01T12:00:00";
    auto limited = content::expandOccurrences(forever, kBerlin, utc("2026-06-01T00:00:00Z"), utc("2030-01-01T00:00:00Z"), 5);
    REQUIRE(limited.size() == 5);
    CHECK(content::formatLocalIso(limited[0].startUtc, kBerlin) == "2026-06-01T10:00:00+02:00");
    // At 11:00 local the 10:00-12:00 occurrence is still running and is listed.
    auto running = content::expandOccurrences(forever, kBerlin, utc("2026-06-01T09:00:00Z"), utc("2026-06-01T10:00:00Z"), 5);
    REQUIRE(running.size() == 1);
    CHECK(content::formatLocalIso(running[0].startUtc, kBerlin) == "2026-06-01T10:00:00+02:00");
    CHECK(content::expandOccurrences(series("2026-01-01T10:00:00", "FREQ=SOMETIMES"), kBerlin, 0, utc("2030-01-01T00:00:00Z"), 5).empty());
    CHECK_FALSE(content::isValidRecurrenceRule("FREQ=SOMETIMES"));
    CHECK(content::isValidRecurrenceRule("FREQ=MONTHLY;BYDAY=1WE"));
}

TEST_CASE("describeRecurrence gives the UI what it needs for words") {
    using Kind = RecurrenceDescription::Kind;
    auto firstWednesday = content::describeRecurrence(series("2026-10-07T17:00:00", "FREQ=MONTHLY;BYDAY=1WE"));
    CHECK(firstWednesday.kind == Kind::MonthlyByWeekday);
    CHECK(firstWednesday.weekOfMonth == 1);
    CHECK(firstWednesday.weekdays == std::vector<int>{2});
    CHECK(firstWednesday.hour == 17);
    CHECK(firstWednesday.minute == 0);
    CHECK(firstWednesday.interval == 1);

    auto lastFriday = content::describeRecurrence(series("2026-10-30T09:30:00", "FREQ=MONTHLY;BYDAY=-1FR"));
    CHECK(lastFriday.kind == Kind::MonthlyByWeekday);
    CHECK(lastFriday.weekOfMonth == -1);
    CHECK(lastFriday.weekdays == std::vector<int>{4});
    CHECK(lastFriday.minute == 30);

    auto secondViaSetPos = content::describeRecurrence(series("2026-10-14T17:00:00", "FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2"));
    CHECK(secondViaSetPos.kind == Kind::MonthlyByWeekday);
    CHECK(secondViaSetPos.weekOfMonth == 2);

    auto twiceAWeek = content::describeRecurrence(series("2026-10-05T10:00:00", "FREQ=WEEKLY;BYDAY=TH,MO"));
    CHECK(twiceAWeek.kind == Kind::Weekly);
    CHECK(twiceAWeek.weekdays == std::vector<int>{0, 3});

    auto fortnightly = content::describeRecurrence(series("2026-10-07T17:00:00", "FREQ=WEEKLY;INTERVAL=2"));
    CHECK(fortnightly.kind == Kind::Weekly);
    CHECK(fortnightly.interval == 2);
    CHECK(fortnightly.weekdays == std::vector<int>{2});  // from the start date

    auto workdays = content::describeRecurrence(series("2026-10-05T08:00:00", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"));
    CHECK(workdays.kind == Kind::Weekly);
    CHECK(workdays.weekdays == std::vector<int>{0, 1, 2, 3, 4});

    CHECK(content::describeRecurrence(series("2026-10-05T08:00:00", "FREQ=DAILY")).kind == Kind::Daily);
    auto fifteenth = content::describeRecurrence(series("2026-10-15T18:00:00", "FREQ=MONTHLY;BYMONTHDAY=15"));
    CHECK(fifteenth.kind == Kind::MonthlyByDay);
    CHECK(fifteenth.dayOfMonth == 15);
    auto monthly = content::describeRecurrence(series("2026-10-07T18:00:00", "FREQ=MONTHLY"));
    CHECK(monthly.kind == Kind::MonthlyByDay);
    CHECK(monthly.dayOfMonth == 7);

    auto yearly = content::describeRecurrence(series("2026-10-03", "FREQ=YEARLY", true));
    CHECK(yearly.kind == Kind::Yearly);
    CHECK(yearly.month == 10);
    CHECK(yearly.dayOfMonth == 3);
    CHECK(yearly.allDay);

    CHECK(content::describeRecurrence(series("2026-10-07T17:00:00", "")).kind == Kind::Single);
    CHECK(content::describeRecurrence(series("2026-10-05T08:00:00", "FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1")).kind == Kind::Other);
    CHECK(content::describeRecurrence(series("2026-10-05T08:00:00", "FREQ=DAILY;BYHOUR=9,15")).kind == Kind::Other);
    CHECK(content::describeRecurrence(series("2026-10-05T08:00:00", "FREQ=MONTHLY;BYDAY=1MO,3MO")).kind == Kind::Other);
}

TEST_CASE("the fast expansion of common rules gives exactly libical's instances") {
    const char* rules[] = {
        "FREQ=DAILY", "FREQ=DAILY;INTERVAL=3", "FREQ=DAILY;COUNT=10", "FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=MO,WE,FR",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,MO,WE;WKST=SU",
        "FREQ=WEEKLY;INTERVAL=3;BYDAY=SA,WE,FR;COUNT=20", "FREQ=WEEKLY;UNTIL=20270301T170000", "FREQ=MONTHLY",
        "FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=MONTHLY;BYMONTHDAY=15;INTERVAL=2", "FREQ=MONTHLY;BYDAY=1WE",
        "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;BYDAY=5TH", "FREQ=MONTHLY;BYDAY=1MO,3MO", "FREQ=MONTHLY;BYDAY=2SA,-2SA",
        "FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU;COUNT=6", "FREQ=MONTHLY;BYDAY=1WE;UNTIL=20270110T000000", "FREQ=YEARLY",
        "FREQ=YEARLY;INTERVAL=2", "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=3", "FREQ=YEARLY;COUNT=3",
    };
    const char* startTimes[] = {
        "2024-01-31T17:00:00", "2025-03-05T17:00:00", "2026-02-27T09:30:00", "2024-02-29T12:00:00",
        "2026-03-29T02:30:00", "2026-10-03T10:00:00", "2026-07-02T19:00:00", "2025-12-13T11:00:00",
    };
    const int64_t from = utc("2026-01-01T00:00:00Z"), to = utc("2029-01-01T00:00:00Z");
    int compared = 0, nonEmpty = 0;
    for (const char* rule : rules) {
        for (const char* start : startTimes) {
            for (bool allDay : {false, true}) {
                EventSeries event = series(allDay ? std::string(start).substr(0, 10).c_str() : start, rule, allDay);
                event.end = allDay ? "" : std::string(start).substr(0, 11) + "23:59:00";
                std::string rrule = rule;
                if (allDay && rrule.find("UNTIL=") != std::string::npos) rrule = rrule.substr(0, rrule.find("T", rrule.find("UNTIL=")));
                event.rrule = rrule;
                INFO(rrule << " from " << event.start);
                auto fast = content::expandOccurrences(event, kBerlin, from, to, 2000);
                auto reference = content::expandOccurrencesWithLibical(event, kBerlin, from, to, 2000);
                CHECK(starts(fast) == starts(reference));
                ++compared;
                if (!fast.empty()) ++nonEmpty;
                // And with a small limit, which stops both early.
                CHECK(starts(content::expandOccurrences(event, kBerlin, from, to, 3)) ==
                      starts(content::expandOccurrencesWithLibical(event, kBerlin, from, to, 3)));
            }
        }
    }
    CHECK(compared == 23 * 8 * 2);
    CHECK(nonEmpty > 300);  // the comparison is about real instances, not two empty lists
}

namespace {

// Occurrences as tests/data/parse/ical/reference/make_expected.py writes them:
// "START-END" in UTC seconds for timed ones, "YYYY-MM-DD/YYYY-MM-DD" for all-day ones.
std::vector<std::string> occurrenceKeys(const content::ical::CalendarResult& calendar, int64_t from, int64_t to) {
    std::vector<std::string> keys;
    for (const EventSeries& series : calendar.events)
        for (const auto& occurrence : content::expandOccurrences(series, kBerlin, from, to, 10000))
            keys.push_back(occurrence.allDay ? content::formatLocalIso(occurrence.startUtc, kBerlin).substr(0, 10) + "/" +
                                                   content::formatLocalIso(occurrence.endUtc, kBerlin).substr(0, 10)
                                             : std::to_string(occurrence.startUtc) + "-" + std::to_string(occurrence.endUtc));
    std::sort(keys.begin(), keys.end());
    return keys;
}

std::vector<std::string> referenceKeys(const nlohmann::json& document) {
    std::vector<std::string> keys;
    for (const auto& pair : document.at("occurrences"))
        keys.push_back(pair[0].is_string() ? pair[0].get<std::string>() + "/" + pair[1].get<std::string>()
                                           : std::to_string(pair[0].get<int64_t>()) + "-" + std::to_string(pair[1].get<int64_t>()));
    std::sort(keys.begin(), keys.end());
    return keys;
}

std::vector<std::string> localStarts(const EventSeries& series, const char* from, const char* to) {
    std::vector<std::string> result;
    for (const auto& occurrence : content::expandOccurrences(series, kBerlin, utc(from), utc(to), 100))
        result.push_back(content::formatLocalIso(occurrence.startUtc, kBerlin) + " " +
                         content::formatLocalIso(occurrence.endUtc, kBerlin).substr(11, 5));
    return result;
}

}  // namespace

TEST_CASE("every fixture expands exactly as python3-recurring-ical-events expands it") {
    const std::filesystem::path folder = std::filesystem::path(TEST_DATA_DIR) / "parse" / "ical" / "reference";
    int compared = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() != ".json") continue;
        nlohmann::json document = test_files::readJson(entry.path());
        const std::string fixture = document.at("fixture").get<std::string>();
        INFO(fixture);
        auto calendar = parseFixture(fixture);
        for (const auto& problem : calendar.problems) CHECK_FALSE(problem.error);
        auto from = content::parseIsoToUtc(document.at("from").get<std::string>(), kBerlin);
        auto to = content::parseIsoToUtc(document.at("to").get<std::string>(), kBerlin);
        REQUIRE(from);
        REQUIRE(to);
        auto expected = referenceKeys(document);
        CHECK_FALSE(expected.empty());
        CHECK(occurrenceKeys(calendar, *from, *to) == expected);
        ++compared;
    }
    CHECK(compared == 11);
}

TEST_CASE("what exporters write around the data goes in: empty values, saved X-LIC-ERROR lines, vendor names") {
    auto google = parseFixture("google_export.ics");
    // Google writes LOCATION: and DESCRIPTION: empty; an event without a title
    // is left out and named, the other four go in.
    REQUIRE(google.problems.size() == 1);
    CHECK_FALSE(google.problems[0].error);
    CHECK(google.problems[0].line == 71);
    CHECK(google.problems[0].message == "an event without a title on 2026-03-10 is left out: it has no title (SUMMARY)");
    CHECK(google.events.size() == 3);  // the cancelled date is not an event of its own
    CHECK(byUid(google, "4k1q9s7m2hc0b3v5n8d6f2j4lg@google.com").location.empty());
    CHECK(byUid(google, "9q8w7e6r5t4y3u2i1o0p9a8s7d@google.com").description.resolve("de") == "Geschlossen.");

    auto thunderbird = parseFixture("thunderbird_export.ics");
    CHECK(thunderbird.problems.empty());  // the saved X-LIC-ERROR lines carry nothing
    CHECK(thunderbird.events.size() == 2);

    auto confluence = parseFixture("confluence_export.ics");
    CHECK(confluence.problems.empty());  // EVENT-ALLDAY, SUBCALENDAR-ID, ... without X-
    REQUIRE(confluence.events.size() == 1);
    CHECK(confluence.events[0].rrule == "FREQ=MONTHLY;COUNT=4;BYDAY=3FR");

    auto notACalendar = content::ical::parseCalendar("BEGIN:VCARD\nFN:Petra\nEND:VCARD\n", "org", kBerlin);
    REQUIRE(notACalendar.problems.size() == 1);
    CHECK(notACalendar.problems[0].error);
    CHECK(notACalendar.events.empty());
}

TEST_CASE("each series is expanded on its own clock: UTC, another zone, a Windows name, Google's calendar zone") {
    auto thunderbird = parseFixture("thunderbird_export.ics");
    const EventSeries& newYork = byUid(thunderbird, "5e2c7a1d-3b9f-4c8e-a6d0-1f2e3d4c5b6a");
    CHECK(newYork.timeZone == "America/New_York");
    CHECK(newYork.start == "2026-03-03T12:00:00");
    // New York moves its clocks on 8 March, Berlin on 29 March: noon in New
    // York is 18:00, then 17:00 for three weeks, then 18:00 again in Berlin.
    CHECK(localStarts(newYork, "2026-03-01T00:00:00Z", "2026-04-08T00:00:00Z") ==
          std::vector<std::string>{"2026-03-03T18:00:00+01:00 19:00", "2026-03-10T17:00:00+01:00 18:00",
                                   "2026-03-17T17:00:00+01:00 18:00", "2026-03-24T17:00:00+01:00 18:00",
                                   "2026-03-31T18:00:00+02:00 19:00"});
    const EventSeries& inUtc = byUid(thunderbird, "8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d");
    CHECK(inUtc.timeZone == "UTC");
    CHECK(localStarts(inUtc, "2026-03-01T00:00:00Z", "2026-04-08T00:00:00Z") ==
          std::vector<std::string>{"2026-03-17T19:00:00+01:00 20:00", "2026-03-24T19:00:00+01:00 20:00",
                                   "2026-03-31T20:00:00+02:00 21:00"});

    // Google writes this series in UTC and means it on X-WR-TIMEZONE's clock.
    auto google = parseFixture("google_export.ics");
    const EventSeries& breakfast = byUid(google, "7r3c1t0p9v6x2z8b5n4m1k0j3h@google.com");
    CHECK(breakfast.timeZone.empty());
    CHECK(breakfast.start == "2026-03-02T10:00:00");
    CHECK(localStarts(breakfast, "2026-03-25T00:00:00Z", "2026-04-08T00:00:00Z") ==
          std::vector<std::string>{"2026-03-30T10:00:00+02:00 11:00", "2026-04-06T10:00:00+02:00 11:00"});

    auto chicago = parseFixture("outlook_windows_zone.ics");
    REQUIRE(chicago.events.size() == 1);
    CHECK(chicago.problems.empty());
    CHECK(chicago.events[0].timeZone == "America/Chicago");

    // WordPress sends Europe/Berlin without summer time; the system's data wins.
    auto wordpress = parseFixture("wordpress_export.ics");
    REQUIRE(wordpress.events.size() == 1);
    CHECK(wordpress.events[0].timeZone.empty());
    CHECK(localStarts(wordpress.events[0], "2026-07-01T00:00:00Z", "2026-08-01T00:00:00Z") ==
          std::vector<std::string>{"2026-07-15T14:00:00+02:00 16:00"});
}

TEST_CASE("saved versions of one event: the highest SEQUENCE wins, then the latest DTSTAMP") {
    auto versions = parseFixture("nextcloud_versions.ics");
    CHECK(versions.problems.empty());
    REQUIRE(versions.events.size() == 1);
    CHECK(versions.events[0].title.resolve("de") == "Mieterberatung (neue Zeit)");
    CHECK(versions.events[0].location == "Raum 2");

    const std::string sameSequence =
        "BEGIN:VCALENDAR\nVERSION:2.0\n"
        "BEGIN:VEVENT\nUID:x\nDTSTAMP:20260301T100000Z\nDTSTART:20260310T100000Z\nSUMMARY:later stamp\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:x\nDTSTAMP:20260201T100000Z\nDTSTART:20260309T100000Z\nSUMMARY:earlier stamp\nEND:VEVENT\n"
        "END:VCALENDAR\n";
    auto stamped = content::ical::parseCalendar(sameSequence, "org", kBerlin);
    CHECK(stamped.problems.empty());
    REQUIRE(stamped.events.size() == 1);
    CHECK(stamped.events[0].title.resolve("de") == "later stamp");
}

TEST_CASE("RFC 5545 forms the reference cannot expand: this and future dates, two RRULEs, EXRULE, RDATE periods") {
    // Worked out by hand from RFC 5545 (see reference/make_expected.py).
    auto future = parseFixture("this_and_future.ics");
    CHECK(future.problems.empty());
    REQUIRE(future.events.size() == 2);
    const EventSeries& before = byUid(future, "chor-probe@example.org");
    const EventSeries& after = byUid(future, "chor-probe@example.org#2026-03-24T19:00:00");
    CHECK(after.recurrenceOf == "chor-probe@example.org");
    CHECK(localStarts(before, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z") ==
          std::vector<std::string>{"2026-03-03T19:00:00+01:00 21:00", "2026-03-10T19:00:00+01:00 21:00",
                                   "2026-03-17T19:00:00+01:00 21:00"});
    // From 24 March on: an hour earlier, shorter, elsewhere; 31 March stays
    // excluded and COUNT=8 still ends the series on 21 April.
    CHECK(localStarts(after, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z") ==
          std::vector<std::string>{"2026-03-24T18:00:00+01:00 19:30", "2026-04-07T18:00:00+02:00 19:30",
                                   "2026-04-14T18:00:00+02:00 19:30", "2026-04-21T18:00:00+02:00 19:30"});
    CHECK(after.location == "Kleiner Saal");

    auto rules = parseFixture("several_rules.ics");
    CHECK(rules.problems.empty());
    const EventSeries& twoRules = byUid(rules, "two-rules@example.org");
    CHECK(twoRules.extraRrules == std::vector<std::string>{"FREQ=MONTHLY;COUNT=2;BYDAY=1TH"});
    CHECK(localStarts(twoRules, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z") ==
          std::vector<std::string>{"2026-03-02T09:00:00+01:00 10:00", "2026-03-05T09:00:00+01:00 10:00",
                                   "2026-03-09T09:00:00+01:00 10:00", "2026-03-16T09:00:00+01:00 10:00",
                                   "2026-04-02T09:00:00+02:00 10:00"});
    const EventSeries& weekdays = byUid(rules, "exrule@example.org");
    CHECK(weekdays.exrules == std::vector<std::string>{"FREQ=WEEKLY;BYDAY=SA,SU"});
    auto weekdayStarts = localStarts(weekdays, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z");
    CHECK(weekdayStarts == std::vector<std::string>{
                               "2026-03-02T15:00:00+01:00 16:00", "2026-03-03T15:00:00+01:00 16:00",
                               "2026-03-04T15:00:00+01:00 16:00", "2026-03-05T15:00:00+01:00 16:00",
                               "2026-03-06T15:00:00+01:00 16:00", "2026-03-09T15:00:00+01:00 16:00",
                               "2026-03-10T15:00:00+01:00 16:00", "2026-03-11T15:00:00+01:00 16:00",
                               "2026-03-12T15:00:00+01:00 16:00", "2026-03-13T15:00:00+01:00 16:00"});
    const EventSeries& periods = byUid(rules, "periods@example.org");
    CHECK(periods.rdates == std::vector<std::string>{"2026-03-12T17:00:00/2026-03-12T20:00:00",
                                                     "2026-03-19T18:00:00/2026-03-19T18:30:00", "2026-03-26T18:00:00"});
    CHECK(localStarts(periods, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z") ==
          std::vector<std::string>{"2026-03-05T18:00:00+01:00 19:00", "2026-03-12T17:00:00+01:00 20:00",
                                   "2026-03-19T18:00:00+01:00 18:30", "2026-03-26T18:00:00+01:00 19:00"});
}

TEST_CASE("a VTIMEZONE whose rules repeat every second is not expanded; a real zone's name uses the system's data") {
    auto result = parseFixture("hostile_vtimezone.ics");
    REQUIRE(result.problems.size() == 1);
    CHECK_FALSE(result.problems[0].error);
    CHECK(result.problems[0].line == 4);
    CHECK(result.problems[0].message ==
          "the time zone 'Endlose Zone' described in this file is not used because its changes repeat other than yearly "
          "(FREQ=SECONDLY); its times are read as Europe/Berlin times");
    REQUIRE(result.events.size() == 2);
    CHECK(localStarts(byUid(result, "berlin@example.org"), "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z") ==
          std::vector<std::string>{"2026-07-10T10:00:00+02:00 11:00"});

    // The second form of the attack, under a name the system does not know.
    std::string minutely = readFixture("hostile_vtimezone.ics");
    for (size_t at = minutely.find("TZID:Europe/Berlin"); at != std::string::npos; at = std::string::npos)
        minutely.replace(at, 18, "TZID:Schaltjahr");
    for (size_t at = minutely.find("TZID=Europe/Berlin"); at != std::string::npos; at = minutely.find("TZID=Europe/Berlin"))
        minutely.replace(at, 18, "TZID=Schaltjahr");
    auto leap = content::ical::parseCalendar(minutely, "org", kBerlin);
    REQUIRE(leap.problems.size() == 2);
    CHECK(leap.problems[1].message ==
          "the time zone 'Schaltjahr' described in this file is not used because its changes repeat other than yearly "
          "(FREQ=MINUTELY;BYYEARDAY=366;BYMONTH=2); its times are read as Europe/Berlin times");
}
