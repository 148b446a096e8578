// `platform/dev.sh run` on a desktop opens a developer window (--developer)
// that Esc quits, so nobody trying the kiosk on a laptop is locked in; the
// kiosk itself (fullscreen, or --windowed for tests) ignores Esc. Real key
// presses through the X server with xdotool, on a private Xvfb.
#include "tests/support/kiosk_support.h"

#include <signal.h>

using namespace kiosk_test;

namespace {

// The kiosk as a child process with its stdout and stderr in `log`.
struct Kiosk : KioskProcess {
    Kiosk(const std::string& display, const std::vector<std::string>& args, const fs::path& log)
        : KioskProcess({args, log, display}) {}
};

// Waits for this kiosk's window (found by its process id, so no other
// kiosk's window is ever picked; a loaded machine may take a while to start
// it), moves the pointer into it and presses Esc.
bool pressEscape(const std::string& display, pid_t kiosk) {
    // Without a window manager the keyboard follows the pointer (PointerRoot
    // focus): move it into the window, then press the key through XTEST.
    const std::string xdotool = "DISPLAY=" + display + " timeout 30 xdotool ";
    const std::string find = xdotool + "search --sync --onlyvisible --pid " + std::to_string(kiosk) +
                             " --name . mousemove --window %1 40 40 >/dev/null 2>&1";
    bool found = false;
    for (int attempt = 0; attempt < 3 && !found; ++attempt) found = std::system(find.c_str()) == 0;
    if (!found) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    // A command of its own, with no window of a search to aim at: chained
    // after the search, `key` looked at that window again after the key went
    // down, and failed with BadWindow whenever the kiosk had already closed
    // it (CI: then two retries waited 30 s each for a process that was gone).
    return std::system((xdotool + "key Escape >/dev/null 2>&1").c_str()) == 0;
}

std::vector<std::string> baseArgs() {
    return {"--windowed", "1024x768", "--data", demoData().string(), "--lang", "de", "--now", kNow};
}

}  // namespace

TEST_CASE("Esc quits a developer window and says so; the kiosk ignores Esc") {
    if (std::system("command -v xdotool >/dev/null 2>&1") != 0) {
        MESSAGE("xdotool is not installed (platform/dev.sh installs it)");
        return;
    }
    PrivateDisplay display;
    REQUIRE_FALSE(display.name().empty());
    fs::path dir = tempDir("developer-window");

    SUBCASE("--developer: Esc ends the kiosk with exit code 0") {
        auto args = baseArgs();
        args.push_back("--developer");
        Kiosk kiosk(display.name(), args, dir / "developer.log");
        REQUIRE_MESSAGE(pressEscape(display.name(), kiosk.pid()), readText(dir / "developer.log"));
        int status = -1;
        REQUIRE_MESSAGE(kiosk.exited(10, &status), readText(dir / "developer.log"));
        CHECK(status == 0);
        CHECK(readText(dir / "developer.log").find("press Esc or close the window to quit") != std::string::npos);
    }
    SUBCASE("kiosk mode: Esc does nothing, the kiosk keeps running") {
        Kiosk kiosk(display.name(), baseArgs(), dir / "kiosk.log");
        REQUIRE_MESSAGE(pressEscape(display.name(), kiosk.pid()), readText(dir / "kiosk.log"));
        CHECK_FALSE(kiosk.exited(3));
        CHECK(readText(dir / "kiosk.log").find("press Esc") == std::string::npos);
    }
}
