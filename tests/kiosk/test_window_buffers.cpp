// The kiosk's window has a colour buffer and nothing else. ImGui draws in 2D
// with scissor rectangles, so a depth or stencil buffer is never used; under
// llvmpipe it is a second full-screen buffer in the kiosk's own memory (8 MB
// at 1920x1080, all of it resident), which the 150 MB budget cannot spare.
// Opens the real window (GLFW, GLX, Mesa) on the test run's Xvfb display.
#include <GLFW/glfw3.h>
#include <doctest/doctest.h>

#include "platform/glfw_window.h"

namespace {

int framebufferBits(GLenum which) {
    GLint bits = -1;
    glGetIntegerv(which, &bits);
    return bits;
}

}  // namespace

// One window per process, as the kiosk has: reopening GLFW in the same
// process after glfwTerminate failed to open the display now and then while
// the whole suite ran in parallel.
TEST_CASE("the kiosk's window has colour bits only: no depth buffer, no stencil buffer") {
    platform::WindowOptions options;
    options.fullscreen = false;
    options.width = 1920;
    options.height = 1080;
    std::string error;
    auto window = platform::GlfwWindow::open(options, &error);
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
