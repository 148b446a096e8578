// Replays under X through the events, guides, search and take-it-with-you
// screens in German, Arabic and Easy German, tapping what a visitor sees in
// that language and checking where each tap lands.
#include "test_kiosk_support.h"

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
