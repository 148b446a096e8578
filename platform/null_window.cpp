#include "platform/null_window.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <chrono>
#include <thread>

#include "platform/runner.h"
#include "platform/stop_signals.h"
#include "platform/wake.h"

namespace platform {

namespace {

// The clock advances one frame of a 60 Hz display per frame drawn, so
// animations and flings run their real course in virtual time.
constexpr double kFrameSeconds = 1.0 / 60.0;
// When the app has nothing planned (no deadline, no frame), a background
// thread - the picture decoder, an import - may still ask for a frame: the
// loop waits for that in real time, this long, before it gives up.
constexpr auto kBackgroundGrace = std::chrono::milliseconds(1500);
// A run that jumps past this much virtual time has no end (a test without a
// replay script): stop rather than spin.
constexpr double kMaxVirtualSeconds = 7 * 24 * 3600.0;
// Time passes during every wake-up, as on a real clock: a deadline computed
// as "now plus x" then lands a little in the past, never exactly on now.
constexpr double kWakeSeconds = 0.001;
// While the app works in the background the clock advances in real steps of at most this.
constexpr double kBusyStepSeconds = 0.01;

bool waitForBackgroundRedraw() {
    const auto until = std::chrono::steady_clock::now() + kBackgroundGrace;
    while (std::chrono::steady_clock::now() < until) {
        if (takeRedrawRequest()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return false;
}

double cpuSecondsNow() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

}  // namespace

NullWindow::NullWindow(int width, int height, ImFontAtlas* fonts) : width_(width), height_(height) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext(fonts);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
}

NullWindow::~NullWindow() { ImGui::DestroyContext(); }

void NullWindow::reloadFontTexture() {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->SetTexID(reinterpret_cast<ImTextureID>(intptr_t(-1)));
    atlas->ClearTexData();  // as the real window does once the pixels are uploaded
}

bool NullWindow::saveScreenshot(const std::string& path, std::string* error) {
    if (error) *error = "no screenshot of " + path + ": a null window draws no pixels (run the kiosk in a real window)";
    return false;
}

ImTextureID NullWindow::makeRgbaTexture(const unsigned char*, int, int) {
    return reinterpret_cast<ImTextureID>(nextTexture_++);
}

void NullWindow::destroyTexture(ImTextureID) {}

void NullWindow::run(FrameClient& client) {
    double lastFrame = -1;
    while (!client.finished() && !stopRequested() && now_ < kMaxVirtualSeconds) {
        WakePlan plan = client.wake(now_, queue_.drain());
        if (takeRedrawRequest()) plan.drawNow = true;
        if (client.finished()) break;
        if (plan.drawNow) {
            const double cpuStart = cpuSecondsNow();
            const auto wallStart = std::chrono::steady_clock::now();
            ImGuiIO& io = ImGui::GetIO();
            io.DisplaySize = ImVec2(float(width_), float(height_));
            io.DeltaTime = lastFrame >= 0 ? float(std::max(1e-4, now_ - lastFrame)) : float(kFrameSeconds);
            io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
            lastFrame = now_;
            ImGui::NewFrame();
            client.drawFrame(now_, width_, height_);
            ImGui::Render();
            const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
            client.afterRender(width_, height_, cpuSecondsNow() - cpuStart, wall);
            ++frames_;
            now_ += kFrameSeconds;
            continue;
        }
        if (!queue_.empty()) continue;  // input queued while waking (replay)
        if (plan.wakeAt >= 1e299) {
            if (!waitForBackgroundRedraw()) break;  // nothing can ever wake it
            continue;
        }
        if (client.backgroundBusy()) {
            // An import runs in real time: so does the clock until it is done.
            const double step = std::clamp(plan.wakeAt - now_, kWakeSeconds, kBusyStepSeconds);
            std::this_thread::sleep_for(std::chrono::duration<double>(step));
            now_ += step;
            continue;
        }
        now_ = std::max(now_ + kWakeSeconds, plan.wakeAt);
    }
}

}  // namespace platform
