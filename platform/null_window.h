// A window that draws nothing (hello_imgui's null runner): the app runs its
// real frames - gestures, layout, tap targets, drawn text - through ImGui, but
// nothing is rasterised and no display is needed. Its clock is its own: when
// the app sleeps until a deadline (an idle reset, the next replay step) the
// clock jumps there at once, so a test of a two-minute idle reset takes
// milliseconds - except while the app works in the background (an import):
// then the clock follows real time. Screenshots are refused (no pixels).
#pragma once

#include "platform/window.h"

namespace platform {

class NullWindow final : public Window {
public:
    // Creates the ImGui context (and destroys it with the window).
    // `fonts`: an atlas built beforehand for the ImGui context (it must outlive the window), or null.
    NullWindow(int width, int height, ImFontAtlas* fonts = nullptr);
    ~NullWindow() override;
    NullWindow(const NullWindow&) = delete;
    NullWindow& operator=(const NullWindow&) = delete;

    PointerQueue& pointerQueue() override { return queue_; }
    int width() const override { return width_; }
    int height() const override { return height_; }
    void reloadFontTexture() override;
    bool saveScreenshot(const std::string& path, std::string* error) override;
    // Ends when the client has finished, or when it would sleep for ever
    // (nothing left that could wake it without a real visitor).
    bool drawsPixels() const override { return false; }
    void run(FrameClient& client) override;
    ImTextureID makeRgbaTexture(const unsigned char* rgba, int width, int height) override;
    void destroyTexture(ImTextureID texture) override;

    // Seconds on the window's own clock, and frames drawn so far.
    double now() const { return now_; }
    long framesDrawn() const { return frames_; }

private:
    int width_, height_;
    PointerQueue queue_;
    double now_ = 0;
    long frames_ = 0;
    intptr_t nextTexture_ = 1;
};

}  // namespace platform
