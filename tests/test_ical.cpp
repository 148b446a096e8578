// iCalendar as Nextcloud, Google and Outlook export it, normalised to
// EventSeries and expanded in the pack's zone; plus the time-zone helpers and
// the words-ready description of a rule.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "content/core/recurrence.h"
#include "content/core/time_zone.h"
#include "content/parse/icalendar.h"

using content::EventOccurrence;
using content::EventSeries;
using content::RecurrenceDescription;

namespace {

const std::string kBerlin = "Europe/Berlin";
constexpr int64_t kHour = 3600;

std::string readFixture(const std::string& name) {
    std::ifstream stream(std::string(TEST_DATA_DIR) + "/parse/ical/" + name, std::ios::binary);
    REQUIRE(stream);
    std::ostringstream buffer;
    buffer << stream.rdbuf();
    return buffer.str();
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
    CHECK(result.problems[0].message == "this event is marked private, so the kiosk does not show it");

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

    CHECK(byUid(result, "utc-talk@example.org").start == "2026-01-15T17:00:00");  // 16:00Z in CET
    CHECK(byUid(result, "utc-talk@example.org").end == "2026-01-15T18:30:00");
    const EventSeries& floating = byUid(result, "floating@example.org");
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
    CHECK(known.events[0].start == "2026-07-15T07:30:00");  // converted to the pack's zone (UTC here)

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

TEST_CASE("broken calendars give errors with lines") {
    auto notCalendar = content::ical::parseCalendar("Hallo, hier ist kein Kalender", "org", kBerlin);
    REQUIRE(notCalendar.problems.size() == 1);
    CHECK(notCalendar.problems[0].message == "this is not an iCalendar file (it must start with BEGIN:VCALENDAR)");

    auto unclosed = content::ical::parseCalendar("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nEND:VCALENDAR\n", "org", kBerlin);
    REQUIRE(unclosed.problems.size() == 1);
    CHECK(unclosed.problems[0].line == 4);
    CHECK(unclosed.problems[0].message == "END:VCALENDAR does not match BEGIN:VEVENT on line 2");
    auto truncated = content::ical::parseCalendar("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n", "org", kBerlin);
    REQUIRE(truncated.problems.size() == 1);
    CHECK(truncated.problems[0].line == 1);
    CHECK(truncated.problems[0].message == "BEGIN:VCALENDAR is never closed (END:VCALENDAR is missing)");

    const std::string text =
        "BEGIN:VCALENDAR\nVERSION:2.0\n"
        "BEGIN:VEVENT\nUID:a\nSUMMARY:no start\nEND:VEVENT\n"                                          // line 3
        "BEGIN:VEVENT\nUID:b\nDTSTART:20260101T100000Z\nSUMMARY:evil \xE2\x80\xAE text\nEND:VEVENT\n"  // line 7, SUMMARY 10
        "BEGIN:VEVENT\nUID:c\nDTSTART:20260101T100000Z\nSUMMARY:ok\nX-KIOSK-TITLE:ohne Sprache\nEND:VEVENT\n"  // X on 16
        "BEGIN:VEVENT\nUID:d\nDTSTART:20260101T100000Z\nDTEND:20251231T100000Z\nSUMMARY:backwards\nEND:VEVENT\n"  // DTEND 21
        "END:VCALENDAR\n";
    auto result = content::ical::parseCalendar(text, "org", kBerlin);
    REQUIRE(result.problems.size() == 5);
    CHECK(result.problems[0].line == 3);
    CHECK(result.problems[0].message == "this event has no start (DTSTART)");
    CHECK(result.problems[1].line == 10);
    CHECK(result.problems[1].message == "the title contains a bidi override character (U+202E)");
    CHECK(result.problems[2].line == 7);
    CHECK(result.problems[2].message == "this event has no title (SUMMARY)");
    CHECK(result.problems[3].line == 16);
    CHECK(result.problems[3].message == "X-KIOSK-TITLE needs a language, like X-KIOSK-TITLE;LANGUAGE=ar:...");
    CHECK(result.problems[4].line == 21);
    CHECK(result.problems[4].message == "this event ends before it starts");
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
