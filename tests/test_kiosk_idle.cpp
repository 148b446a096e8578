// Calm: an untouched screen draws no frames (checked by comparing a short
// and a 5-second-longer run), and after the idle time the kiosk fades back
// home and forgets the visitor's language.
#include "test_kiosk_support.h"

#include "kiosk/i18n/i18n.h"

using namespace kiosk_test;

namespace {

long framesFor(PrivateDisplay& display, const std::string& name, const std::string& script) {
    fs::path stats = tempDir("stats") / (name + ".json");
    auto result = runReplay(name, script, "de", "1920x1080", {"--frame-stats", stats.string()}, display.name());
    REQUIRE_MESSAGE(result.status == 0, result.errors);
    return readJson(stats)["frames"].get<long>();
}

}  // namespace

TEST_CASE("an idle screen draws no frames for 5 seconds, on home and on a list") {
    PrivateDisplay display;  // no other test's windows come and go over ours
    REQUIRE_FALSE(display.name().empty());
    long homeShort = framesFor(display, "idle-home-short", "wait 300\nassert-screen home\n");
    long homeLong = framesFor(display, "idle-home-long", "wait 5300\nassert-screen home\n");
    CHECK(homeShort > 0);
    CHECK(homeLong == homeShort);

    std::string open = "tap-label " + kiosk::i18n::translate("de", "home.organisations") + "\n";
    long listShort = framesFor(display, "idle-list-short", open + "wait 300\nassert-screen organisations\n");
    long listLong = framesFor(display, "idle-list-long", open + "wait 5300\nassert-screen organisations\n");
    CHECK(listLong == listShort);
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
