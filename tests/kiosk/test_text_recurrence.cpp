// Recurring events in words, in every interface language.
#include <doctest/doctest.h>

#include "kiosk/i18n/i18n.h"
#include "kiosk/text/recurrence_words.h"

using content::RecurrenceDescription;
using Kind = RecurrenceDescription::Kind;
using kiosk::text::describeRecurrence;

namespace {
// The sentence with 2026 as the year of the visitor's today.
std::string inWords(const RecurrenceDescription& r, const char* language) { return describeRecurrence(r, language, 2026); }
}  // namespace

namespace {

RecurrenceDescription firstWednesday() {
    RecurrenceDescription r;
    r.kind = Kind::MonthlyByWeekday;
    r.weekdays = {2};
    r.weekOfMonth = 1;
    r.hour = 17;
    return r;
}

RecurrenceDescription weekly(std::vector<int> days, int interval = 1) {
    RecurrenceDescription r;
    r.kind = Kind::Weekly;
    r.weekdays = std::move(days);
    r.interval = interval;
    r.hour = 10;
    r.minute = 30;
    return r;
}

}  // namespace

TEST_CASE("every first Wednesday, 17:00 in each language") {
    const auto r = firstWednesday();
    CHECK(inWords(r, "en") == "Every first Wednesday of the month, 17:00");
    CHECK(inWords(r, "de") == "Jeden ersten Mittwoch im Monat, 17:00 Uhr");
    CHECK(inWords(r, "de-x-easy") == "Jeden 1. Mittwoch im Monat, 17:00 Uhr");
    CHECK(inWords(r, "ru") == "В первую среду месяца, 17:00");
    CHECK(inWords(r, "uk") == "У першу середу місяця, 17:00");
    CHECK(inWords(r, "tr") == "Her ayın ilk Çarşambası, saat 17:00");
    CHECK(inWords(r, "ar") == "يوم الأربعاء الأول من كل شهر، 17:00");
    CHECK(inWords(r, "fa") == "اولین چهارشنبۀ هر ماه، ساعت 17:00");
}

TEST_CASE("ordinals agree with the weekday's gender") {
    auto r = firstWednesday();
    r.weekdays = {1};  // Tuesday: masculine in Russian, "во второй"
    r.weekOfMonth = 2;
    CHECK(inWords(r, "ru") == "Во второй вторник месяца, 17:00");
    r.weekdays = {6};  // Sunday: neuter in Russian
    r.weekOfMonth = -1;
    CHECK(inWords(r, "ru") == "В последнее воскресенье месяца, 17:00");
    CHECK(inWords(r, "de") == "Jeden letzten Sonntag im Monat, 17:00 Uhr");
    CHECK(inWords(r, "uk") == "В останню неділю місяця, 17:00");
}

TEST_CASE("weekly rules, lists of days and intervals") {
    CHECK(inWords(weekly({2}), "en") == "Every Wednesday, 10:30");
    CHECK(inWords(weekly({0, 3}), "de") == "Jeden Montag und Donnerstag, 10:30 Uhr");
    CHECK(inWords(weekly({0, 2, 4}), "en") == "Every Monday, Wednesday and Friday, 10:30");
    CHECK(inWords(weekly({2}), "ru") == "По средам, 10:30");
    CHECK(inWords(weekly({2}), "uk") == "Щосереди, 10:30");
    CHECK(inWords(weekly({2}), "ar") == "كل أربعاء، 10:30");
    CHECK(inWords(weekly({0, 1, 2, 3, 4}), "de") == "Montag bis Freitag, 10:30 Uhr");
    CHECK(inWords(weekly({1}, 2), "en") == "Every other week on Tuesday, 10:30");
    CHECK(inWords(weekly({1}, 3), "de") == "Alle 3 Wochen am Dienstag, 10:30 Uhr");
}

TEST_CASE("daily, monthly by day, yearly, other and single") {
    RecurrenceDescription r;
    r.kind = Kind::Daily;
    r.hour = 9;
    CHECK(inWords(r, "tr") == "Her gün, saat 09:00");
    r.kind = Kind::MonthlyByDay;
    r.dayOfMonth = 15;
    CHECK(inWords(r, "de") == "Jeden Monat am 15., 09:00 Uhr");
    r.interval = 2;
    CHECK(inWords(r, "en") == "Every other month on day 15, 09:00");
    r = {};
    r.kind = Kind::Yearly;
    r.month = 12;
    r.dayOfMonth = 3;
    r.allDay = true;
    CHECK(inWords(r, "de") == "Jedes Jahr am 3. Dezember");
    CHECK(inWords(r, "ru") == "Каждый год 3 декабря");
    r.kind = Kind::Other;
    CHECK(inWords(r, "en") == "Regularly, on changing days");
    r.kind = Kind::Single;
    CHECK(inWords(r, "en").empty());
    // Broken input says "regularly" rather than something wrong.
    r.kind = Kind::MonthlyByWeekday;
    r.weekOfMonth = 9;
    r.weekdays = {2};
    CHECK(inWords(r, "en") == "Regularly, on changing days");
}

TEST_CASE("capitalising the first letter in Latin and Cyrillic") {
    using kiosk::text::capitalizeFirst;
    CHECK(capitalizeFirst("über") == "Über");
    CHECK(capitalizeFirst("щосереди") == "Щосереди");
    CHECK(capitalizeFirst("ёлка") == "Ёлка");
    CHECK(capitalizeFirst("şehir") == "Şehir");
    CHECK(capitalizeFirst("كل") == "كل");
    CHECK(capitalizeFirst("") == "");
}

namespace {

// One rule shape as a calendar writes it, and its sentence written by hand in German, English and Arabic.
struct Shape {
    const char* start;
    const char* rrule;
    std::vector<std::string> exdates, rdates;
    const char* de;
    const char* en;
    const char* ar;
};

const std::vector<Shape>& shapes() {
    static const std::vector<Shape> all = {
        {"2026-10-05T09:00:00", "FREQ=DAILY", {}, {},
         "Jeden Tag, 09:00 Uhr", "Every day, 09:00", "كل يوم، 09:00"},
        {"2026-10-05T09:00:00", "FREQ=DAILY;INTERVAL=2", {}, {},
         "Jeden zweiten Tag, 09:00 Uhr", "Every other day, 09:00", "كل يومين، 09:00"},
        {"2026-10-05T09:00:00", "FREQ=DAILY;INTERVAL=3", {}, {},
         "Alle 3 Tage, 09:00 Uhr", "Every 3 days, 09:00", "كل 3 أيام، 09:00"},
        {"2026-10-06T10:30:00", "FREQ=WEEKLY", {}, {},
         "Jeden Dienstag, 10:30 Uhr", "Every Tuesday, 10:30", "كل ثلاثاء، 10:30"},
        {"2026-10-05T10:30:00", "FREQ=WEEKLY;BYDAY=MO,TH", {}, {},
         "Jeden Montag und Donnerstag, 10:30 Uhr", "Every Monday and Thursday, 10:30", "كل اثنين وخميس، 10:30"},
        {"2026-10-05T08:00:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", {}, {},
         "Montag bis Freitag, 08:00 Uhr", "Monday to Friday, 08:00", "من الاثنين إلى الجمعة، 08:00"},
        {"2026-10-05T16:00:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", {}, {},
         "Jede zweite Woche am Montag, 16:00 Uhr", "Every other week on Monday, 16:00", "كل أسبوعين يوم اثنين، 16:00"},
        {"2026-10-06T10:30:00", "FREQ=WEEKLY;INTERVAL=3;BYDAY=TU", {}, {},
         "Alle 3 Wochen am Dienstag, 10:30 Uhr", "Every 3 weeks on Tuesday, 10:30", "كل 3 أسابيع يوم ثلاثاء، 10:30"},
        {"2026-10-15T18:00:00", "FREQ=MONTHLY;BYMONTHDAY=15", {}, {},
         "Jeden Monat am 15., 18:00 Uhr", "Every month on day 15, 18:00", "في اليوم 15 من كل شهر، 18:00"},
        {"2026-10-15T18:00:00", "FREQ=MONTHLY;INTERVAL=2", {}, {},
         "Jeden zweiten Monat am 15., 18:00 Uhr", "Every other month on day 15, 18:00",
         "كل شهرين، في اليوم 15 من الشهر، 18:00"},
        {"2026-10-07T17:00:00", "FREQ=MONTHLY;BYDAY=1WE", {}, {},
         "Jeden ersten Mittwoch im Monat, 17:00 Uhr", "Every first Wednesday of the month, 17:00",
         "يوم الأربعاء الأول من كل شهر، 17:00"},
        {"2026-10-14T17:00:00", "FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2", {}, {},
         "Jeden zweiten Mittwoch im Monat, 17:00 Uhr", "Every second Wednesday of the month, 17:00",
         "يوم الأربعاء الثاني من كل شهر، 17:00"},
        {"2026-10-29T18:00:00", "FREQ=MONTHLY;BYDAY=-1TH", {}, {},
         "Jeden letzten Donnerstag im Monat, 18:00 Uhr", "Every last Thursday of the month, 18:00",
         "يوم الخميس الأخير من كل شهر، 18:00"},
        {"2026-10-10T10:00:00", "FREQ=MONTHLY;INTERVAL=2;BYDAY=2SA", {}, {},
         "Jeden zweiten Monat am zweiten Samstag, 10:00 Uhr", "Every other month on the second Saturday, 10:00",
         "كل شهرين، يوم السبت الثاني من الشهر، 10:00"},
        // Quarterly: every three months, not "every 3 months: every first Wednesday of the month".
        {"2026-10-07T17:00:00", "FREQ=MONTHLY;INTERVAL=3;BYDAY=1WE", {}, {},
         "Alle 3 Monate am ersten Mittwoch, 17:00 Uhr", "Every 3 months on the first Wednesday, 17:00",
         "كل 3 أشهر، يوم الأربعاء الأول من الشهر، 17:00"},
        {"2026-12-03", "FREQ=YEARLY", {}, {},
         "Jedes Jahr am 3. Dezember", "Every year on 3 December", "كل سنة في 3 ديسمبر"},
        {"2026-12-03", "FREQ=YEARLY;INTERVAL=2", {}, {},
         "Alle zwei Jahre am 3. Dezember", "Every other year on 3 December", "كل سنتين في 3 ديسمبر"},
        {"2026-12-05T15:00:00", "FREQ=YEARLY;BYMONTH=12;BYDAY=1SA", {}, {},
         "Jedes Jahr am ersten Samstag im Dezember, 15:00 Uhr", "Every year on the first Saturday of December, 15:00",
         "كل سنة في يوم السبت الأول من ديسمبر، 15:00"},
        // Ends: a date in another year than now's carries the year, one in this year does not.
        {"2026-10-06T10:30:00", "FREQ=WEEKLY;UNTIL=20270330T220000Z", {}, {},
         "Jeden Dienstag, 10:30 Uhr, bis 30. März 2027", "Every Tuesday, 10:30, until 30 March 2027",
         "كل ثلاثاء، 10:30، حتى 30 مارس 2027"},
        {"2026-10-06T10:30:00", "FREQ=WEEKLY;UNTIL=20261215", {}, {},
         "Jeden Dienstag, 10:30 Uhr, bis 15. Dezember", "Every Tuesday, 10:30, until 15 December",
         "كل ثلاثاء، 10:30، حتى 15 ديسمبر"},
        {"2026-10-06T10:30:00", "FREQ=WEEKLY;COUNT=6", {}, {},
         "Jeden Dienstag, 10:30 Uhr, insgesamt 6 Termine", "Every Tuesday, 10:30, 6 dates in all",
         "كل ثلاثاء، 10:30، عدد المواعيد: 6"},
        // Single changes, counted from now on (the one in 2025 is past).
        {"2026-10-06T10:30:00", "FREQ=WEEKLY", {"2025-12-23T10:30:00", "2026-12-22T10:30:00"}, {},
         "Jeden Dienstag, 10:30 Uhr; fällt an einzelnen Tagen aus", "Every Tuesday, 10:30; cancelled on some dates",
         "كل ثلاثاء، 10:30؛ يُلغى في بعض الأيام"},
        {"2026-10-06T10:30:00", "FREQ=WEEKLY", {"2025-12-23T10:30:00"}, {}, "Jeden Dienstag, 10:30 Uhr",
         "Every Tuesday, 10:30", "كل ثلاثاء، 10:30"},
        {"2026-10-06T10:30:00", "FREQ=WEEKLY", {}, {"2026-12-30T10:30:00"},
         "Jeden Dienstag, 10:30 Uhr; dazu einzelne weitere Termine", "Every Tuesday, 10:30; plus some extra dates",
         "كل ثلاثاء، 10:30؛ مع مواعيد إضافية"},
        {"2026-10-06T10:30:00", "FREQ=WEEKLY;UNTIL=20270330T220000Z", {"2026-12-22T10:30:00"},
         {"2026-12-30T10:30:00"},
         "Jeden Dienstag, 10:30 Uhr, bis 30. März 2027; fällt an einzelnen Tagen aus, dazu weitere Termine",
         "Every Tuesday, 10:30, until 30 March 2027; some dates cancelled, some added",
         "كل ثلاثاء، 10:30، حتى 30 مارس 2027؛ تُلغى بعض المواعيد وتُضاف مواعيد أخرى"},
        // Rules the kiosk has no exact words for still read as a sentence.
        {"2026-10-05T09:00:00", "FREQ=DAILY;BYHOUR=9,15", {}, {}, "Regelmäßig, an wechselnden Tagen, 09:00 Uhr",
         "Regularly, on changing days, 09:00", "بشكل منتظم في أيام مختلفة، 09:00"},
        {"2026-10-06T10:30:00", "FREQ=WEEKLY;COUNT=1", {}, {}, "", "", ""},
    };
    return all;
}

std::string sentence(const Shape& shape, const std::string& language) {
    content::EventSeries series;
    series.start = shape.start;
    series.allDay = std::string(shape.start).size() == 10;
    series.rrule = shape.rrule;
    series.exdates = shape.exdates;
    series.rdates = shape.rdates;
    // The visitor's now: 1 December 2026, 12:00.
    return describeRecurrence(content::describeRecurrence(series, "2026-12-01T12:00:00"), language, 2026);
}

}  // namespace

TEST_CASE("every rule shape in words: German, English and Arabic exactly as written by hand") {
    for (const Shape& shape : shapes()) {
        INFO(shape.rrule);
        CHECK(sentence(shape, "de") == shape.de);
        CHECK(sentence(shape, "en") == shape.en);
        CHECK(sentence(shape, "ar") == shape.ar);
    }
}

TEST_CASE("every rule shape in every language reads as a sentence: no key names, gaps or stray punctuation") {
    for (const std::string& language : kiosk::i18n::languages()) {
        for (const Shape& shape : shapes()) {
            INFO(language << " " << shape.rrule);
            const std::string words = sentence(shape, language);
            if (std::string(shape.de).empty()) {
                CHECK(words.empty());
                continue;
            }
            CHECK_FALSE(words.empty());
            CHECK(words.find("recurrence.") == std::string::npos);
            CHECK(words.find("month.") == std::string::npos);
            CHECK(words.find('{') == std::string::npos);
            for (const char* stray : {".:", "..", ",,", ", ,", ":.", "  ", "،،", "؛ ؛"})
                CHECK_MESSAGE(words.find(stray) == std::string::npos, words);
            CHECK(words.back() != ' ');
            CHECK(words.back() != ',');
        }
    }
}

TEST_CASE("Easy German says it simply, with digits and short sentences") {
    CHECK(sentence(shapes()[14], "de-x-easy") == "Alle 3 Monate am 1. Mittwoch, 17:00 Uhr");
    CHECK(sentence(shapes()[21], "de-x-easy") == "Jeden Dienstag, 10:30 Uhr. Manchmal fällt der Termin aus.");
    CHECK(sentence(shapes()[18], "de-x-easy") == "Jeden Dienstag, 10:30 Uhr, bis zum 30. März 2027");
    // An all-day rule that ends in an ordinal's dot, then a sentence: one full stop, not two.
    RecurrenceDescription fifteenth;
    fifteenth.kind = Kind::MonthlyByDay;
    fifteenth.dayOfMonth = 15;
    fifteenth.allDay = true;
    fifteenth.skippedDates = 1;
    CHECK(describeRecurrence(fifteenth, "de-x-easy", 2026) == "Jeden Monat am 15. Manchmal fällt der Termin aus.");
}
