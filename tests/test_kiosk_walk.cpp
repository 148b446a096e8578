// Replays under X: a visitor walks home -> organisations -> organisation ->
// back -> home in German, Arabic and Easy German, tapping the labels they see
// in that language; Arabic mirrors the layout; a failing check names its line.
#include "test_kiosk_support.h"

#include "content/db/content_store.h"
#include "kiosk/i18n/i18n.h"

using namespace kiosk_test;

namespace {

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
