// Calm: an untouched screen draws no frames during a 10-second wait (the
// benchmark's idle figure), and after the idle time the kiosk fades back
// home and forgets the visitor's language.
#include "test_kiosk_support.h"

#include "kiosk/i18n/i18n.h"

using namespace kiosk_test;

namespace {

// Frames drawn during the script's single `wait` (the kiosk reports each wait
// in --frame-stats; a check before it lets the screen settle first).
long framesDuringWait(PrivateDisplay& display, const std::string& name, const std::string& script) {
    fs::path stats = tempDir("stats") / (name + ".json");
    auto result = runReplay(name, script, "de", "1920x1080", {"--frame-stats", stats.string()}, display.name());
    REQUIRE_MESSAGE(result.status == 0, result.errors);
    auto json = readJson(stats);
    CHECK(json["frames"].get<long>() > 0);
    REQUIRE(json["idle_waits"].size() == 1);
    CHECK(json["idle_waits"][0]["ms"].get<long>() == 10000);
    return json["idle_waits"][0]["frames"].get<long>();
}

}  // namespace

TEST_CASE("an idle screen draws no frames for 10 seconds, on home and on a list") {
    PrivateDisplay display;  // no other test's windows come and go over ours
    REQUIRE_FALSE(display.name().empty());
    CHECK(framesDuringWait(display, "idle-home", "assert-screen home\nwait 10000\n") == 0);
    std::string open = "tap-label " + kiosk::i18n::translate("de", "home.organisations") + "\n";
    CHECK(framesDuringWait(display, "idle-list", open + "assert-screen organisations\nwait 10000\n") == 0);
}

TEST_CASE("a wait during a fling sees the frames of the fling (the count is real)") {
    PrivateDisplay display;
    REQUIRE_FALSE(display.name().empty());
    std::string script = "tap-label " + kiosk::i18n::translate("de", "home.organisations") + "\n" +
                         "assert-screen organisations\n"
                         "drag 900 950 900 600 120\n"
                         "wait 5000\n";
    fs::path stats = tempDir("stats") / "fling.json";
    auto result = runReplay("idle-fling", script, "de", "1920x1080",
                            {"--frame-stats", stats.string(), "--screen-mm", "380x214"}, display.name());
    REQUIRE_MESSAGE(result.status == 0, result.errors);
    CHECK(readJson(stats)["idle_waits"][0]["frames"].get<long>() > 3);
}

TEST_CASE("after the idle time the kiosk is back home and has forgotten the language") {
    std::string script = "tap-label English\n"
                         "tap-label " + kiosk::i18n::translate("en", "home.organisations") + "\n" +
                         "assert-screen organisations\n"
                         "wait 2500\n"
                         "assert-screen home\n"
                         "tap-label " + kiosk::i18n::translate("de", "home.organisations") + "\n" +
                         "assert-screen organisations\n";
    auto result = runReplay("idle-reset", script, "de", "1920x1080", {"--idle-seconds", "1"});
    CHECK_MESSAGE(result.status == 0, result.errors);
}
