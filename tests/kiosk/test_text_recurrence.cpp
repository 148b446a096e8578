// Recurring events in words, in every interface language.
#include <doctest/doctest.h>

#include "kiosk/i18n/i18n.h"
#include "kiosk/text/recurrence_words.h"

using content::RecurrenceDescription;
using Kind = RecurrenceDescription::Kind;
using kiosk::text::describeRecurrence;

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
    CHECK(describeRecurrence(r, "en") == "Every first Wednesday of the month, 17:00");
    CHECK(describeRecurrence(r, "de") == "Jeden ersten Mittwoch im Monat, 17:00 Uhr");
    CHECK(describeRecurrence(r, "de-x-easy") == "Jeden 1. Mittwoch im Monat, 17:00 Uhr");
    CHECK(describeRecurrence(r, "ru") == "В первую среду месяца, 17:00");
    CHECK(describeRecurrence(r, "uk") == "У першу середу місяця, 17:00");
    CHECK(describeRecurrence(r, "tr") == "Her ayın ilk Çarşambası, saat 17:00");
    CHECK(describeRecurrence(r, "ar") == "يوم الأربعاء الأول من كل شهر، 17:00");
    CHECK(describeRecurrence(r, "fa") == "اولین چهارشنبۀ هر ماه، ساعت 17:00");
}

TEST_CASE("ordinals agree with the weekday's gender") {
    auto r = firstWednesday();
    r.weekdays = {1};  // Tuesday: masculine in Russian, "во второй"
    r.weekOfMonth = 2;
    CHECK(describeRecurrence(r, "ru") == "Во второй вторник месяца, 17:00");
    r.weekdays = {6};  // Sunday: neuter in Russian
    r.weekOfMonth = -1;
    CHECK(describeRecurrence(r, "ru") == "В последнее воскресенье месяца, 17:00");
    CHECK(describeRecurrence(r, "de") == "Jeden letzten Sonntag im Monat, 17:00 Uhr");
    CHECK(describeRecurrence(r, "uk") == "В останню неділю місяця, 17:00");
}

TEST_CASE("weekly rules, lists of days and intervals") {
    CHECK(describeRecurrence(weekly({2}), "en") == "Every Wednesday, 10:30");
    CHECK(describeRecurrence(weekly({0, 3}), "de") == "Jeden Montag und Donnerstag, 10:30 Uhr");
    CHECK(describeRecurrence(weekly({0, 2, 4}), "en") == "Every Monday, Wednesday and Friday, 10:30");
    CHECK(describeRecurrence(weekly({2}), "ru") == "По средам, 10:30");
    CHECK(describeRecurrence(weekly({2}), "uk") == "Щосереди, 10:30");
    CHECK(describeRecurrence(weekly({2}), "ar") == "كل أربعاء، 10:30");
    CHECK(describeRecurrence(weekly({0, 1, 2, 3, 4}), "de") == "Montag bis Freitag, 10:30 Uhr");
    CHECK(describeRecurrence(weekly({1}, 2), "en") == "Every other week on Tuesday, 10:30");
    CHECK(describeRecurrence(weekly({1}, 3), "de") == "Alle 3 Wochen am Dienstag, 10:30 Uhr");
}

TEST_CASE("daily, monthly by day, yearly, other and single") {
    RecurrenceDescription r;
    r.kind = Kind::Daily;
    r.hour = 9;
    CHECK(describeRecurrence(r, "tr") == "Her gün, saat 09:00");
    r.kind = Kind::MonthlyByDay;
    r.dayOfMonth = 15;
    CHECK(describeRecurrence(r, "de") == "Jeden Monat am 15., 09:00 Uhr");
    r.interval = 2;
    CHECK(describeRecurrence(r, "en") == "Every 2 months: every month on day 15, 09:00");
    r = {};
    r.kind = Kind::Yearly;
    r.month = 12;
    r.dayOfMonth = 3;
    r.allDay = true;
    CHECK(describeRecurrence(r, "de") == "Jedes Jahr am 3. Dezember");
    CHECK(describeRecurrence(r, "ru") == "Каждый год 3 декабря");
    r.kind = Kind::Other;
    CHECK(describeRecurrence(r, "en") == "Regularly");
    r.kind = Kind::Single;
    CHECK(describeRecurrence(r, "en").empty());
    // Broken input says "regularly" rather than something wrong.
    r.kind = Kind::MonthlyByWeekday;
    r.weekOfMonth = 9;
    r.weekdays = {2};
    CHECK(describeRecurrence(r, "en") == "Regularly");
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
