// The kiosk's window waits a little for a display that is named but not yet
// listening (at boot the kiosk can start a moment before its compositor; Xvfb
// closes some connections at once when several clients connect together), and
// gives up at once when no display is named at all.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

#include "platform/glfw_window.h"

namespace {

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A display number nobody uses: no lock file, no socket.
int freeDisplayNumber() {
    for (int number = 400 + getpid() % 200; number < 1000; ++number) {
        const std::string lock = "/tmp/.X" + std::to_string(number) + "-lock";
        const std::string socket = "/tmp/.X11-unix/X" + std::to_string(number);
        if (!std::filesystem::exists(lock) && !std::filesystem::exists(socket)) return number;
    }
    return -1;
}

platform::WindowOptions smallWindow() {
    platform::WindowOptions options;
    options.fullscreen = false;
    options.width = 640;
    options.height = 360;
    return options;
}

}  // namespace

TEST_CASE("a named display that starts listening 0.3 s late still gets the kiosk's window") {
    const int number = freeDisplayNumber();
    REQUIRE(number > 0);
    const std::string display = ":" + std::to_string(number);
    const pid_t server = fork();
    REQUIRE(server >= 0);
    if (server == 0) {
        signal(SIGTERM, SIG_DFL);  // not the test framework's crash report, should the test end before the exec
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        execlp("Xvfb", "Xvfb", display.c_str(), "-screen", "0", "640x360x24", "-nolisten", "tcp", nullptr);
        _exit(127);
    }
    const char* before = std::getenv("DISPLAY");
    const std::string previous = before ? before : "";
    setenv("DISPLAY", display.c_str(), 1);
    const auto start = std::chrono::steady_clock::now();
    std::string error;
    auto window = platform::GlfwWindow::open(smallWindow(), &error);
    const double waited = secondsSince(start);
    CHECK_MESSAGE(window, error);
    CHECK(waited >= 0.25);  // it really was not there at first
    CHECK(waited < 5.5);    // 25 tries, 200 ms apart
    if (window) CHECK(window->width() == 640);
    window.reset();
    kill(server, SIGTERM);
    waitpid(server, nullptr, 0);
    if (before) setenv("DISPLAY", previous.c_str(), 1);
}

TEST_CASE("no display named: the window is refused at once, with the reason") {
    const char* before = std::getenv("DISPLAY");
    const std::string previous = before ? before : "";
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    const std::string previousWayland = wayland ? wayland : "";
    unsetenv("DISPLAY");
    unsetenv("WAYLAND_DISPLAY");
    const auto start = std::chrono::steady_clock::now();
    std::string error;
    auto window = platform::GlfwWindow::open(smallWindow(), &error);
    CHECK_FALSE(window);
    CHECK(error == "cannot initialise GLFW (no display?)");
    CHECK(secondsSince(start) < 0.2);  // no waiting for a display nobody named
    if (before) setenv("DISPLAY", previous.c_str(), 1);
    if (wayland) setenv("WAYLAND_DISPLAY", previousWayland.c_str(), 1);
}
