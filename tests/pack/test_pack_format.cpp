// The pack's building blocks on their own: content.json round trip and
// strictness, manifest strictness, entry-name rules, default sequence.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "content/pack/content_checks.h"
#include "content/pack/pack_builder.h"
#include "content/pack/zip_reader.h"
#include "tests/data/pack/pack_factory.h"

using namespace pack_test;

TEST_CASE("content.json round-trips every field of the model") {
    Content content = sampleContent(42, "round-trip", "x");
    content.pack.validUntil = "2027-12-31";
    content.pack.title.set("ar", "محتوى");
    content.events[0].exdates = {"2026-02-02T10:00:00"};
    content.events[0].rdates = {"2026-02-04T10:00:00", "2026-02-05T09:00:00/2026-02-05T12:00:00"};
    content.events[0].url = "https://example.org/e";
    content.events[0].timeZone = "America/New_York";
    content.events[0].extraRrules = {"FREQ=MONTHLY;BYDAY=1TH"};
    content.events[0].exrules = {"FREQ=WEEKLY;BYDAY=SA,SU"};
    EventSeries moved = content.events[0];
    moved.uid = "sprechstunde@test-override";
    moved.recurrenceOf = "sprechstunde@test";
    moved.rrule.clear();
    moved.allDay = true;
    moved.start = "2026-02-03";
    moved.end = "2026-02-04";
    content.events.push_back(moved);
    GuideBlock image;
    image.kind = GuideBlock::Kind::Image;
    image.image = "logo.png";
    image.alt = "Ein Logo";
    content.guides[0].texts["de"].blocks.push_back(image);
    content.guides[0].link = "https://example.org/g";

    std::string json = contentToJson(content);
    ContentJsonProblem problem;
    std::string detail;
    auto back = parseContentJson(json, {}, &problem, &detail);
    REQUIRE_MESSAGE(back, detail);
    CHECK(contentToJson(*back) == json);
    CHECK(back->pack.sequence == 42);
    CHECK(back->pack.title.resolve("ar") == "محتوى");
    CHECK(back->events[0].timeZone == "America/New_York");
    CHECK(back->events[0].extraRrules == std::vector<std::string>{"FREQ=MONTHLY;BYDAY=1TH"});
    CHECK(back->events[0].exrules == std::vector<std::string>{"FREQ=WEEKLY;BYDAY=SA,SU"});
    CHECK(back->events[0].rdates[1] == "2026-02-05T09:00:00/2026-02-05T12:00:00");
    CHECK(back->events[1].recurrenceOf == "sprechstunde@test");
    CHECK(back->events[1].allDay);
    CHECK(back->guides[0].texts["de"].blocks[1].kind == GuideBlock::Kind::Image);
    CHECK(checkContent(*back).ok());
}

TEST_CASE("content.json carries the pack's holidays only when set, and the checks refuse unknown ones") {
    Content content = sampleContent(7);
    std::string plain = contentToJson(content);
    CHECK(plain.find("holidays") == std::string::npos);  // packs without them stay as they were
    content.pack.holidays = "DE-SN";
    content.pack.schoolHolidays = {"2027-10-11/2027-10-23", "2027-05-07"};
    std::string json = contentToJson(content);
    ContentJsonProblem problem;
    std::string detail;
    auto back = parseContentJson(json, {}, &problem, &detail);
    REQUIRE_MESSAGE(back, detail);
    CHECK(back->pack.holidays == "DE-SN");
    CHECK(back->pack.schoolHolidays == content.pack.schoolHolidays);
    CHECK(checkContent(*back).ok());
    auto old = parseContentJson(plain, {}, &problem, &detail);
    REQUIRE_MESSAGE(old, detail);
    CHECK(old->pack.holidays == "DE");
    CHECK(old->pack.schoolHolidays.empty());

    back->pack.holidays = "DE-XX";
    CHECK(checkContent(*back).detail == "the holiday region 'DE-XX' is unknown");
    back->pack.holidays = "DE-BE";
    back->pack.schoolHolidays = {"Herbstferien"};
    CHECK(checkContent(*back).detail ==
          "school_holidays: 'Herbstferien' is not a school holiday; write the first and last day like "
          "\"2027-02-14/2027-02-26\", or one day like \"2027-05-07\"");
}

TEST_CASE("content.json reader is strict and names the place of a problem") {
    Content content = sampleContent(1);
    std::string json = contentToJson(content);
    ContentJsonProblem problem;
    std::string detail;
    SUBCASE("unknown field") {
        std::string edited = json;
        edited.replace(edited.find("\"district\""), 10, "\"distrikt\"");
        CHECK_FALSE(parseContentJson(edited, {}, &problem, &detail));
        CHECK(problem == ContentJsonProblem::Malformed);
        CHECK(detail.find("organisation 'haus'") != std::string::npos);
    }
    SUBCASE("packs written before time_zone, extra_rrules and exrules still read") {
        auto document = nlohmann::json::parse(json);
        for (auto& event : document.at("events"))
            for (const char* field : {"time_zone", "extra_rrules", "exrules"}) CHECK(event.erase(field) == 1);
        auto back = parseContentJson(document.dump(), {}, &problem, &detail);
        REQUIRE_MESSAGE(back, detail);
        CHECK(back->events[0].timeZone.empty());
    }
    SUBCASE("packs written before places were translated give the place as one text, in the pack's language") {
        auto document = nlohmann::json::parse(json);
        auto& event = document.at("events").at(0);
        CHECK(event.at("location").is_object());
        event["location"] = "Raum 2";
        auto back = parseContentJson(document.dump(), {}, &problem, &detail);
        REQUIRE_MESSAGE(back, detail);
        CHECK(back->events[0].location.values ==
              std::map<std::string, std::string>{{back->pack.defaultLanguage, "Raum 2"}});
        event["location"] = "";  // no place at all
        auto without = parseContentJson(document.dump(), {}, &problem, &detail);
        REQUIRE_MESSAGE(without, detail);
        CHECK(without->events[0].location.empty());
    }
    SUBCASE("an unknown time zone of an event is refused") {
        content.events[0].timeZone = "Mars/Olympus";
        CHECK(checkContent(content).detail.find("the time zone 'Mars/Olympus' is not known") != std::string::npos);
    }
    SUBCASE("count limit") {
        ContentLimits limits;
        limits.maxOrganisations = 1;
        CHECK_FALSE(parseContentJson(json, limits, &problem, &detail));
        CHECK(problem == ContentJsonProblem::TooLarge);
    }
    SUBCASE("bidi override in a language key") {
        content.organisations[0].name.set("de\u202E", "x");
        CHECK_FALSE(parseContentJson(contentToJson(content), {}, &problem, &detail));
        CHECK(problem == ContentJsonProblem::BadText);
    }
}

TEST_CASE("manifest: strict fields, known format only") {
    Manifest manifest = partsFor(sampleContent(7)).manifest;
    std::string json = manifestToJson(manifest);
    ManifestProblem problem;
    std::string detail;
    auto back = parseManifest(json, &problem, &detail);
    REQUIRE(back);
    CHECK(back->sequence == 7);
    CHECK(back->files.size() == 2);
    CHECK(manifestToJson(*back) == json);

    std::string negative = json;
    negative.replace(negative.find("\"sequence\": 7"), 13, "\"sequence\": -7");
    CHECK_FALSE(parseManifest(negative, &problem, &detail));
    CHECK(problem == ManifestProblem::Malformed);
    std::string badHash = json;
    badHash.replace(badHash.find("\"sha256\": \"") + 11, 4, "XYZW");
    CHECK_FALSE(parseManifest(badHash, &problem, &detail));
    std::string future = json;
    future.replace(future.find("\"format_version\": 1"), 19, "\"format_version\": 3");
    CHECK_FALSE(parseManifest(future, &problem, &detail));
    CHECK(problem == ManifestProblem::UnknownFormat);
}

TEST_CASE("entry names: only plain relative paths") {
    for (const char* good : {"content.json", "images/logo.png", "images/Straße 1.png"}) CHECK(isSafeEntryName(good));
    for (const char* bad : {"", "/etc/passwd", "../x", "images/../../x", "images//x", "./x", "images/", "a\\b", "C:x",
                            "images/\x01.png"})
        CHECK_MESSAGE(!isSafeEntryName(bad), bad);
}

TEST_CASE("the default sequence is the UTC build time") {
    CHECK(sequenceForTime(utc("2026-11-21T05:30:07Z")) == 20261121053007ull);
    CHECK(formatUtcIso(utc("2026-11-21T05:30:07Z")) == "2026-11-21T05:30:07Z");
}
