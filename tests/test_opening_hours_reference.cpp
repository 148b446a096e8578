// Differential test: our reading of our own opening_hours values against
// opening_hours.js's answers, committed in tests/data/opening_hours/
// reference.json (made by make_reference.js there; the reference library is
// never needed to build or run this test).
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "content/core/opening_hours.h"
#include "tests/support/test_files.h"

using content::HolidayCalendar;
using content::HoursState;
using content::LocalTime;
using content::OpeningHours;

namespace {

nlohmann::json reference() {
    return nlohmann::json::parse(test_files::readTestData("opening_hours/reference.json"));
}

LocalTime wallTime(const std::string& iso) {
    LocalTime local;
    REQUIRE(std::sscanf(iso.c_str(), "%d-%d-%dT%d:%d", &local.year, &local.month, &local.day, &local.hour,
                        &local.minute) == 5);
    local.weekday = content::weekdayOf(local.year, local.month, local.day);
    return local;
}

content::DayRange days(const char* range) {
    auto parsed = content::parseSchoolHolidayRange(range, nullptr);
    REQUIRE(parsed);
    return *parsed;
}

// The school holidays opening_hours.js 3.15.0 knows for 2027 (and the
// Christmas holidays reaching into it), given to ours as a pack would list them.
HolidayCalendar calendarFor(const std::string& region) {
    HolidayCalendar calendar = *HolidayCalendar::forRegion(region);
    if (region == "DE-SN")
        calendar.setSchoolHolidays({days("2026-12-23/2027-01-02"), days("2027-02-08/2027-02-19"),
                                    days("2027-03-26/2027-04-02"), days("2027-05-07"), days("2027-05-15/2027-05-18"),
                                    days("2027-07-10/2027-08-20"), days("2027-10-11/2027-10-23"),
                                    days("2027-12-23/2028-01-01")});
    else
        calendar.setSchoolHolidays({days("2026-12-23/2027-01-02"), days("2027-02-01/2027-02-06"),
                                    days("2027-03-22/2027-04-02"), days("2027-05-07"), days("2027-05-18/2027-05-19"),
                                    days("2027-07-01/2027-08-14"), days("2027-10-11/2027-10-23"),
                                    days("2027-12-22/2027-12-31")});
    return calendar;
}

std::string statesOf(const OpeningHours& hours, const std::vector<LocalTime>& instants, const HolidayCalendar& calendar) {
    std::string states;
    for (const LocalTime& at : instants) {
        HoursState state = hours.stateAt(at, calendar).state;
        states += state == HoursState::Open ? '1' : state == HoursState::Closed ? '0' : 'u';
    }
    return states;
}

}  // namespace

TEST_CASE("our values mean here what they mean in opening_hours.js, in Saxony and in Berlin") {
    nlohmann::json document = reference();
    std::vector<LocalTime> instants;
    for (const auto& iso : document["instants"]) instants.push_back(wallTime(iso.get<std::string>()));
    REQUIRE(instants.size() == 51);
    const HolidayCalendar saxony = calendarFor("DE-SN"), berlin = calendarFor("DE-BE");

    int clean = 0, cleanAccepted = 0, warned = 0, warnedAccepted = 0, rejected = 0;
    for (const auto& entry : document["values"]) {
        const std::string value = entry["value"].get<std::string>();
        const std::string verdict = entry["verdict"].get<std::string>();
        CAPTURE(value);
        std::string error;
        auto hours = OpeningHours::parse(value, &error);
        CAPTURE(error);
        if (verdict == "reject") {
            ++rejected;
            CHECK_FALSE(hours);  // what the reference refuses we refuse too
            continue;
        }
        (verdict == "ok" ? clean : warned) += 1;
        if (verdict == "ok") CHECK(hours);  // everything the reference reads without a warning
        if (!hours) continue;
        (verdict == "ok" ? cleanAccepted : warnedAccepted) += 1;
        CHECK(statesOf(*hours, instants, saxony) == entry["DE-SN"].get<std::string>());
        CHECK(statesOf(*hours, instants, berlin) == entry["DE-BE"].get<std::string>());
    }
    // The reference warns about German day names, bare hours ("9-17") and
    // the like; we read the day names and refuse six with a suggestion
    // ("9-17", "9-17h", "10-14", "10.30", "Feiertags geschlossen", "nach Vereinbarung").
    CHECK(clean == 215);
    CHECK(cleanAccepted == 215);
    CHECK(warned == 35);
    CHECK(warnedAccepted == 29);
    CHECK(rejected == 13);
}
