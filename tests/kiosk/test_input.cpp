// The touch layer without a window: gestures (tap vs drag, taps shorter than
// a frame, swallowed touches, fling velocity), kinetic scrolling (frame-rate
// independent momentum, soft edges), tap targets, navigation, the command
// line and the replay script parser.
#include <doctest/doctest.h>

#include <cmath>

#include "kiosk/app/navigation.h"
#include "kiosk/app/options.h"
#include "kiosk/app/replay.h"
#include "kiosk/widgets/kinetic_scroll.h"
#include "kiosk/widgets/tap_targets.h"
#include "platform/gestures.h"

using platform::GestureRecognizer;
using platform::PointerEvent;
using Kind = platform::PointerEvent::Kind;

TEST_CASE("a press and release inside one frame is a tap at the press position") {
    GestureRecognizer gestures(8.0f);
    auto frame = gestures.process({{Kind::Down, 100, 200, 1.0}, {Kind::Up, 101, 201, 1.004}});
    REQUIRE(frame.tap);
    CHECK(frame.tap->x == 100);
    CHECK(frame.tap->y == 200);
    CHECK_FALSE(frame.dragging);
    CHECK_FALSE(frame.fingerDown);
}

TEST_CASE("a touch spread over frames taps on release, and shows as a press meanwhile") {
    GestureRecognizer gestures(8.0f);
    auto first = gestures.process({{Kind::Down, 50, 50, 1.0}});
    CHECK(first.press);
    CHECK(first.fingerDown);
    CHECK_FALSE(first.tap);
    auto second = gestures.process({{Kind::Move, 53, 52, 1.05}});  // inside the slop
    CHECK_FALSE(second.dragging);
    auto third = gestures.process({{Kind::Up, 53, 52, 1.1}});
    CHECK(third.tap);
}

TEST_CASE("a drag never ends in a tap, and reports its movement and release velocity") {
    GestureRecognizer gestures(8.0f);
    gestures.process({{Kind::Down, 500, 800, 0.0}});
    auto moving = gestures.process({{Kind::Move, 500, 790, 0.016}, {Kind::Move, 500, 770, 0.032}});
    CHECK(moving.dragging);
    CHECK(moving.dragDelta.y == doctest::Approx(-30));  // the movement inside the slop counts too
    CHECK(moving.dragOrigin.y == 800);
    auto released = gestures.process({{Kind::Move, 500, 750, 0.048}, {Kind::Up, 500, 730, 0.064}});
    CHECK_FALSE(released.tap);
    CHECK(released.dragging);
    REQUIRE(released.releaseVelocity);
    CHECK(released.releaseVelocity->y < -1000);  // 70 px in 64 ms upwards
    CHECK(released.releaseVelocity->y > -1400);
}

TEST_CASE("a drag that stops before the finger lifts does not fling") {
    GestureRecognizer gestures(8.0f);
    gestures.process({{Kind::Down, 0, 500, 0.0}, {Kind::Move, 0, 300, 0.1}});
    auto released = gestures.process({{Kind::Up, 0, 300, 0.5}});
    REQUIRE(released.releaseVelocity);
    CHECK(released.releaseVelocity->y == 0);
}

TEST_CASE("a swallowed touch (one that stopped a fling) taps nothing") {
    GestureRecognizer gestures(8.0f);
    gestures.process({{Kind::Down, 10, 10, 0.0}});
    gestures.swallowCurrentTouch();
    auto released = gestures.process({{Kind::Up, 10, 10, 0.05}});
    CHECK_FALSE(released.tap);
    // The next touch taps again.
    auto next = gestures.process({{Kind::Down, 10, 10, 1.0}, {Kind::Up, 10, 10, 1.01}});
    CHECK(next.tap);
}

TEST_CASE("moving the pointer without a finger down is no gesture") {
    GestureRecognizer gestures(8.0f);
    auto frame = gestures.process({{Kind::Move, 10, 10, 0.0}, {Kind::Move, 300, 300, 0.01}});
    CHECK_FALSE(frame.tap);
    CHECK_FALSE(frame.dragging);
    CHECK_FALSE(frame.press);
}

namespace {
// Flings a list at 2000 px/s and steps it with a fixed frame time until it stops.
float flingDistance(float frameSeconds) {
    kiosk::KineticScroll scroll;
    scroll.setLimits(1e6f, 1000);
    scroll.setOffset(1000);
    scroll.drag(0);
    scroll.release(-2000);  // finger moving up: content scrolls forward
    for (int i = 0; i < 100000 && scroll.moving(); ++i) scroll.step(frameSeconds);
    return scroll.offset() - 1000;
}
}  // namespace

TEST_CASE("momentum decays the same at 30, 60 and 144 frames per second") {
    float at30 = flingDistance(1.0f / 30), at60 = flingDistance(1.0f / 60), at144 = flingDistance(1.0f / 144);
    // v0 * tau = 2000 * 0.45 = 900 px, minus the tail below the stop speed.
    CHECK(at60 == doctest::Approx(900).epsilon(0.02));
    CHECK(at30 == doctest::Approx(at60).epsilon(0.01));
    CHECK(at144 == doctest::Approx(at60).epsilon(0.01));
}

TEST_CASE("the list follows the finger, gives at the edge and springs back") {
    kiosk::KineticScroll scroll;
    scroll.setLimits(3000, 1000);
    scroll.drag(-300);  // finger up 300 px
    CHECK(scroll.offset() == doctest::Approx(300));
    scroll.drag(500);  // finger down 500 px: 200 px past the top, resisted
    CHECK(scroll.offset() < 0);
    CHECK(scroll.offset() > -200);
    scroll.release(0);
    CHECK(scroll.moving());
    for (int i = 0; i < 120 && scroll.moving(); ++i) scroll.step(1.0f / 60);
    CHECK_FALSE(scroll.moving());
    CHECK(scroll.offset() == 0);
}

TEST_CASE("a fling past the end stops at the end") {
    kiosk::KineticScroll scroll;
    scroll.setLimits(2000, 1000);
    scroll.setOffset(900);
    scroll.drag(0);
    scroll.release(-5000);
    for (int i = 0; i < 600 && scroll.moving(); ++i) scroll.step(1.0f / 60);
    CHECK_FALSE(scroll.moving());
    CHECK(scroll.offset() == doctest::Approx(1000));
}

TEST_CASE("a touch during momentum stops the list where it is") {
    kiosk::KineticScroll scroll;
    scroll.setLimits(1e5f, 1000);
    scroll.drag(0);
    scroll.release(-3000);
    scroll.step(0.1f);
    float at = scroll.offset();
    scroll.stop();
    CHECK_FALSE(scroll.moving());
    scroll.step(0.1f);
    CHECK(scroll.offset() == at);
}

TEST_CASE("tap targets: a tap goes to the topmost target seen in the previous frame") {
    kiosk::TapTargets taps;
    taps.beginFrame(std::nullopt);
    taps.add("list row", {0, 0}, {500, 100});
    taps.add("sheet", {100, 0}, {300, 100});  // drawn over the row
    taps.beginFrame(ImVec2(150, 50));
    CHECK_FALSE(taps.add("list row", {0, 0}, {500, 100}));
    CHECK(taps.add("sheet", {100, 0}, {300, 100}));
    // tap-label finds only what a tap at its centre reaches: the row's centre is under the sheet.
    CHECK_FALSE(taps.find("list row"));
    REQUIRE(taps.find("sheet"));
    CHECK(taps.topmostAt({400, 50})->label == "list row");
    taps.beginFrame(ImVec2(400, 50));
    CHECK(taps.add("list row", {0, 0}, {500, 100}));
    CHECK(taps.find("list row"));  // alone this frame
}

TEST_CASE("navigation: back pops, home clears, the same route is not stacked twice") {
    kiosk::Navigation nav;
    CHECK(nav.screen() == kiosk::Screen::Home);
    nav.open(kiosk::Screen::Organisations);
    nav.open(kiosk::Screen::Organisation, "a");
    nav.open(kiosk::Screen::Organisation, "a");
    CHECK(nav.depth() == 3);
    nav.back();
    CHECK(nav.screen() == kiosk::Screen::Organisations);
    nav.open(kiosk::Screen::Organisation, "b");
    nav.home();
    CHECK(nav.screen() == kiosk::Screen::Home);
    CHECK_FALSE(nav.canGoBack());
    for (const char* name : {"home", "organisations", "organisation", "events", "event", "guides", "guide", "search", "qr"}) {
        auto screen = kiosk::screenFromName(name);
        REQUIRE(screen);
        CHECK(kiosk::screenName(*screen) == name);
    }
    CHECK_FALSE(kiosk::screenFromName("settings"));
}

TEST_CASE("command line: sizes, repeatable station options, and clear errors") {
    const char* argv[] = {"kiosk", "--windowed", "1080x1920", "--screen-mm", "300x530", "--lang", "ar",
                          "--idle-seconds", "30", "--trust", "a.pub", "--trust", "b.pub", "--watch", "/srv/drop",
                          "--kiosk-id", "k1", "--now=2026-11-21T10:00:00"};
    kiosk::KioskOptions options;
    std::string error;
    REQUIRE(kiosk::parseCommandLine(int(std::size(argv)), argv, options, &error));
    CHECK_FALSE(options.fullscreen);
    CHECK(options.windowWidth == 1080);
    CHECK(options.windowHeight == 1920);
    CHECK(options.screenWidthMm == 300);
    CHECK(options.language == "ar");
    CHECK(options.idleSeconds == 30);
    CHECK(options.trustedKeys == std::vector<std::string>{"a.pub", "b.pub"});
    CHECK(options.watchDirs == std::vector<std::string>{"/srv/drop"});
    CHECK(options.kioskId == "k1");
    CHECK(options.now == "2026-11-21T10:00:00");

    const char* bad[] = {"kiosk", "--windowed", "big"};
    kiosk::KioskOptions other;
    CHECK_FALSE(kiosk::parseCommandLine(3, bad, other, &error));
    CHECK(error.find("--windowed expects WxH") != std::string::npos);
    const char* unknown[] = {"kiosk", "--fly"};
    CHECK_FALSE(kiosk::parseCommandLine(2, unknown, other, &error));
    CHECK(error.find("unknown option --fly") != std::string::npos);

    const char* fast[] = {"kiosk", "--clock-speed", "20"};
    kiosk::KioskOptions soak;
    REQUIRE(kiosk::parseCommandLine(3, fast, soak, &error));
    CHECK(soak.clockSpeed == 20);
    const char* backwards[] = {"kiosk", "--clock-speed=0.5"};
    CHECK_FALSE(kiosk::parseCommandLine(2, backwards, other, &error));
    CHECK(error == "--clock-speed expects a number from 1 to 1000, not '0.5'");
}

TEST_CASE("replay scripts: every command parses, and a bad line names its number") {
    std::vector<kiosk::ReplayCommand> commands;
    std::string error;
    std::string script =
        "# a walk\n"
        "tap 10 20\n"
        "\n"
        "drag 1 2 3 4 500\n"
        "wait 250\n"
        "type Café au lait\n"
        "tap-label Organisationen\n"
        "assert-screen organisation\n"
        "screenshot out/shot.png\n";
    REQUIRE(kiosk::parseReplay(script, commands, &error));
    REQUIRE(commands.size() == 7);
    CHECK(commands[0].kind == kiosk::ReplayCommand::Kind::Tap);
    CHECK(commands[0].line == 2);
    CHECK(commands[1].x2 == 3);
    CHECK(commands[1].milliseconds == 500);
    CHECK(commands[3].text == "Café au lait");
    CHECK(commands[4].text == "Organisationen");
    CHECK(commands[6].text == "out/shot.png");

    commands.clear();
    CHECK_FALSE(kiosk::parseReplay("tap 1 2\nassert-screen nowhere\n", commands, &error));
    CHECK(error == "replay line 2: unknown screen 'nowhere'");
    CHECK_FALSE(kiosk::parseReplay("tap 1\n", commands, &error));
    CHECK(error == "replay line 1: tap needs X Y");
}
