// A visitor's walks through every screen, replayed in-process on a null
// window: home -> organisations -> organisation -> back -> home, events ->
// event -> take it with you, guides -> guide, search by typing on the
// on-screen keyboard - in German, Arabic and Easy German, tapping the labels
// they see in that language. Arabic mirrors the layout; a failing replay line
// names itself.
#include "tests/support/kiosk_support.h"

#include "content/core/time_zone.h"
#include "content/db/content_store.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/widgets/keyboard.h"

using namespace kiosk_test;

namespace {

std::unique_ptr<content::ContentStore> openDemo() {
    std::string error;
    auto store = content::ContentStore::open(demoData(), &error);
    REQUIRE_MESSAGE(store, error);
    return store;
}

int64_t testNow() {
    auto now = content::parseIsoToUtc(kNow, "Europe/Berlin");
    REQUIRE(now);
    return *now;
}

// The first event the events list shows (its next occurrence from the test clock).
content::EventSummary firstEvent(const std::string& lang) {
    auto store = openDemo();
    auto events = store->events(lang, testNow(), testNow() + 120 * 86400);
    REQUIRE_FALSE(events.empty());
    return events.front();
}

std::string firstGuideTitle(const std::string& lang) {
    auto guides = openDemo()->guides(lang);
    REQUIRE_FALSE(guides.empty());
    return guides.front().title;
}

// The key taps that type `text` on the keyboard the search screen shows for `lang`.
std::string typeOnKeyboard(const std::string& lang, const std::string& text) {
    kiosk::setLanguage(lang);
    kiosk::Keyboard keyboard;
    keyboard.setLanguage(lang);
    auto taps = keyboard.tapSequence(text);
    REQUIRE(taps);
    std::string script;
    for (const auto& label : *taps) script += "tap-label " + label + "\n";
    return script;
}

std::string t(const std::string& lang, const char* key) { return kiosk::i18n::translate(lang, key); }

std::string firstOrganisationName(const std::string& lang) {
    std::string error;
    auto store = content::ContentStore::open(demoData(), &error);
    REQUIRE_MESSAGE(store, error);
    auto rows = store->organisations(lang);
    REQUIRE_FALSE(rows.empty());
    return rows.front().name;
}

std::string walkScript(const std::string& lang) {
    auto t = [&](const char* key) { return kiosk::i18n::translate(lang, key); };
    return "assert-screen home\n"
           "tap-label " + t("home.organisations") + "\n"
           "assert-screen organisations\n"
           "tap-label " + firstOrganisationName(lang) + "\n"
           "assert-screen organisation\n"
           "tap-label " + t("nav.back") + "\n"
           "assert-screen organisations\n"
           "tap-label " + firstOrganisationName(lang) + "\n"
           "assert-screen organisation\n"
           "tap-label " + t("nav.home") + "\n"
           "assert-screen home\n";
}

}  // namespace

TEST_CASE("events -> event -> take it with you -> back -> organiser, in German, Arabic and Easy German") {
    for (std::string lang : {"de", "ar", "de-x-easy"}) {
        CAPTURE(lang);
        auto event = firstEvent(lang);
        REQUIRE_FALSE(event.organisationName.empty());
        std::string script = "assert-screen home\n"
                             "tap-label " + t(lang, "home.events") + "\n"
                             "assert-screen events\n"
                             "tap-label " + event.title + "\n"
                             "assert-screen event\n"
                             "tap-label " + t(lang, "takeaway.button") + "\n"
                             "assert-screen qr\n"
                             "tap-label " + t(lang, "nav.back") + "\n"
                             "assert-screen event\n"
                             "tap-label " + event.organisationName + "\n"
                             "assert-screen organisation\n"
                             "tap-label " + t(lang, "nav.back") + "\n"
                             "assert-screen event\n"
                             "tap-label " + t(lang, "nav.back") + "\n"
                             "assert-screen events\n"
                             "tap-label " + t(lang, "nav.home") + "\n"
                             "assert-screen home\n";
        auto result = replayInProcess("screens-events-" + lang, script, lang);
        CHECK_MESSAGE(result.status == 0, result.errors);
    }
}

TEST_CASE("guides -> guide -> take it with you (the guide's link) -> home, in German, Arabic and Easy German") {
    for (std::string lang : {"de", "ar", "de-x-easy"}) {
        CAPTURE(lang);
        std::string script = "tap-label " + t(lang, "home.guides") + "\n"
                             "assert-screen guides\n"
                             "tap-label " + firstGuideTitle(lang) + "\n"
                             "assert-screen guide\n"
                             "tap-label " + t(lang, "takeaway.button") + "\n"
                             "assert-screen qr\n"
                             "tap-label " + t(lang, "nav.back") + "\n"
                             "assert-screen guide\n"
                             "tap-label " + t(lang, "nav.back") + "\n"
                             "assert-screen guides\n"
                             "tap-label " + t(lang, "nav.home") + "\n"
                             "assert-screen home\n";
        auto result = replayInProcess("screens-guides-" + lang, script, lang);
        CHECK_MESSAGE(result.status == 0, result.errors);
    }
}

TEST_CASE("search: type Bera on the keyboard, results appear, tapping one opens it") {
    for (std::string lang : {"de", "ar", "de-x-easy"}) {
        CAPTURE(lang);
        auto hits = openDemo()->search("Bera", lang, 20, testNow());
        REQUIRE_FALSE(hits.empty());
        const char* expected = hits.front().kind == content::SearchHit::Kind::Organisation ? "organisation"
                               : hits.front().kind == content::SearchHit::Kind::Event      ? "event"
                                                                                            : "guide";
        // Reached from the top bar of another screen, as from every screen.
        std::string script = "tap-label " + t(lang, "home.guides") + "\n"
                             "assert-screen guides\n"
                             "tap-label " + t(lang, "search.title") + "\n"
                             "assert-screen search\n" +
                             typeOnKeyboard(lang, "Bera") +
                             "assert-screen search\n"
                             "tap-label " + hits.front().title + "\n"
                             "assert-screen " + expected + "\n"
                             "tap-label " + t(lang, "nav.back") + "\n"
                             "assert-screen search\n";
        auto result = replayInProcess("screens-search-" + lang, script, lang);
        CHECK_MESSAGE(result.status == 0, result.errors);
    }
}

TEST_CASE("search from the home field with the replay's type command; nothing found shows no result rows") {
    auto hits = openDemo()->search("bera", "de", 20, testNow());
    REQUIRE_FALSE(hits.empty());
    std::string script = "tap-label " + t("de", "home.search") + "\n"
                         "assert-screen search\n"
                         "type bera\n"
                         "tap-label " + hits.front().title + "\n"
                         "assert-screen " +
                         std::string(hits.front().kind == content::SearchHit::Kind::Organisation ? "organisation"
                                     : hits.front().kind == content::SearchHit::Kind::Event  ? "event"
                                                                                              : "guide") +
                         "\n";
    auto result = replayInProcess("screens-search-type", script, "de");
    CHECK_MESSAGE(result.status == 0, result.errors);

    // A word found nowhere: the first hit's title is not on screen to tap.
    std::string none = "tap-label " + t("de", "home.search") + "\n"
                       "type qxzv\n"
                       "tap-label " + hits.front().title + "\n";
    auto missing = replayInProcess("screens-search-none", none, "de");
    CHECK(missing.status != 0);
}

TEST_CASE("walk home, organisations, an organisation, back and home in German, Arabic and Easy German") {
    for (std::string lang : {"de", "ar", "de-x-easy"}) {
        CAPTURE(lang);
        auto result = replayInProcess("walk-" + lang, walkScript(lang), lang);
        CHECK_MESSAGE(result.status == 0, result.errors);
    }
}

TEST_CASE("the language chosen on home changes every label") {
    std::string script = "tap-label " + kiosk::i18n::nativeName("ar") + "\n" +
                         "tap-label " + kiosk::i18n::translate("ar", "home.organisations") + "\n" +
                         "assert-screen organisations\n";
    auto result = replayInProcess("choose-arabic", script, "de");
    CHECK_MESSAGE(result.status == 0, result.errors);
}

TEST_CASE("Arabic mirrors the top bar: back sits on the right, on the left in German") {
    for (std::string lang : {"de", "ar"}) {
        CAPTURE(lang);
        fs::path dump = tempDir("dumps") / ("mirror-" + lang + ".json");
        std::string script = "tap-label " + kiosk::i18n::translate(lang, "home.organisations") + "\n" +
                             "assert-screen organisations\n";
        auto result = replayInProcess("mirror-" + lang, script, lang, "1920x1080", {"--dump-text", dump.string()});
        REQUIRE_MESSAGE(result.status == 0, result.errors);
        auto records = readJson(dump);
        const std::string& back = kiosk::i18n::translate(lang, "nav.back");
        bool found = false;
        for (const auto& record : records) {
            if (record["text"] != back || record["context"].get<std::string>().rfind("organisations/", 0) != 0) continue;
            float centre = (record["text_rect"][0].get<float>() + record["text_rect"][2].get<float>()) / 2;
            if (lang == "ar") CHECK(centre > 1920 * 0.75f);
            else CHECK(centre < 1920 * 0.25f);
            found = true;
        }
        CHECK(found);
    }
}

TEST_CASE("a replay stops at the first failing line and says which and why") {
    auto result = replayInProcess("failing", "assert-screen home\n# comment\nassert-screen events\nassert-screen home\n", "de");
    CHECK(result.status != 0);
    CHECK(result.errors.find("replay line 3: expected screen events, but the screen is home") != std::string::npos);

    auto missing = replayInProcess("missing-label", "tap-label Nirgendwo\n", "de");
    CHECK(missing.status != 0);
    CHECK(missing.errors.find("replay line 1: no visible target labelled 'Nirgendwo'") != std::string::npos);
}

TEST_CASE("type taps the on-screen keyboard's keys, shift and space included, and names what cannot be typed") {
    std::string open = "tap-label " + kiosk::i18n::translate("de", "home.search") + "\n" + "assert-screen search\n";
    auto typed = replayInProcess("type", open + "type Beratung Büro\nassert-screen search\n", "de");
    CHECK_MESSAGE(typed.status == 0, typed.errors);
    auto snowman = replayInProcess("type-missing", open + "type ☃\n", "de");
    CHECK(snowman.status != 0);
    CHECK(snowman.errors.find("replay line 3: cannot type '☃' on the de keyboard") != std::string::npos);
}
