// Real input through the X server and GLFW (not the replay queue): xdotool
// clicks the Organisations door and drags the list on a private Xvfb, while a
// replay script only checks where the kiosk landed and takes screenshots.
#include "test_kiosk_support.h"

#include <signal.h>

using namespace kiosk_test;

namespace {

bool waitForFile(const fs::path& file, double seconds) {
    for (int i = 0; i < int(seconds * 20); ++i) {
        if (fs::exists(file) && fs::file_size(file) > 0) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

int xdotool(const std::string& display, const std::string& arguments) {
    return std::system(("DISPLAY=" + display + " xdotool " + arguments + " >/dev/null 2>&1").c_str());
}

}  // namespace

TEST_CASE("a real click opens the organisations, a real drag scrolls the list and opens nothing") {
    if (std::system("command -v xdotool >/dev/null 2>&1") != 0) {
        MESSAGE("xdotool is not installed (platform/dev.sh installs it)");
        return;
    }
    PrivateDisplay display;
    REQUIRE_FALSE(display.name().empty());
    fs::path dir = tempDir("xinput");
    fs::path ready = dir / "ready.png", before = dir / "before.png", after = dir / "after.png";
    // The replay only waits and checks; the touches come from xdotool.
    std::string script = "screenshot " + ready.string() + "\n" +
                         "wait 4000\n"
                         "assert-screen organisations\n"
                         "screenshot " + before.string() + "\n" +
                         "wait 4000\n"
                         "assert-screen organisations\n"
                         "screenshot " + after.string() + "\n";
    fs::path replay = dir / "xinput.replay";
    writeText(replay, script);
    fs::path errors = dir / "kiosk.err";
    KioskProcess kiosk({{"--windowed", "1920x1080", "--screen-mm", "380x214", "--lang", "de", "--now", kNow, "--data",
                         demoData().string(), "--replay", replay.string()},
                        errors,
                        display.name()});

    REQUIRE(waitForFile(ready, 20));
    // The Organisations door is the first of the three large tiles.
    CHECK(xdotool(display.name(), "mousemove 330 620 click 1") == 0);
    REQUIRE(waitForFile(before, 20));
    // Press on a row, move up in small steps like a finger, release.
    std::string drag = "mousemove 900 980 mousedown 1";
    for (int y = 960; y >= 640; y -= 20) drag += " sleep 0.02 mousemove 900 " + std::to_string(y);
    drag += " sleep 0.02 mouseup 1";
    CHECK(xdotool(display.name(), drag) == 0);
    CHECK_MESSAGE(kiosk.wait(60) == 0, readText(errors));

    REQUIRE(fs::exists(after));
    Image a = loadPng(before), b = loadPng(after);
    const int y0 = 520, y1 = 1000;
    double unchanged = rowDifference(b, a, y0, y1, 0);
    int bestShift = 0;
    double best = unchanged;
    for (int shift = -480; shift <= 0; shift += 2) {
        double d = rowDifference(b, a, y0, y1 + shift, shift);
        if (d < best) {
            best = d;
            bestShift = shift;
        }
    }
    CAPTURE(unchanged);
    CAPTURE(best);
    CHECK(bestShift <= -100);
    CHECK(best < unchanged * 0.5);
}
