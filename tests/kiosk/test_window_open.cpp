// How the kiosk's window opens (platform::GlfwWindow::open, the real GLFW,
// GLX and Mesa):
// - it has a colour buffer and nothing else. ImGui draws in 2D with scissor
//   rectangles, so a depth or stencil buffer is never used; under llvmpipe it
//   is a second full-screen buffer in the kiosk's own memory (8 MB at
//   1920x1080, all of it resident), which the 150 MB budget cannot spare;
// - it waits a little for a display that is named but not yet listening (at
//   boot the kiosk can start a moment before its compositor; Xvfb closes some
//   connections at once when several clients connect together), and gives up
//   at once when no display is named at all.
#include <GLFW/glfw3.h>
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>

#include "platform/glfw_window.h"

namespace {

platform::WindowOptions windowed(int width, int height) {
    platform::WindowOptions options;
    options.fullscreen = false;
    options.width = width;
    options.height = height;
    return options;
}

// Sets (or, with nullopt, removes) an environment variable for one scope.
class ScopedVariable {
public:
    ScopedVariable(const char* name, std::optional<std::string> value) : name_(name) {
        if (const char* old = std::getenv(name)) previous_ = old;
        if (value) setenv(name, value->c_str(), 1);
        else unsetenv(name);
    }
    ~ScopedVariable() {
        if (previous_) setenv(name_, previous_->c_str(), 1);
        else unsetenv(name_);
    }
    ScopedVariable(const ScopedVariable&) = delete;
    ScopedVariable& operator=(const ScopedVariable&) = delete;

private:
    const char* name_;
    std::optional<std::string> previous_;
};

int framebufferBits(GLenum which) {
    GLint bits = -1;
    glGetIntegerv(which, &bits);
    return bits;
}

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

}  // namespace

TEST_CASE("the kiosk's window has colour bits only: no depth buffer, no stencil buffer") {
    std::string error;
    auto window = platform::GlfwWindow::open(windowed(1920, 1080), &error);
    REQUIRE_MESSAGE(window, error);
    REQUIRE(glfwGetCurrentContext() == window->handle());
    // The colour channels prove the query reads this window's buffers.
    CHECK(framebufferBits(GL_RED_BITS) == 8);
    CHECK(framebufferBits(GL_GREEN_BITS) == 8);
    CHECK(framebufferBits(GL_BLUE_BITS) == 8);
    CHECK(framebufferBits(GL_DEPTH_BITS) == 0);
    CHECK(framebufferBits(GL_STENCIL_BITS) == 0);
    CHECK(glGetError() == GL_NO_ERROR);
}

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
    {
        ScopedVariable onThatDisplay("DISPLAY", display);
        const auto start = std::chrono::steady_clock::now();
        std::string error;
        auto window = platform::GlfwWindow::open(windowed(640, 360), &error);
        const double waited = secondsSince(start);
        CHECK_MESSAGE(window, error);
        CHECK(waited >= 0.25);  // it really was not there at first
        CHECK(waited < 5.5);    // 25 tries, 200 ms apart
        if (window) CHECK(window->width() == 640);
    }
    kill(server, SIGTERM);
    waitpid(server, nullptr, 0);
}

TEST_CASE("no display named: the window is refused at once, with the reason") {
    ScopedVariable noX("DISPLAY", std::nullopt);
    ScopedVariable noWayland("WAYLAND_DISPLAY", std::nullopt);
    const auto start = std::chrono::steady_clock::now();
    std::string error;
    auto window = platform::GlfwWindow::open(windowed(640, 360), &error);
    CHECK_FALSE(window);
    CHECK(error == "cannot initialise GLFW (no display?)");
    CHECK(secondsSince(start) < 0.2);  // no waiting for a display nobody named
}
