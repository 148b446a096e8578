// The visitor application as the runner sees it: it turns queued pointer
// events into gestures, decides when a frame is needed (input, settling,
// animation, idle reset, clock tick, replay), draws the frame (screen + top
// bar + idle fade), and serves the test modes (replay, screenshot,
// frame statistics, drawn-text dump).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "kiosk/app/app_state.h"
#include "kiosk/app/frame_stats.h"
#include "kiosk/app/replay.h"
#include "kiosk/app/station.h"
#include "platform/runner.h"
#include "platform/window.h"

namespace kiosk {

class KioskApp : public platform::FrameClient, public ReplayHost {
public:
    // `settings`: the command line merged with the configuration file
    // (resolveStationSettings).
    KioskApp(StationSettings settings, platform::Window& window, double processStart);

    // Opens the content, builds the fonts, loads the replay script. False
    // with a message only for errors that make running pointless (a bad
    // replay file); missing content is shown calmly on screen instead.
    bool start(std::string* error);

    // Writes --frame-stats and --dump-text files; returns the exit code.
    int finish();

    AppState& state() { return state_; }

    // platform::FrameClient
    platform::WakePlan wake(double now, std::vector<platform::PointerEvent> events) override;
    void drawFrame(double now, int width, int height) override;
    void afterRender(int width, int height, double cpuSeconds, double wallSeconds) override;
    bool finished() const override { return finished_ || (station_ && station_->leaving()); }
    bool backgroundBusy() const override { return station_ && station_->importRunning(); }

    // ReplayHost
    void pushPointer(const platform::PointerEvent& event) override { window_.pointerQueue().push(event); }
    bool settled() const override;
    const TapTargets& tapTargets() const override { return state_.taps; }
    Screen currentScreen() const override { return state_.screen(); }
    void requestScreenshot(const std::string& path) override { screenshotPath_ = path; }
    bool screenshotPending() const override { return !screenshotPath_.empty(); }
    size_t framesDrawn() const override { return stats_.frames(); }
    std::string language() const override { return state_.language(); }
    std::vector<std::string> screenMemory() const override { return state_.screens.held(); }
    std::vector<std::string> visitorLeftovers() const override;

private:
    void openContent();
    void rebuildFontsIfNeeded();
    void resetVisitor();  // the idle reset: forget everything the visitor did
    void updateIdle(double now);
    // Runner seconds without a touch before the idle reset (--idle-seconds on the kiosk's clock).
    double idleAfterSeconds() const;
    void drawFade(double now);
    std::string recordingContext() const;

    KioskOptions options_;
    platform::Window& window_;
    AppState state_;
    platform::GestureRecognizer gestures_;
    std::vector<platform::PointerEvent> pending_;
    std::unique_ptr<ReplayDriver> replay_;
    // Import worker, watchers and watchdog, on the resolved configuration.
    std::unique_ptr<Station> station_;
    FrameStats stats_;

    int settleFrames_ = 3;  // the first frames let the layout (and pictures) settle
    double lastInputTime_ = 0;
    double lastFrameTime_ = -1;
    double fadeStart_ = -1;  // idle fade in progress since
    bool fadeResetDone_ = false;
    int builtTextStep_ = -1;
    float builtPxPerMm_ = 0;
    int64_t shownMinute_ = 0;  // the wall-clock minute the last frame showed

    std::string screenshotPath_;
    bool screenshotOnStartDone_ = false;
    bool interactiveMarked_ = false;
    bool finished_ = false;
    int exitCode_ = 0;
};

}  // namespace kiosk
