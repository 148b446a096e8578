#include "platform/glfw_window.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "platform/screenshot.h"
#include "platform/wake.h"

namespace platform {

namespace {

GlfwWindow* windowOf(GLFWwindow* window) { return static_cast<GlfwWindow*>(glfwGetWindowUserPointer(window)); }
PointerQueue* queueOf(GLFWwindow* window) { return &windowOf(window)->pointerQueue(); }
bool isDeveloperWindow(GLFWwindow* window);

// GLFW reports the cursor in window coordinates; the app works in framebuffer
// pixels (they differ on HiDPI set-ups).
void toFramebuffer(GLFWwindow* window, double& x, double& y) {
    int ww, wh, fw, fh;
    glfwGetWindowSize(window, &ww, &wh);
    glfwGetFramebufferSize(window, &fw, &fh);
    if (ww > 0 && wh > 0) {
        x *= double(fw) / ww;
        y *= double(fh) / wh;
    }
}

void onCursorPos(GLFWwindow* window, double x, double y) {
    toFramebuffer(window, x, y);
    queueOf(window)->push({PointerEvent::Kind::Move, float(x), float(y), glfwGetTime()});
}

void onMouseButton(GLFWwindow* window, int button, int action, int /*mods*/) {
    if (button != GLFW_MOUSE_BUTTON_LEFT) return;  // a touchscreen is the left button; ignore the rest
    double x, y;
    glfwGetCursorPos(window, &x, &y);
    toFramebuffer(window, x, y);
    auto kind = action == GLFW_PRESS ? PointerEvent::Kind::Down : PointerEvent::Kind::Up;
    queueOf(window)->push({kind, float(x), float(y), glfwGetTime()});
}

// A visitor must not be able to close the kiosk: the window manager's close
// request (Alt+F4, a close button) is refused. A developer window closes.
void onCloseRequest(GLFWwindow* window) { glfwSetWindowShouldClose(window, isDeveloperWindow(window)); }

// Keys do nothing on the visitor kiosk (the on-screen keyboard is drawn by us),
// but a key press still wakes the loop; installing a callback keeps GLFW from
// doing anything else with them. In a developer window Esc quits.
void onKey(GLFWwindow* window, int key, int, int action, int) {
    if (key == GLFW_KEY_ESCAPE && action == GLFW_PRESS && isDeveloperWindow(window))
        glfwSetWindowShouldClose(window, GLFW_TRUE);
}

void onRefresh(GLFWwindow*) { requestWindowRedraw(); }
void onResize(GLFWwindow*, int, int) { requestWindowRedraw(); }

// The largest 16:9 window that fits the primary monitor's work area with a margin.
void fitToScreen(int& width, int& height) {
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    if (!monitor) return;
    int x, y, areaWidth, areaHeight;
    glfwGetMonitorWorkarea(monitor, &x, &y, &areaWidth, &areaHeight);
    if (areaWidth <= 0 || areaHeight <= 0) return;
    const double scale = std::min(0.9 * areaWidth / width, 0.9 * areaHeight / height);
    if (scale >= 1) return;
    width = static_cast<int>(width * scale);
    height = static_cast<int>(height * scale);
}

void onGlfwError(int code, const char* description) { std::fprintf(stderr, "kiosk: GLFW error %d: %s\n", code, description); }

bool isDeveloperWindow(GLFWwindow* window) { return windowOf(window)->developer(); }

// A display server can refuse a connection and still be there: Xvfb closes
// some new connections at once when several clients connect together (seen:
// 4-13 % of 300 xdpyinfo runs, four at a time), and at boot the kiosk may
// start a moment before its compositor listens. So a display that is named
// gets a few more tries before the kiosk gives up; with none named there is
// nothing to wait for.
bool initialiseGlfw() {
    constexpr int kTries = 25;  // about 5 s
    constexpr auto kPause = std::chrono::milliseconds(200);
    const bool displayNamed = std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY");
    for (int attempt = 1;; ++attempt) {
        if (glfwInit()) return true;
        if (!displayNamed || attempt == kTries) return false;
        std::this_thread::sleep_for(kPause);
    }
}

}  // namespace

std::unique_ptr<GlfwWindow> GlfwWindow::open(const WindowOptions& options, std::string* error) {
    glfwSetErrorCallback(onGlfwError);
    if (!initialiseGlfw()) {
        if (error) *error = "cannot initialise GLFW (no display?)";
        return nullptr;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // ImGui draws in 2D with scissor rectangles only: no depth or stencil
    // buffer. Under llvmpipe GLFW's default 24+8 bits are a second full-screen
    // buffer in the kiosk's own memory, all of it resident (8 MB at 1920x1080).
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    glfwWindowHint(GLFW_RESIZABLE, options.resizable && !options.fullscreen ? GLFW_TRUE : GLFW_FALSE);
    GLFWmonitor* monitor = nullptr;
    int width = options.width, height = options.height;
    if (options.fullscreen) {
        monitor = glfwGetPrimaryMonitor();
        if (const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr) {
            width = mode->width;
            height = mode->height;
            glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
        }
    } else if (options.developer) {
        if (options.fitScreen) fitToScreen(width, height);
    } else {
        glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);  // tests place it at 0,0 and click absolute positions
    }
    if (options.sizeKnown) options.sizeKnown(width, height);
    GLFWwindow* window = glfwCreateWindow(width, height, options.title.c_str(), monitor, nullptr);
    if (!window) {
        if (error) *error = "cannot open a window with an OpenGL 3 context";
        glfwTerminate();
        return nullptr;
    }
    if (!monitor && !options.developer) glfwSetWindowPos(window, 0, 0);
    std::unique_ptr<GlfwWindow> result(new GlfwWindow());
    result->window_ = window;
    result->developer_ = options.developer;
    glfwSetWindowUserPointer(window, result.get());
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    if (!options.developer) glfwSetInputMode(window, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
    glfwSetCursorPosCallback(window, onCursorPos);
    glfwSetMouseButtonCallback(window, onMouseButton);
    glfwSetWindowCloseCallback(window, onCloseRequest);
    glfwSetKeyCallback(window, onKey);
    glfwSetWindowRefreshCallback(window, onRefresh);
    glfwSetFramebufferSizeCallback(window, onResize);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext(options.fontAtlas ? options.fontAtlas() : nullptr);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing a visitor does is written to disk
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    ImGui_ImplOpenGL3_Init("#version 130");
    return result;
}

GlfwWindow::~GlfwWindow() {
    fontTexture_.reset();  // while the GL context is still there
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window_);
    glfwTerminate();
}

bool GlfwWindow::closeRequested() const { return developer_ && glfwWindowShouldClose(window_); }

int GlfwWindow::width() const {
    int w, h;
    glfwGetFramebufferSize(window_, &w, &h);
    return w;
}

int GlfwWindow::height() const {
    int w, h;
    glfwGetFramebufferSize(window_, &w, &h);
    return h;
}

void GlfwWindow::reloadFontTexture() {
    ImGuiIO& io = ImGui::GetIO();
    if (!rendererObjectsMade_) {
        // The backend would otherwise make its shaders and font texture on the
        // first NewFrame, uploading a second time from the CPU copy freed below.
        alpha8Fonts_ = FontTexture::supported();
        if (alpha8Fonts_) {
            // Making the shaders also uploads a font texture, as RGBA32 (a
            // temporary copy four times the atlas): let it upload ImGui's tiny
            // default font instead and drop that, ours follows as Alpha8.
            ImFontAtlas* fonts = io.Fonts;
            ImFontAtlas standIn;
            io.Fonts = &standIn;
            ImGui_ImplOpenGL3_CreateDeviceObjects();
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            io.Fonts = fonts;
        } else {
            ImGui_ImplOpenGL3_CreateDeviceObjects();
        }
        rendererObjectsMade_ = true;
    } else if (!alpha8Fonts_) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    if (alpha8Fonts_) {
        if (!fontTexture_) fontTexture_ = std::make_unique<FontTexture>();
        fontTexture_->upload(io.Fonts);
    }
    // The atlas pixels live in the GL texture now; the CPU copies (alpha and
    // RGBA, several MB for eight scripts) would only weigh on resident memory.
    io.Fonts->ClearTexData();
}

bool GlfwWindow::saveScreenshot(const std::string& path, std::string* error) {
    return saveBackBufferPng(path, width(), height(), error);
}

ImTextureID GlfwWindow::makeRgbaTexture(const unsigned char* rgba, int width, int height) {
    GLuint id = 0;
    glGenTextures(1, &id);
    glBindTexture(GL_TEXTURE_2D, id);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    return reinterpret_cast<ImTextureID>(static_cast<intptr_t>(id));
}

void GlfwWindow::destroyTexture(ImTextureID texture) {
    GLuint id = static_cast<GLuint>(reinterpret_cast<intptr_t>(texture));
    glDeleteTextures(1, &id);
}

}  // namespace platform
