// Screens that use their space and say what a visitor needs: the opening
// status and district in every organisation row, an empty "open now" list
// that offers one large "show all", a keyboard that can be put away (and
// brought back by tapping the field), and home with one search field.
#include "tests/support/kiosk_support.h"

#include <set>

#include "content/db/content_store.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/text/text.h"

using namespace kiosk_test;

namespace {

std::string t(const std::string& lang, const char* key) { return kiosk::i18n::translate(lang, key); }

// Monday 23 November 2026, 20:00 in Berlin: every demo organisation is closed.
constexpr const char* kEvening = "2026-11-23T20:00:00+01:00";

// The texts drawn on one screen ("organisations/de/landscape" and the like).
std::set<std::string> drawnTexts(const fs::path& dump, const std::string& screen) {
    std::set<std::string> texts;
    for (const auto& record : kiosk::text::readRecorded(dump))
        if (record.context.rfind(screen + "/", 0) == 0) texts.insert(record.text);
    return texts;
}

}  // namespace

TEST_CASE("in the evening the rows say when each organisation opens, and an empty open-now list offers to show all") {
    std::string error;
    auto store = content::ContentStore::open(demoData(), &error);
    REQUIRE_MESSAGE(store, error);
    auto organisations = store->organisations("de");
    REQUIRE(organisations.size() >= 2);
    for (std::string lang : {"de", "ar", "de-x-easy"}) {
        CAPTURE(lang);
        fs::path dump = tempDir("dumps") / ("evening-" + lang + ".json");
        auto rows = store->organisations(lang);
        const std::string script = "tap-label " + t(lang, "home.organisations") + "\n"
                                   "assert-screen organisations\n"
                                   "tap-label " + t(lang, "filter.open_now") + "\n"
                                   "tap-label " + t(lang, "organisations.show_all") + "\n"
                                   "tap-label " + rows.front().name + "\n"
                                   "assert-screen organisation\n";
        auto result = runReplay("evening-" + lang, script, lang, "1920x1080",
                                {"--now", kEvening, "--dump-text", dump.string()});
        REQUIRE_MESSAGE(result.status == 0, result.errors);
        auto texts = drawnTexts(dump, "organisations");
        CHECK(texts.count(t(lang, "organisations.none_open")) == 1);
        // Not one "closed": each row says when it opens next, and where it is.
        CHECK(texts.count(t(lang, "status.closed")) == 0);
        size_t opensLater = 0;
        const std::string tomorrow = t(lang, "status.opens_tomorrow").substr(0, 6);
        for (const auto& text : texts) opensLater += text.rfind(tomorrow, 0) == 0;
        CHECK(opensLater >= 1);
        for (const auto& row : rows)
            if (!row.district.empty()) CHECK(texts.count(row.district) >= 1);
    }
}

TEST_CASE("the keyboard has a key that puts it away; tapping the search field brings it back") {
    const std::string lang = "de";
    const std::string script = "tap-label " + t(lang, "home.search") + "\n"
                               "assert-screen search\n"
                               "type bera\n"
                               "tap-label " + t(lang, "keyboard.hide") + "\n"
                               // Hidden: only the button that brings it back, and the field.
                               "tap-label " + t(lang, "keyboard.show") + "\n"
                               "tap-label " + t(lang, "keyboard.hide") + "\n"
                               "tap-label " + t(lang, "search.placeholder") + "\n"
                               "type t\n"
                               "tap-label " + t(lang, "keyboard.hide") + "\n"
                               "assert-screen search\n";
    for (std::string size : {"1920x1080", "1080x1920"}) {
        CAPTURE(size);
        auto result = runReplay("keyboard-hide-" + size, script, lang, size);
        CHECK_MESSAGE(result.status == 0, result.errors);
    }
    // While the keyboard is away its keys cannot be typed on.
    auto hidden = runReplay("keyboard-hidden-keys", "tap-label " + t(lang, "home.search") + "\ntap-label " +
                                                        t(lang, "keyboard.hide") + "\ntype a\n",
                            lang);
    CHECK(hidden.status != 0);
    CHECK(hidden.errors.find("no visible target labelled") != std::string::npos);
}

TEST_CASE("home has one search: the large field, and no search button in the top bar") {
    fs::path targets = tempDir("dumps") / "home-targets.json";
    auto result = runReplay("home-search-once", "assert-screen home\n", "de", "1920x1080",
                            {"--dump-targets", targets.string()});
    REQUIRE_MESSAGE(result.status == 0, result.errors);
    std::multiset<std::string> labels;
    const auto dump = readJson(targets);
    for (const auto& target : dump["targets"]) labels.insert(target["label"].get<std::string>());
    CHECK(labels.count(t("de", "home.search")) == 1);
    CHECK(labels.count(t("de", "search.title")) == 0);
    CHECK(labels.count(t("de", "settings.text_size")) == 1);
    CHECK(labels.count(t("de", "settings.high_contrast")) == 1);
}
