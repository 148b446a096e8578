// The kiosk's window as the app sees it (hello_imgui style): a size, a queue
// of pointer input, textures, screenshots and a main loop. Two kinds exist:
// GlfwWindow (platform/glfw_window.h), a real window with OpenGL, and
// NullWindow (platform/null_window.h), which draws nothing and runs on a
// clock of its own, so tests drive the whole app in-process without X.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include <imgui.h>

#include "platform/pointer_events.h"

namespace platform {

class FrameClient;

struct WindowOptions {
    bool fullscreen = true;  // on the primary monitor, at its current video mode
    int width = 1920, height = 1080;  // when windowed
    std::string title = "Kiosk";
    // A normal window for a developer's desktop: decorated, cursor shown, sized
    // to fit the screen unless a size was given (`fitScreen`), and Esc or the
    // window's close button quits. The installed kiosk never sets this.
    bool developer = false;
    bool fitScreen = false;
    // The window manager may resize it (the desktop preview; the kiosk's screen has one size).
    bool resizable = false;
    // Start-up work in parallel with the opening (most of which is making the
    // GL context): `sizeKnown` hears the window's size in pixels as soon as
    // GLFW knows it, before the window is made; `fontAtlas`, called before the
    // ImGui context is made, returns an atlas built meanwhile for the context
    // to use (it must outlive the window), or null for the context's own.
    std::function<void(int width, int height)> sizeKnown;
    std::function<ImFontAtlas*()> fontAtlas;
};

// Makes and frees the textures pictures are drawn with.
class TextureMaker {
public:
    virtual ~TextureMaker() = default;
    // An RGBA texture of width x height pixels (rows top-down, no padding).
    virtual ImTextureID makeRgbaTexture(const unsigned char* rgba, int width, int height) = 0;
    virtual void destroyTexture(ImTextureID texture) = 0;
};

class Window : public TextureMaker {
public:
    ~Window() override = default;

    // Pointer input lands here (from the device, or replayed).
    virtual PointerQueue& pointerQueue() = 0;
    // Drawing size in pixels.
    virtual int width() const = 0;
    virtual int height() const = 0;
    // Call after the ImGui font atlas was rebuilt (new content, text size).
    virtual void reloadFontTexture() = 0;
    // Writes what was just drawn as PNG (from FrameClient::afterRender).
    virtual bool saveScreenshot(const std::string& path, std::string* error) = 0;
    // False for a window that only pretends to draw (the null window).
    virtual bool drawsPixels() const = 0;
    // Runs the main loop until the client has finished (or the window closed).
    virtual void run(FrameClient& client) = 0;
};

}  // namespace platform
