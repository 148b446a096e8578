// The bundled demo content is what every newcomer sees first: it must read
// without a single diagnostic and carry what the content-pipeline issue asks
// of it (five organisations, eight languages, recurring events, guides).
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "content/core/recurrence.h"
#include "content/core/time_zone.h"
#include "content/parse/source_folder.h"

namespace {
const content::SourceReadResult& demo() {
    static const content::SourceReadResult result =
        content::readSourceFolder(std::filesystem::path(KIOSK_SOURCE_DIR) / "content/demo");
    return result;
}
}  // namespace

TEST_CASE("the demo folder has no errors and no warnings") {
    std::string all;
    for (const auto& d : demo().diagnostics) all += content::formatDiagnostic(d) + "\n";
    INFO(all);
    CHECK(demo().errorCount() == 0);
    CHECK(demo().warningCount() == 0);
}

TEST_CASE("the demo names every organisation and guide in all eight languages") {
    const auto& c = demo().content;
    CHECK(c.organisations.size() == 5);
    CHECK(c.guides.size() >= 5);
    for (const auto& lang : content::supportedLanguages()) {
        CAPTURE(lang);
        for (const auto& org : c.organisations) {
            CAPTURE(org.id);
            CHECK(org.name.has(lang));
            CHECK(org.summary.has(lang));
        }
        for (const auto& guide : c.guides) {
            CAPTURE(guide.id);
            CHECK(guide.texts.count(lang) == 1);
        }
    }
    for (const auto& org : c.organisations) {
        for (const char* lang : {"de", "de-x-easy", "en"}) CHECK(org.description.has(lang));
    }
}

TEST_CASE("every demo event has its title, description and place in all eight languages") {
    const auto& c = demo().content;
    REQUIRE(c.events.size() == 15);
    for (const auto& lang : content::supportedLanguages()) {
        CAPTURE(lang);
        for (const auto& event : c.events) {
            CAPTURE(event.uid);
            CHECK(event.title.has(lang));
            CHECK(event.description.has(lang));
            CHECK(event.location.has(lang));
        }
    }
}

TEST_CASE("Spot on! counsels in Upper Sorbian, as its seed says") {
    const auto& organisations = demo().content.organisations;
    auto spotOn = std::find_if(organisations.begin(), organisations.end(), [](const auto& o) { return o.id == "spot-on-dresden"; });
    REQUIRE(spotOn != organisations.end());
    CHECK(spotOn->languages == std::vector<std::string>{"de", "en", "ru", "hsb"});
}

TEST_CASE("the demo never runs out of upcoming events") {
    const auto& c = demo().content;
    // Two years from now every organisation still has events in the next 60 days.
    auto inTwoYears = content::parseIsoToUtc("2028-11-21T08:00:00", c.pack.timeZone);
    REQUIRE(inTwoYears);
    std::set<std::string> organisersWithEvents;
    for (const auto& series : c.events) {
        auto next = content::expandOccurrences(series, c.pack.timeZone, *inTwoYears, *inTwoYears + 60 * 86400, 10);
        if (!next.empty()) organisersWithEvents.insert(series.organisationId);
    }
    CHECK(organisersWithEvents.size() == c.organisations.size());
}
