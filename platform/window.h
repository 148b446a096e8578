// The kiosk's one window: GLFW, an OpenGL 3 context, and ImGui set up for
// drawing only. ImGui never sees raw mouse state (the gesture layer decides
// taps and drags), so there is no hover highlight. The cursor is hidden,
// closing is ignored and no key combination closes the window - except in a
// developer window (`developer`), which a laptop user must be able to leave.
#pragma once

#include <memory>
#include <string>

#include "platform/font_texture.h"
#include "platform/pointer_events.h"

struct GLFWwindow;

namespace platform {

struct WindowOptions {
    bool fullscreen = true;  // on the primary monitor, at its current video mode
    int width = 1920, height = 1080;  // when windowed
    std::string title = "Kiosk";
    // A normal window for a developer's desktop: decorated, cursor shown, sized
    // to fit the screen unless a size was given (`fitScreen`), and Esc or the
    // window's close button quits. The installed kiosk never sets this.
    bool developer = false;
    bool fitScreen = false;
};

class Window {
public:
    // Opens the window and initialises ImGui (context, OpenGL 3 renderer).
    // Returns nullptr with a message when there is no display or no OpenGL.
    static std::unique_ptr<Window> open(const WindowOptions& options, std::string* error);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    GLFWwindow* handle() const { return window_; }
    // True once a developer window was asked to close (Esc, close button).
    bool closeRequested() const;
    bool developer() const { return developer_; }
    // Pointer input from GLFW lands here (and replayed input too).
    PointerQueue& pointerQueue() { return queue_; }

    // Framebuffer size in pixels.
    int width() const;
    int height() const;

    // Call after the ImGui font atlas was rebuilt (new content, text size).
    void reloadFontTexture();

private:
    Window() = default;
    GLFWwindow* window_ = nullptr;
    PointerQueue queue_;
    bool developer_ = false;
    bool rendererObjectsMade_ = false;  // ImGui's OpenGL shaders and font texture exist
    bool alpha8Fonts_ = false;          // the font atlas is our one-channel texture, not the backend's RGBA
    std::unique_ptr<FontTexture> fontTexture_;
};

}  // namespace platform
