// Calm and the idle reset. An untouched screen draws no frames: home and a
// list on a real display (the benchmark's idle figure), the events list, a
// guide, search results and a QR code in-process (the app decides every
// frame). Each check counts the frames drawn during a replay `wait`, after a
// first wait that lets the screen settle. After the idle time the kiosk fades
// back home and forgets everything of the visitor.
#include "tests/support/kiosk_support.h"

#include "content/core/time_zone.h"
#include "content/db/content_store.h"
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

// Frames drawn during the script's last wait, after a settling wait before it.
long framesWhileUntouched(const std::string& name, const std::string& script) {
    fs::path stats = tempDir("stats") / (name + ".json");
    auto result = replayInProcess(name, script + "wait 1000\nwait 5000\n", "de", "1920x1080",
                                  {"--frame-stats", stats.string()});
    REQUIRE_MESSAGE(result.status == 0, result.errors);
    auto json = readJson(stats);
    CHECK(json["frames"].get<long>() > 0);
    REQUIRE(json["idle_waits"].size() == 2);
    CHECK(json["idle_waits"][1]["ms"].get<long>() == 5000);
    return json["idle_waits"][1]["frames"].get<long>();
}

std::string t(const char* key) { return kiosk::i18n::translate("de", key); }

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
                         // Home waits in the attract state; the first touch ends it.
                         "assert-attract on\n"
                         "tap 960 540\n"
                         "assert-attract off\n"
                         "tap-label " + kiosk::i18n::translate("de", "home.organisations") + "\n" +
                         "assert-screen organisations\n";
    auto result = replayInProcess("idle-reset", script, "de", "1920x1080", {"--idle-seconds", "1"});
    CHECK_MESSAGE(result.status == 0, result.errors);
}

TEST_CASE("a fast clock (--clock-speed) brings the idle reset and the minute ticks sooner") {
    // 40 idle seconds at 20 times speed are 2 real seconds.
    std::string script = "tap-label English\n"
                         "tap-label " + kiosk::i18n::translate("en", "home.organisations") + "\n" +
                         "assert-screen organisations\n"
                         "wait 3500\n"
                         "assert-screen home\n"
                         "assert-fresh-visitor\n";
    auto reset = replayInProcess("idle-fast-clock", script, "de", "1920x1080", {"--idle-seconds", "40", "--clock-speed", "20"});
    CHECK_MESSAGE(reset.status == 0, reset.errors);

    // At 60 times speed a minute passes every real second: the clock on an
    // untouched home screen ticks, where a fixed clock draws nothing.
    PrivateDisplay display;
    REQUIRE_FALSE(display.name().empty());
    fs::path stats = tempDir("stats") / "fast-clock.json";
    auto ticking = runReplay("fast-clock-ticks", "assert-screen home\nwait 4000\n", "de", "1920x1080",
                             {"--frame-stats", stats.string(), "--clock-speed", "60"}, display.name());
    REQUIRE_MESSAGE(ticking.status == 0, ticking.errors);
    CHECK(readJson(stats)["idle_waits"][0]["frames"].get<long>() >= 3);
}

TEST_CASE("the idle reset leaves nothing of the last visitor on any screen") {
    // Walk every screen as a visitor would: another language, a filter, a
    // scrolled list, open pages, a take-away code, search text, text size and
    // contrast, and finally a filter sheet left open. Then touch nothing.
    std::string error;
    auto store = content::ContentStore::open(demoData(), &error);
    REQUIRE_MESSAGE(store, error);
    const auto now = *content::parseIsoToUtc(kNow, "Europe/Berlin");
    const std::string district = store->districts().front();
    content::OrganisationFilter inDistrict;
    inDistrict.district = district;
    const std::string organisation = store->organisations("en", inDistrict).front().name;
    const std::string event = store->events("en", now, now + 120 * 86400).front().title;
    const std::string guide = store->guides("en").front().title;
    const auto en = [](const char* key) { return kiosk::i18n::translate("en", key); };
    std::string script = "tap-label English\n"
                         "tap-label " + en("home.organisations") + "\nassert-screen organisations\n"
                         "tap-label " + en("filter.district") + "\ntap-label " + district + "\n"
                         "drag 900 950 900 700 300\nwait 1500\n"
                         "tap-label " + organisation + "\nassert-screen organisation\n"
                         "tap-label " + en("nav.home") + "\nassert-screen home\n"
                         "tap-label " + en("home.events") + "\nassert-screen events\n"
                         "tap-label " + event + "\nassert-screen event\n"
                         "tap-label " + en("takeaway.button") + "\nassert-screen qr\n"
                         "tap-label " + en("nav.back") + "\nassert-screen event\n"
                         "tap-label " + en("nav.back") + "\nassert-screen events\n"
                         "drag 900 950 900 700 300\nwait 1500\n"
                         "tap-label " + en("nav.home") + "\nassert-screen home\n"
                         "tap-label " + en("home.guides") + "\nassert-screen guides\n"
                         "tap-label " + guide + "\nassert-screen guide\n"
                         "drag 900 950 900 600 300\nwait 1500\n"
                         "tap-label " + en("search.title") + "\nassert-screen search\n"
                         "type Bera\n"
                         "tap-label " + en("settings.text_size") + "\n"
                         "tap-label " + en("settings.high_contrast") + "\n"
                         "tap-label " + en("nav.home") + "\nassert-screen home\n"
                         // Home lets go of the pages left (their choices stay, see below).
                         "assert-memory staff\n"
                         "tap-label " + en("home.organisations") + "\nassert-screen organisations\n"
                         "tap-label " + organisation + "\nassert-screen organisation\n"
                         "tap-label " + en("nav.back") + "\nassert-screen organisations\n"
                         "tap-label " + en("filter.topic") + "\n"
                         "assert-memory organisation organisations page-heights staff\n"
                         "wait 7000\n"
                         "assert-screen home\n"
                         // Only the staff screen's corner watch and the attract state's
                         // list of today's events, both fresh, exist on home.
                         "assert-attract on\n"
                         "assert-memory attract staff\n"
                         "assert-fresh-visitor\n";
    auto result = replayInProcess("idle-forgets-all", script, "de", "1920x1080", {"--idle-seconds", "4"});
    CHECK_MESSAGE(result.status == 0, result.errors);
}

TEST_CASE("events, a guide, search results and a QR code draw no frames while nobody touches them") {
    std::string error;
    auto store = content::ContentStore::open(demoData(), &error);
    REQUIRE_MESSAGE(store, error);
    auto guides = store->guides("de");
    REQUIRE_FALSE(guides.empty());

    const std::string events = "tap-label " + t("home.events") + "\nassert-screen events\n";
    const std::string guide = "tap-label " + t("home.guides") + "\ntap-label " + guides.front().title +
                              "\nassert-screen guide\n";
    const std::string search = "tap-label " + t("home.search") + "\ntype bera\nassert-screen search\n";
    const std::string qr = guide + "tap-label " + t("takeaway.button") + "\nassert-screen qr\n";

    for (auto [name, script] : {std::pair{"events", events}, {"guide", guide}, {"search", search}, {"qr", qr}}) {
        const std::string screen = name;
        CAPTURE(screen);
        CHECK(framesWhileUntouched("screens-idle-" + screen, script) == 0);
    }
}
