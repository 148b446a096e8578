// The opening status the store computes with each organisation row: open
// until when, or when it opens next, at fixed instants in Berlin.
#include <doctest/doctest.h>

#include "content/core/opening_status.h"
#include "content/db/content_store.h"
#include "content/db/database_builder.h"
#include "tests/support/db_fixture.h"

using namespace content;
using namespace db_fixture;

namespace {

constexpr int64_t kNov18_0800 = kNov18_1000 - 2 * kHour;  // Wednesday 08:00 (Buß- und Bettag)
constexpr int64_t kNov20_2300 = kNov20_0000 + 23 * kHour;  // Friday 23:00
constexpr int64_t kNov21_0100 = kNov20_0000 + 25 * kHour;  // Saturday 01:00
constexpr int64_t kNov21_0900 = kNov21_1100 - 2 * kHour;   // Saturday 09:00

// The status of the fixture's first organisation with `hours`, in the given holiday region.
std::string statusAt(const std::string& hours, int64_t nowUtc, const std::string& region = "DE-BE") {
    ScratchDir dir("opening-status");
    Content content = sampleContent();
    content.pack.holidays = region;
    for (auto& o : content.organisations)
        if (o.id == "migranten-beratung") o.openingHours = hours;
    std::string error;
    REQUIRE_MESSAGE(buildDatabase(content, sampleOccurrences(), dir.path() / "content.db", &error), error);
    auto store = ContentStore::openFile(dir.path() / "content.db", &error);
    REQUIRE_MESSAGE(store, error);
    OrganisationFilter filter;
    filter.nowUtc = nowUtc;
    std::string fromList;
    for (const auto& row : store->organisations("de", filter))
        if (row.id == "migranten-beratung") fromList = describeOpeningStatus(row.status);
    // The row and the detail page ask the same question and get the same answer.
    CHECK(fromList == describeOpeningStatus(store->openingStatus("migranten-beratung", nowUtc)));
    return fromList;
}

}  // namespace

TEST_CASE("open until the closing time, or when it opens next") {
    const std::string weekdays = "Mo-Fr 09:00-17:00";
    CHECK(statusAt(weekdays, kNov18_1000) == "open-until 17:00");
    CHECK(statusAt(weekdays, kNov18_0800) == "opens-today 09:00");
    CHECK(statusAt(weekdays, kNov18_1800) == "opens-tomorrow 09:00");
    CHECK(statusAt(weekdays, kNov21_1100) == "opens-on Mon 09:00");
    CHECK(statusAt("Mo-Fr 09:00-12:00, 13:00-16:00", kNov18_1000) == "open-until 12:00");
    CHECK(statusAt("Mo-Fr 09:00-12:00, 13:00-16:00", kNov18_1000 + 2 * kHour + 30 * 60) == "opens-today 13:00");
    CHECK(statusAt("Sa 10:00-14:00", kNov18_1000) == "opens-on Sat 10:00");
    CHECK(statusAt("Sa 10:00-14:00", kNov21_0900) == "opens-today 10:00");
}

TEST_CASE("past midnight, open end, always open, by appointment, nothing known") {
    CHECK(statusAt("Fr 22:00-02:00", kNov20_2300) == "open-until 02:00");
    CHECK(statusAt("Fr 22:00-02:00", kNov21_0100) == "open-until 02:00");
    CHECK(statusAt("Sa 10:00+", kNov21_1100) == "open-now");
    CHECK(statusAt("24/7", kNov18_1800) == "always-open");
    CHECK(statusAt("\"nach Vereinbarung\"", kNov18_1000) == "by-appointment nach Vereinbarung");
    CHECK(statusAt("Mo 10:00-12:00 || \"nach Vereinbarung\"", kNov18_1000) == "by-appointment nach Vereinbarung");
    CHECK(statusAt("", kNov18_1000) == "unknown");
    CHECK(statusAt("Mo-Fr 9-17 uhr kaputt", kNov18_1000) == "unknown");
    CHECK(statusAt("Jan 01 10:00-12:00", kNov18_1000) == "closed");  // nothing in the coming week
}

TEST_CASE("closed today because of a public holiday of the pack's state") {
    // Wednesday 18 November 2026 is Buß- und Bettag, a holiday in Saxony only.
    CHECK(statusAt("Mo-Fr 09:00-17:00; PH off", kNov18_1000, "DE-SN") == "closed-holiday");
    CHECK(statusAt("Mo-Fr 09:00-17:00; PH off", kNov18_1000, "DE-BE") == "open-until 17:00");
    // Holiday hours of their own are an opening like any other.
    CHECK(statusAt("Mo-Fr 09:00-17:00; PH 14:00-16:00", kNov18_1000, "DE-SN") == "opens-today 14:00");
}

TEST_CASE("open now keeps exactly the rows whose status is open") {
    ScratchDir dir("opening-status-filter");
    std::string error;
    REQUIRE(buildDatabase(sampleContent(), sampleOccurrences(), dir.path() / "content.db", &error));
    auto store = ContentStore::openFile(dir.path() / "content.db", &error);
    REQUIRE(store);
    OrganisationFilter filter;
    filter.nowUtc = kNov21_1100;
    std::vector<std::string> all;
    for (const auto& row : store->organisations("de", filter)) all.push_back(row.id + " " + describeOpeningStatus(row.status));
    CHECK(all == std::vector<std::string>{"aerztehaus unknown", "migranten-beratung opens-on Mon 09:00",
                                          "nachbarschaft open-until 14:00"});
    filter.openNow = true;
    auto open = store->organisations("de", filter);
    REQUIRE(open.size() == 1);
    CHECK(open.front().id == "nachbarschaft");
}

TEST_CASE("the week of an organisation, Monday first, with the holiday applied") {
    ScratchDir dir("opening-week");
    Content content = sampleContent();
    content.pack.holidays = "DE-SN";
    content.organisations.front().openingHours = "Mo-Fr 09:00-17:00; PH off";
    std::string error;
    REQUIRE(buildDatabase(content, sampleOccurrences(), dir.path() / "content.db", &error));
    auto store = ContentStore::openFile(dir.path() / "content.db", &error);
    REQUIRE(store);
    auto week = store->openingWeek("migranten-beratung", kNov18_1000);
    REQUIRE(week.size() == 7);
    CHECK(week[0].date.day == 16);
    CHECK(week[0].date.weekday == 0);
    CHECK(week[0].spans == std::vector<std::pair<int, int>>{{540, 1020}});
    CHECK(week[2].spans.empty());  // Buß- und Bettag
    CHECK(week[5].spans.empty());
    CHECK(store->openingWeek("aerztehaus", kNov18_1000).empty());
    CHECK(store->openingWeek("no-such-id", kNov18_1000).empty());
}
