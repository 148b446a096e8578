// The content store read a page at a time, as the kiosk's lists read it:
// the organisation pages put end to end are the whole list in its order
// (with every filter, "open now" too), the guide pages likewise, and a
// search without snippets gives the same hits whose snippets searchSnippet
// then adds one by one.
#include <doctest/doctest.h>

#include "content/db/content_store.h"
#include "content/db/database_builder.h"
#include "tests/support/db_fixture.h"

using namespace content;
using namespace db_fixture;

namespace {

struct Store {
    ScratchDir dir{"store-pages"};
    std::unique_ptr<ContentStore> store;
    Store() {
        std::string error;
        const auto file = dir.path() / "content.db";
        REQUIRE_MESSAGE(buildDatabase(sampleContent(), sampleOccurrences(), file, &error), error);
        store = ContentStore::openFile(file, &error);
        REQUIRE_MESSAGE(store, error);
    }
};

std::vector<std::string> pagedIds(const ContentStore& store, const std::string& lang, const OrganisationFilter& filter,
                                  size_t pageSize, size_t& examined) {
    std::vector<std::string> ids;
    OrganisationCursor cursor;
    examined = 0;
    for (int pages = 0; pages < 10; ++pages) {
        auto page = store.organisationPage(lang, filter, cursor, pageSize);
        for (const auto& row : page.rows) ids.push_back(row.id);
        examined += page.examined;
        cursor = page.next;
        if (page.examined < pageSize) break;
    }
    return ids;
}

}  // namespace

TEST_CASE("organisation pages end to end are the whole list, in order, with every filter") {
    Store s;
    OrganisationFilter any;
    any.nowUtc = kNov18_1000;  // Wednesday 10:00: the counselling office is open, the others are not
    OrganisationFilter openNow = any;
    openNow.openNow = true;
    OrganisationFilter counselling = any;
    counselling.topic = "counselling";
    for (const char* lang : {"de", "en", "ar"}) {
        CAPTURE(lang);
        for (const auto* filter : {&any, &openNow, &counselling}) {
            std::vector<std::string> whole;
            for (const auto& row : s.store->organisations(lang, *filter)) whole.push_back(row.id);
            for (size_t pageSize : {1, 2, 5}) {
                size_t examined = 0;
                CHECK(pagedIds(*s.store, lang, *filter, pageSize, examined) == whole);
                // Every position of the list before "open now" is read once.
                CHECK(examined == s.store->organisationMatches(lang, *filter));
            }
        }
    }
    CHECK(s.store->organisationMatches("de", any) == 3);
    CHECK(s.store->organisationMatches("de", counselling) == 2);
    std::vector<std::string> open;
    for (const auto& row : s.store->organisations("de", openNow)) open.push_back(row.id);
    CHECK(open == std::vector<std::string>{"migranten-beratung"});
}

TEST_CASE("guide pages end to end are the whole list in guide order") {
    Store s;
    std::vector<std::string> whole, paged;
    for (const auto& guide : s.store->guides("de")) whole.push_back(guide.id);
    REQUIRE(whole.size() == 3);
    for (size_t offset = 0; offset < 5; offset += 2)
        for (const auto& guide : s.store->guides("de", offset, 2)) paged.push_back(guide.id);
    CHECK(paged == whole);
    CHECK(s.store->guides("de", 3, 2).empty());
}

TEST_CASE("a search without snippets has the same hits; searchSnippet gives each its snippet") {
    Store s;
    for (const char* query : {"Beratung", "Verein", "Hilfe"}) {
        CAPTURE(query);
        const auto full = s.store->search(query, "de", 20, kNov18_1000);
        const auto titles = s.store->search(query, "de", 20, kNov18_1000, SearchSnippets::Later);
        REQUIRE_FALSE(full.empty());
        REQUIRE(titles.size() == full.size());
        for (size_t i = 0; i < full.size(); ++i) {
            CHECK(titles[i].id == full[i].id);
            CHECK(titles[i].title == full[i].title);
            CHECK(titles[i].snippet.empty());
            CHECK(s.store->searchSnippet(titles[i], query, "de") == full[i].snippet);
        }
    }
}
