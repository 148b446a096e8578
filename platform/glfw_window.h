// The real window: GLFW, an OpenGL 3 context, and ImGui set up for drawing
// only. ImGui never sees raw mouse state (the gesture layer decides taps and
// drags), so there is no hover highlight. The cursor is hidden, closing is
// ignored and no key combination closes the window - except in a developer
// window (`developer`), which a laptop user must be able to leave.
#pragma once

#include "platform/window.h"

struct GLFWwindow;

namespace platform {

class GlfwWindow final : public Window {
public:
    // Opens the window and initialises ImGui (context, OpenGL 3 renderer).
    // Returns nullptr with a message when there is no display or no OpenGL.
    static std::unique_ptr<GlfwWindow> open(const WindowOptions& options, std::string* error);
    ~GlfwWindow() override;
    GlfwWindow(const GlfwWindow&) = delete;
    GlfwWindow& operator=(const GlfwWindow&) = delete;

    GLFWwindow* handle() const { return window_; }
    // True once a developer window was asked to close (Esc, close button).
    bool closeRequested() const;
    bool developer() const { return developer_; }

    PointerQueue& pointerQueue() override { return queue_; }
    int width() const override;
    int height() const override;
    void reloadFontTexture() override;
    bool saveScreenshot(const std::string& path, std::string* error) override;
    bool drawsPixels() const override { return true; }
    void run(FrameClient& client) override;  // platform/runner.cpp
    ImTextureID makeRgbaTexture(const unsigned char* rgba, int width, int height) override;
    void destroyTexture(ImTextureID texture) override;

private:
    GlfwWindow() = default;
    GLFWwindow* window_ = nullptr;
    PointerQueue queue_;
    bool developer_ = false;
    bool rendererObjectsMade_ = false;  // ImGui's OpenGL shaders and font texture exist
};

}  // namespace platform
