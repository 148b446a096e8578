// The content database: what buildDatabase writes is what ContentStore reads
// back, in the visitor's language with the right fallback, filtered and
// ordered as the screens need; checkDatabase refuses damaged files.
#include <doctest/doctest.h>

#include <functional>
#include <sqlite3.h>

#include <algorithm>
#include <fstream>

#include "content/core/data_dir.h"
#include "content/core/time_zone.h"
#include "content/db/content_store.h"
#include "content/db/database_builder.h"
#include "content/db/store_queries.h"
#include "tests/support/db_fixture.h"

using namespace content;
using namespace db_fixture;

namespace {

std::vector<std::string> ids(const std::vector<OrganisationSummary>& list) {
    std::vector<std::string> out;
    for (const auto& o : list) out.push_back(o.id);
    return out;
}

std::vector<std::string> seriesOf(const std::vector<EventSummary>& list) {
    std::vector<std::string> out;
    for (const auto& e : list) out.push_back(e.occurrence.seriesUid);
    return out;
}

struct BuiltStore {
    ScratchDir dir;
    std::filesystem::path dbFile;
    std::unique_ptr<ContentStore> store;

    // `change` adjusts the sample content before it is built.
    explicit BuiltStore(const std::string& name, const std::function<void(Content&)>& change = {})
        : dir(name), dbFile(dir.path() / "content.db") {
        std::string error;
        Content content = sampleContent();
        if (change) change(content);
        REQUIRE_MESSAGE(buildDatabase(content, sampleOccurrences(), dbFile, &error), error);
        store = ContentStore::openFile(dbFile, &error);
        REQUIRE_MESSAGE(store, error);
    }
};

void runSql(const std::filesystem::path& file, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    char* message = nullptr;
    const int result = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(result == SQLITE_OK);
}

}  // namespace

TEST_CASE("pack info and counts survive the round trip") {
    BuiltStore built("db-pack");
    const PackInfo& pack = built.store->pack();
    CHECK(pack.id == "test-pack");
    CHECK(pack.sequence == 20261121053000u);
    CHECK(pack.createdAt == "2026-11-21T05:30:00Z");
    CHECK(pack.timeZone == "Europe/Berlin");
    CHECK(pack.title.resolve("en") == "Test content");
    REQUIRE(pack.topics.count("counselling") == 1);
    CHECK(pack.topics.at("counselling").resolve("ar") == "استشارة");
    CHECK(built.store->organisationCount() == 3);
    CHECK(built.store->eventSeriesCount() == 4);
    CHECK(built.store->guideCount() == 3);
    CHECK(built.store->imagePath("a.png") == built.dir.path() / "images" / "a.png");
}

TEST_CASE("organisations come sorted by their name in the visitor's language, with fallback") {
    BuiltStore built("db-organisations");
    const auto german = built.store->organisations("de");
    // "Ärztehaus" sorts as "arztehaus", before "Beratungsstelle".
    CHECK(ids(german) == std::vector<std::string>{"aerztehaus", "migranten-beratung", "nachbarschaft"});
    CHECK(german[1].name == "Beratungsstelle für Flüchtlinge");
    CHECK(german[1].nameLang == "de");
    // Only Easy German has a summary: German readers get it, and are told so.
    CHECK(german[2].summary == "Hier treffen sich Nachbarn.");
    CHECK(german[2].summaryLang == "de-x-easy");
    CHECK(german[1].languages == std::vector<std::string>{"de", "ar", "fa"});
    CHECK(german[0].categories == std::vector<std::string>{"counselling", "volunteering"});
    CHECK(german[1].district == "Grünau");
    CHECK(german[1].openingHours == "Mo-Fr 09:00-17:00");
    CHECK(german[1].image == "beratung.png");

    const auto english = built.store->organisations("en");
    CHECK(ids(english) == std::vector<std::string>{"aerztehaus", "migranten-beratung", "nachbarschaft"});
    CHECK(english[1].name == "Counselling for refugees");
    CHECK(english[1].nameLang == "en");
    CHECK(english[0].name == "Ärztehaus Zentrum");
    CHECK(english[0].nameLang == "de");

    const auto arabic = built.store->organisations("ar");
    auto found = std::find_if(arabic.begin(), arabic.end(), [](auto& o) { return o.id == "migranten-beratung"; });
    REQUIRE(found != arabic.end());
    CHECK(found->name == "مَرْكَزُ الاِسْتِشَارَة");
    CHECK(found->nameLang == "ar");
    CHECK(found->summaryLang == "de");  // no Arabic summary: German

    // Russian: the Russian name, and it sorts by that name.
    const auto russian = built.store->organisations("ru");
    CHECK(russian.back().id == "aerztehaus");
    CHECK(russian.back().name == "Медицинский центр");

    // A language the content has never heard of behaves like German's fallback.
    const auto french = built.store->organisations("fr");
    CHECK(ids(french) == ids(german));
    CHECK(french[2].summaryLang == "de-x-easy");
}

TEST_CASE("organisation filters: topic, spoken language, district, open now") {
    BuiltStore built("db-filters");
    ContentStore& store = *built.store;
    OrganisationFilter filter;
    filter.topic = "counselling";
    CHECK(ids(store.organisations("de", filter)) == std::vector<std::string>{"aerztehaus", "migranten-beratung"});
    filter = {};
    filter.language = "tr";
    CHECK(ids(store.organisations("de", filter)) == std::vector<std::string>{"nachbarschaft"});
    filter = {};
    filter.district = "Grünau";
    CHECK(ids(store.organisations("de", filter)) == std::vector<std::string>{"aerztehaus", "migranten-beratung"});
    filter.topic = "volunteering";
    CHECK(ids(store.organisations("de", filter)) == std::vector<std::string>{"aerztehaus"});
    filter = {};
    filter.topic = "no-such-topic";
    CHECK(store.organisations("de", filter).empty());

    filter = {};
    filter.openNow = true;
    filter.nowUtc = kNov18_1000;  // Wednesday 10:00 in Berlin
    CHECK(ids(store.organisations("de", filter)) == std::vector<std::string>{"migranten-beratung"});
    filter.nowUtc = kNov21_1100;  // Saturday 11:00
    CHECK(ids(store.organisations("de", filter)) == std::vector<std::string>{"nachbarschaft"});
    filter.nowUtc = kNov18_1800;  // Wednesday 18:00: everything closed
    CHECK(store.organisations("de", filter).empty());
    filter.nowUtc = kNov18_1000;
    filter.language = "tr";
    CHECK(store.organisations("de", filter).empty());
}

TEST_CASE("open now uses the public and school holidays of the pack's state") {
    // Wednesday 18 November 2026 is Buß- und Bettag, a holiday in Saxony only.
    auto openAtTen = [](const char* holidays, std::vector<std::string> schoolHolidays, const char* hours) {
        BuiltStore built(std::string("db-holidays-") + holidays, [&](Content& content) {
            content.pack.holidays = holidays;
            content.pack.schoolHolidays = schoolHolidays;
            for (auto& o : content.organisations)
                if (o.id == "migranten-beratung") o.openingHours = hours;
        });
        CHECK(built.store->pack().holidays == holidays);
        CHECK(built.store->pack().schoolHolidays == schoolHolidays);
        OrganisationFilter filter;
        filter.openNow = true;
        filter.nowUtc = kNov18_1000;
        return ids(built.store->organisations("de", filter));
    };
    CHECK(openAtTen("DE-SN", {}, "Mo-Fr 09:00-17:00; PH off").empty());
    CHECK(openAtTen("DE-BE", {}, "Mo-Fr 09:00-17:00; PH off") == std::vector<std::string>{"migranten-beratung"});
    CHECK(openAtTen("DE-BE", {"2026-11-16/2026-11-20"}, "Mo-Fr 09:00-17:00; SH off").empty());
    CHECK(openAtTen("DE-BE", {"2026-11-23/2026-11-27"}, "Mo-Fr 09:00-17:00; SH off") == std::vector<std::string>{"migranten-beratung"});
}

TEST_CASE("one organisation in full") {
    BuiltStore built("db-organisation");
    auto o = built.store->organisation("migranten-beratung");
    REQUIRE(o);
    const Organisation expected = sampleContent().organisations[0];
    CHECK(o->name.values == expected.name.values);
    CHECK(o->summary.values == expected.summary.values);
    CHECK(o->description.values == expected.description.values);
    CHECK(o->categories == expected.categories);
    CHECK(o->languages == expected.languages);
    CHECK(o->address == "Große Straße 1");
    CHECK(o->postcode == "04209");
    CHECK(o->city == "Leipzig");
    CHECK(o->phone == expected.phone);
    CHECK(o->email == expected.email);
    CHECK(o->website == expected.website);
    CHECK(o->openingHours == expected.openingHours);
    CHECK(o->image == "beratung.png");
    CHECK_FALSE(built.store->organisation("nobody"));
}

TEST_CASE("events in a window, per organisation, and a series' next occurrences") {
    BuiltStore built("db-events");
    ContentStore& store = *built.store;
    // From Wednesday 16:30: the counselling hour (16:00-18:00) is still running.
    const auto week = store.events("de", kNov18_1630, kNov25_0000);
    CHECK(seriesOf(week) == std::vector<std::string>{"s-weekly", "s-allday", "s-single"});
    REQUIRE(week.size() == 3);
    CHECK(week[0].occurrence.startUtc == kNov18_1600);
    CHECK(week[0].occurrence.endUtc == kNov18_1600 + 2 * kHour);
    CHECK(week[0].title == "Offene Sprechstunde");
    CHECK(week[0].titleLang == "de");
    CHECK(week[0].organisationId == "migranten-beratung");
    CHECK(week[0].organisationName == "Beratungsstelle für Flüchtlinge");
    CHECK(week[0].location == "Raum 2");
    CHECK(week[0].locationLang == "de");
    // The place is German only: an Arabic visitor reads it in German, and the kiosk knows to say so.
    const auto arabicWeek = store.events("ar", kNov18_1630, kNov25_0000);
    REQUIRE(arabicWeek.size() == 3);
    CHECK(arabicWeek[0].location == "Raum 2");
    CHECK(arabicWeek[0].locationLang == "de");
    CHECK(arabicWeek[1].location.empty());
    CHECK(week[0].organisationNameLang == "de");
    CHECK(arabicWeek[0].organisationNameLang == "ar");  // the organiser has an Arabic name
    CHECK(week[0].rrule == "FREQ=WEEKLY;BYDAY=WE");
    CHECK(week[0].seriesStart == "2026-11-11T16:00:00");
    CHECK(week[1].occurrence.allDay);
    CHECK(week[1].rrule.empty());
    CHECK(week[2].title == "Neighbourhood breakfast");
    CHECK(week[2].titleLang == "en");
    CHECK(week[2].organisationName == "Nachbarschaftszentrum Spandau");

    // In Arabic: the Arabic title and the organisation's Arabic name.
    const auto arabic = store.events("ar", kNov18_1630, kNov25_0000, {}, 1);
    REQUIRE(arabic.size() == 1);
    CHECK(arabic[0].title == "ساعة استشارة مفتوحة");
    CHECK(arabic[0].organisationName == "مَرْكَزُ الاِسْتِشَارَة");

    // Ended at 18:00: not in a window starting then; the window end is exclusive.
    CHECK(seriesOf(store.events("de", kNov18_1800, kNov20_0900)) == std::vector<std::string>{"s-allday"});

    const auto ofOrganisation = store.events("de", kNov01, kJan01, "migranten-beratung");
    CHECK(ofOrganisation.size() == 4);
    CHECK(store.events("de", kNov01, kJan01, "migranten-beratung", 2).size() == 2);
    CHECK(store.events("de", kNov01, kJan01, "nobody").empty());

    // An event whose organisation is missing still lists, with no organiser name.
    const auto all = store.events("de", kNov01, kJan01);
    CHECK(all.size() == 7);
    CHECK(all.back().occurrence.seriesUid == "s-orphan");
    CHECK(all.back().organisationName.empty());

    const auto next = store.occurrences("s-weekly", kNov18_1800, 10);
    REQUIRE(next.size() == 2);
    CHECK(next[0].startUtc == kNov25_1600);
    CHECK(next[1].startUtc == kDec02_1600);
    CHECK(next[0].seriesUid == "s-weekly");
    CHECK(store.occurrences("s-weekly", kNov01, 1).size() == 1);
}

TEST_CASE("an event series in full") {
    BuiltStore built("db-series");
    auto series = built.store->eventSeries("s-weekly");
    REQUIRE(series);
    const EventSeries expected = sampleContent().events[0];
    CHECK(series->organisationId == expected.organisationId);
    CHECK(series->title.values == expected.title.values);
    CHECK(series->description.values == expected.description.values);
    CHECK(series->location.values == expected.location.values);
    CHECK(series->start == expected.start);
    CHECK(series->end == expected.end);
    CHECK(series->rrule == expected.rrule);
    CHECK(series->exdates == expected.exdates);
    CHECK(series->rdates.empty());
    CHECK_FALSE(series->allDay);
    CHECK(built.store->eventSeries("s-allday")->allDay);
    CHECK_FALSE(built.store->eventSeries("nope"));
}

TEST_CASE("guides in their order, then by title, and in full") {
    BuiltStore built("db-guides");
    const auto list = built.store->guides("de");
    REQUIRE(list.size() == 3);
    CHECK(list[0].id == "ehrenamt");  // order 1, "Ehrenamt" before "Was ist"
    CHECK(list[1].id == "verein");
    CHECK(list[2].id == "mikroprojekt");
    CHECK(list[1].title == "Was ist ein Verein?");
    CHECK(list[1].languages == std::vector<std::string>{"ar", "de", "en"});
    CHECK(list[1].picture == "verein.png");
    CHECK(list[1].topic == "volunteering");
    CHECK(list[1].order == 1);

    const auto easy = built.store->guides("de-x-easy");
    CHECK(easy[2].title == "Ein kleines Projekt starten");
    CHECK(easy[2].titleLang == "de-x-easy");
    CHECK(easy[1].titleLang == "de");

    const auto farsi = built.store->guides("fa");
    CHECK(farsi[1].title == "Was ist ein Verein?");
    CHECK(farsi[1].titleLang == "de");

    auto guide = built.store->guide("verein");
    REQUIRE(guide);
    const Guide expected = sampleContent().guides[0];
    CHECK(guide->order == 1);
    CHECK(guide->link == expected.link);
    REQUIRE(guide->texts.size() == 3);
    const GuideText& german = guide->texts.at("de");
    CHECK(german.title == "Was ist ein Verein?");
    REQUIRE(german.blocks.size() == 4);
    CHECK(german.blocks[0].kind == GuideBlock::Kind::Heading);
    CHECK(german.blocks[1].lines == std::vector<std::string>{"Ein Verein ist eine Gruppe.", "Die Gruppe hat ein Ziel."});
    CHECK(german.blocks[2].kind == GuideBlock::Kind::ListItem);
    CHECK(german.blocks[3].kind == GuideBlock::Kind::Image);
    CHECK(german.blocks[3].image == "gruppe.png");
    CHECK(german.blocks[3].alt == "Eine Gruppe");
    CHECK_FALSE(built.store->guide("none"));
}

TEST_CASE("filter choices and code points") {
    BuiltStore built("db-choices");
    CHECK(built.store->topics() == std::vector<std::string>{"counselling", "volunteering"});
    CHECK(built.store->districts() == std::vector<std::string>{"Grünau", "Spandau"});
    CHECK(built.store->spokenLanguages() == std::vector<std::string>{"ar", "de", "fa", "ru", "tr", "uk"});

    const std::vector<uint32_t> codepoints = built.store->codepoints();
    CHECK(std::is_sorted(codepoints.begin(), codepoints.end()));
    CHECK(std::adjacent_find(codepoints.begin(), codepoints.end()) == codepoints.end());
    const auto has = [&](uint32_t cp) { return std::binary_search(codepoints.begin(), codepoints.end(), cp); };
    CHECK(has(U'Ä'));
    CHECK(has(U'ß'));
    CHECK(has(U'–'));       // guide title dash
    CHECK(has(0x0645));     // Arabic meem
    CHECK(has(0x064E));     // fatha: vowel marks are drawn too
    CHECK(has(U'М'));       // Cyrillic capital em
    CHECK(has(U'?'));
    CHECK_FALSE(has(U'\n'));  // description line break is not a glyph
    CHECK_FALSE(has(U'Ж'));
}

TEST_CASE("opening the live content of a data directory") {
    ScratchDir dir("db-live");
    const auto version = dir.path() / "versions" / "test-pack-1";
    std::filesystem::create_directories(version);
    std::string error;
    REQUIRE(buildDatabase(sampleContent(), sampleOccurrences(), version / data_dir::kDatabaseFile, &error));
    CHECK_FALSE(ContentStore::open(dir.path(), &error));
    CHECK_FALSE(error.empty());
    std::filesystem::create_directory_symlink(std::filesystem::path("versions") / "test-pack-1",
                                              data_dir::live(dir.path()));
    auto store = ContentStore::open(dir.path(), &error);
    REQUIRE_MESSAGE(store, error);
    CHECK(store->organisationCount() == 3);
    // Images resolve inside the version itself, not through the `live` link.
    CHECK(store->imagePath("x.png") == std::filesystem::canonical(version) / "images" / "x.png");
}

TEST_CASE("building refuses what it cannot store") {
    ScratchDir dir("db-refuse");
    std::string error;
    auto occurrences = sampleOccurrences();
    occurrences.push_back({"no-such-series", 0, 10, false});
    CHECK_FALSE(buildDatabase(sampleContent(), occurrences, dir.path() / "a.db", &error));
    CHECK(error.find("no-such-series") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "a.db"));

    Content duplicate = sampleContent();
    duplicate.organisations.push_back(duplicate.organisations[0]);
    error.clear();
    CHECK_FALSE(buildDatabase(duplicate, sampleOccurrences(), dir.path() / "b.db", &error));
    CHECK(error.find("migranten-beratung") != std::string::npos);
}

TEST_CASE("a rebuilt file replaces the old one and an empty content is fine") {
    ScratchDir dir("db-rebuild");
    const auto file = dir.path() / "content.db";
    std::string error;
    REQUIRE(buildDatabase(sampleContent(), sampleOccurrences(), file, &error));
    Content empty;
    empty.pack.id = "empty";
    REQUIRE_MESSAGE(buildDatabase(empty, {}, file, &error), error);
    CHECK_MESSAGE(checkDatabase(file, &error), error);
    auto store = ContentStore::openFile(file, &error);
    REQUIRE(store);
    CHECK(store->pack().id == "empty");
    CHECK(store->organisations("de").empty());
    CHECK(store->events("de", 0, INT64_MAX).empty());
    CHECK(store->search("beratung", "de").empty());
    CHECK(store->codepoints().empty());
}

TEST_CASE("checkDatabase accepts a good file and refuses damaged ones") {
    ScratchDir dir("db-check");
    const auto good = dir.path() / "good.db";
    std::string error;
    REQUIRE(buildDatabase(sampleContent(), sampleOccurrences(), good, &error));
    CHECK_MESSAGE(checkDatabase(good, &error), error);
    // The check leaves the file as it was: no journal behind, still valid.
    CHECK_FALSE(std::filesystem::exists(dir.path() / "good.db-journal"));

    const auto size = std::filesystem::file_size(good);

    SUBCASE("truncated") {
        const auto truncated = dir.path() / "truncated.db";
        std::filesystem::copy_file(good, truncated);
        std::filesystem::resize_file(truncated, size / 2);
        error.clear();
        CHECK_FALSE(checkDatabase(truncated, &error));
        CHECK_FALSE(error.empty());
    }
    SUBCASE("bytes overwritten in the middle") {
        const auto corrupted = dir.path() / "corrupted.db";
        std::filesystem::copy_file(good, corrupted);
        {
            // Whole pages of noise (the header page stays, so it still opens as a database).
            std::fstream file(corrupted, std::ios::in | std::ios::out | std::ios::binary);
            std::string noise(4096, '\0');
            uint32_t state = 12345;
            for (char& c : noise) c = static_cast<char>((state = state * 1103515245u + 12345u) >> 24);
            for (std::streamoff offset = 4096; offset + 4096 <= static_cast<std::streamoff>(size); offset += 3 * 4096) {
                file.seekp(offset);
                file.write(noise.data(), static_cast<std::streamsize>(noise.size()));
            }
        }
        error.clear();
        CHECK_FALSE(checkDatabase(corrupted, &error));
        CHECK_FALSE(error.empty());
    }
    SUBCASE("a row missing that meta counts") {
        const auto edited = dir.path() / "edited.db";
        std::filesystem::copy_file(good, edited);
        runSql(edited, "DELETE FROM occurrences WHERE rowid = 1");
        error.clear();
        CHECK_FALSE(checkDatabase(edited, &error));
        CHECK(error.find("occurrences") != std::string::npos);
    }
    SUBCASE("another schema version") {
        const auto old = dir.path() / "old.db";
        std::filesystem::copy_file(good, old);
        runSql(old, "UPDATE meta SET value = '0' WHERE key = 'schema_version'");
        CHECK_FALSE(checkDatabase(old, &error));
        CHECK(error.find("schema version") != std::string::npos);
        CHECK_FALSE(ContentStore::openFile(old, &error));
    }
    SUBCASE("not a database at all, or empty") {
        const auto text = dir.path() / "text.db";
        std::ofstream(text) << "this is not a database";
        CHECK_FALSE(checkDatabase(text, &error));
        const auto empty = dir.path() / "empty.db";
        std::ofstream{empty};
        CHECK_FALSE(checkDatabase(empty, &error));
        CHECK_FALSE(checkDatabase(dir.path() / "missing.db", &error));
        CHECK_FALSE(ContentStore::openFile(text, &error));
        CHECK_FALSE(ContentStore::openFile(dir.path() / "missing.db", &error));
    }
}

TEST_CASE("every query the store runs goes through an index") {
    BuiltStore built("db-plans");
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(built.dbFile.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    for (const auto& [name, sql] : db::queries::all()) {
        CAPTURE(name);
        sqlite3_stmt* plan = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &plan, nullptr) == SQLITE_OK);
        std::string steps;
        while (sqlite3_step(plan) == SQLITE_ROW)
            steps += std::string(reinterpret_cast<const char*>(sqlite3_column_text(plan, 3))) + "; ";
        sqlite3_finalize(plan);
        CAPTURE(steps);
        CHECK_FALSE(steps.empty());
        CHECK(steps.find("TEMP B-TREE") == std::string::npos);  // no sorting outside an index
        // A full scan is fine only for the search index itself and for the
        // three filter-choice lists, which the store reads once and keeps.
        const bool choiceList = name == "topics" || name == "districts" || name == "spoken languages";
        size_t at = 0;
        while ((at = steps.find("SCAN ", at)) != std::string::npos) {
            const bool searchIndex = steps.compare(at, 12, "SCAN search ") == 0;
            CHECK_MESSAGE((searchIndex || choiceList), "full scan: " << steps);
            at += 5;
        }
    }
    sqlite3_close(db);
}

TEST_CASE("freshness: a kiosk left on one pack says when its dates have run out") {
    // The fixture's last occurrence is the orphan on Dec 25, 10:00-12:00.
    const int64_t lastEnd = kJan01 - 7 * 24 * kHour + 12 * kHour;
    BuiltStore built("db-freshness");
    ContentFreshness now = built.store->freshness(kNov18_1000);
    CHECK_FALSE(now.outOfDate());
    CHECK(now.reasonCode() == "");
    CHECK(now.lastEventEndUtc == lastEnd);
    CHECK_FALSE(built.store->freshness(lastEnd - 1).noUpcomingEvents);
    ContentFreshness after = built.store->freshness(lastEnd);
    CHECK(after.noUpcomingEvents);
    CHECK_FALSE(after.expired);
    CHECK(after.reasonCode() == "no-upcoming-events");
    // Three years later nothing is listed and the reason stays the same.
    CHECK(built.store->freshness(kNov18_1000 + 3 * 365 * 24 * kHour).reasonCode() == "no-upcoming-events");
    CHECK(built.store->events("de", kNov18_1000 + 3 * 365 * 24 * kHour, kJan01 + 4 * 365 * 24 * kHour).empty());
}

TEST_CASE("freshness: after valid_until no event is listed, found or counted as ahead") {
    ScratchDir dir("db-valid-until");
    Content content = sampleContent();
    content.pack.validUntil = "2026-11-24";  // through that day, Berlin time
    std::string error;
    REQUIRE_MESSAGE(buildDatabase(content, sampleOccurrences(), dir.path() / "c.db", &error), error);
    auto store = ContentStore::openFile(dir.path() / "c.db", &error);
    REQUIRE_MESSAGE(store, error);

    CHECK_FALSE(store->freshness(kNov18_1000).expired);
    CHECK_FALSE(store->freshness(kNov25_0000 - 1).expired);
    ContentFreshness expired = store->freshness(kNov25_0000);
    CHECK(expired.expired);
    CHECK(expired.reasonCode() == "expired");

    // Listed up to the end of Nov 24: the weekly Nov 25 and Dec 2 are not.
    CHECK(seriesOf(store->events("de", kNov18_1000, kJan01)) ==
          std::vector<std::string>{"s-weekly", "s-allday", "s-single"});
    CHECK(store->events("de", kNov25_0000, kJan01).empty());
    CHECK(store->occurrences("s-weekly", kNov18_1000, 10).size() == 1);
    CHECK(store->occurrences("s-weekly", kNov25_0000, 10).empty());
    CHECK_FALSE(store->search("Sprechstunde", "de", 20, kNov18_1000).empty());
    CHECK(store->search("Sprechstunde", "de", 20, kNov25_0000).empty());
}

TEST_CASE("validUntilInstant: a date means through that day, in the pack's zone") {
    CHECK(validUntilInstant("2026-11-24", "Europe/Berlin") == kNov25_0000);
    CHECK(validUntilInstant("2026-11-24T23:00:00Z", "Europe/Berlin") == kNov25_0000);
    // The day the clocks go back has 25 hours.
    CHECK(validUntilInstant("2026-10-25", "Europe/Berlin") == *parseIsoToUtc("2026-10-26T00:00:00+01:00", "UTC"));
    CHECK_FALSE(validUntilInstant("bald", "Europe/Berlin"));
}
