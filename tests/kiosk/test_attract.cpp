// The attract state: after the idle reset home shows a welcome in each
// language in turn and today's events, at a few frames a second; the first
// touch ends it and the normal home answers taps again; at night an idle
// kiosk draws nothing. Times are short ([attract] seconds_per_language in a
// kiosk.toml of the test's own, --idle-seconds 2) and the clock is fixed (--now).
#include "tests/support/kiosk_support.h"

#include <set>

#include "content/core/time_zone.h"
#include "content/db/content_store.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/text/text.h"

using namespace kiosk_test;

namespace {

std::string t(const std::string& lang, const char* key) { return kiosk::i18n::translate(lang, key); }

fs::path configWith(const std::string& name, const std::string& attract) {
    fs::path file = tempDir("configs") / (name + ".toml");
    writeText(file, "[attract]\n" + attract);
    return file;
}

// A visitor opens the organisations and leaves; the kiosk fades back home.
const std::string kVisitorLeaves = "tap-label " + t("de", "home.organisations") + "\n"
                                   "assert-screen organisations\n"
                                   "wait 3500\n"
                                   "assert-screen home\n";

}  // namespace

TEST_CASE("after the idle reset home cycles the welcome through the languages, and the first touch ends it") {
    PrivateDisplay display;
    REQUIRE_FALSE(display.name().empty());
    fs::path dump = tempDir("dumps") / "attract.json";
    fs::path stats = tempDir("stats") / "attract.json";
    fs::path config = configWith("attract-day", "night = \"\"\nseconds_per_language = 0.5\n");
    const std::string script = kVisitorLeaves +
                               "assert-attract on\n"
                               "wait 4500\n"
                               "assert-attract on\n"
                               "tap 960 540\n"
                               "assert-attract off\n"
                               "assert-screen home\n"
                               "tap-label " + t("de", "home.events") + "\n"
                               "assert-screen events\n";
    auto result = runReplay("attract-day", script, "de", "1920x1080",
                            {"--idle-seconds", "2", "--config", config.string(), "--dump-text", dump.string(),
                             "--frame-stats", stats.string()},
                            display.name());
    REQUIRE_MESSAGE(result.status == 0, result.errors);

    // Every language's "touch the screen" was drawn during the 4.5 s (8 languages at 0.5 s each).
    std::set<std::string> drawn;
    for (const auto& record : kiosk::text::readRecorded(dump)) drawn.insert(record.text);
    for (const std::string& lang : kiosk::i18n::languages()) {
        CAPTURE(lang);
        CHECK(drawn.count(t(lang, "home.touch_to_start")) == 1);
        CHECK(drawn.count(t(lang, "home.welcome")) == 1);
    }
    // Today's events at the fixed clock (Monday 23 November, 10:00) are shown with their start.
    std::string error;
    auto store = content::ContentStore::open(demoData(), &error);
    REQUIRE_MESSAGE(store, error);
    auto now = content::parseIsoToUtc(kNow, "Europe/Berlin");
    REQUIRE(now);
    auto today = store->events("de", *now, *now + 14 * 3600, {}, 3);
    for (const auto& event : today) CHECK(drawn.count(event.title) == 1);

    // A few frames a second while it cycles, not a running frame loop.
    auto json = readJson(stats);
    REQUIRE(json["idle_waits"].size() == 2);
    CHECK(json["idle_waits"][1]["ms"].get<long>() == 4500);
    const long frames = json["idle_waits"][1]["frames"].get<long>();
    MESSAGE("attract state: " << frames << " frames in 4.5 s");
    CHECK(frames >= 9);    // at least one frame for each language
    CHECK(frames <= 60);   // far below 60 frames a second (270 in 4.5 s)
}

TEST_CASE("at night an idle kiosk draws nothing after the idle reset") {
    PrivateDisplay display;
    REQUIRE_FALSE(display.name().empty());
    fs::path stats = tempDir("stats") / "attract-night.json";
    // The fixed clock says 10:00; these night hours include it.
    fs::path config = configWith("attract-night", "night = \"09:00-11:00\"\nseconds_per_language = 0.5\n");
    const std::string script = kVisitorLeaves +
                               "assert-attract off\n"
                               "wait 4000\n"
                               "tap-label " + t("de", "home.guides") + "\n"
                               "assert-screen guides\n";
    auto result = runReplay("attract-night", script, "de", "1920x1080",
                            {"--idle-seconds", "2", "--config", config.string(), "--frame-stats", stats.string()},
                            display.name());
    REQUIRE_MESSAGE(result.status == 0, result.errors);
    auto json = readJson(stats);
    REQUIRE(json["idle_waits"].size() == 2);
    CHECK(json["idle_waits"][1]["frames"].get<long>() == 0);
}

TEST_CASE("with the attract state switched off, home stays as it is after the idle reset") {
    PrivateDisplay display;
    REQUIRE_FALSE(display.name().empty());
    fs::path stats = tempDir("stats") / "attract-off.json";
    fs::path config = configWith("attract-off", "enabled = false\nnight = \"\"\n");
    auto result = runReplay("attract-off", kVisitorLeaves + "assert-attract off\nwait 3000\n", "de", "1920x1080",
                            {"--idle-seconds", "2", "--config", config.string(), "--frame-stats", stats.string()},
                            display.name());
    REQUIRE_MESSAGE(result.status == 0, result.errors);
    CHECK(readJson(stats)["idle_waits"][1]["frames"].get<long>() == 0);
}
