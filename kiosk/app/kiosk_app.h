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
#include "kiosk/app/desktop_preview.h"
#include "kiosk/app/frame_stats.h"
#include "kiosk/app/preview_session.h"
#include "kiosk/app/replay.h"
#include "kiosk/app/startup_warmup.h"
#include "kiosk/app/station.h"
#include "platform/runner.h"
#include "platform/window.h"

namespace kiosk {

class KioskApp : public platform::FrameClient, public ReplayHost {
public:
    // `settings`: the command line merged with the configuration file
    // (resolveStationSettings). `prepared`: the content and fonts the
    // start-up made ready on another core (StartupWarmup), used when they fit.
    KioskApp(StationSettings settings, platform::Window& window, double processStart, PreparedStart prepared = {});

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
    void noteWindowRedraw() override { frameReason_ = "window"; }
    bool finished() const override { return finished_ || (station_ && station_->leaving()); }
    // An import, or read-aloud speaking (the voice runs in real time).
    bool backgroundBusy() const override {
        return (station_ && station_->importRunning()) || state_.readAloud.mode() == ReadAloud::Mode::Speaking ||
               (desktop_ && desktop_->building());
    }

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
    bool attracting() const override { return attractSince_ >= 0 && !nightNow(); }
    bool speaking() const override { return state_.readAloud.mode() != ReadAloud::Mode::Silent; }
    int highlightedSentence() const override { return state_.readAloud.highlightDrawn(); }
    int framesFromTouchToSilence() const override { return framesFromTouchToSilence_; }
    bool idleWarningVisible() const override { return idleWarningShown_; }
    int previewBuilds() const override { return desktop_ ? int(desktop_->buildsFinished()) : -1; }
    std::vector<std::string> previewPanelLines() const override {
        return desktop_ ? desktop_->panelLines() : std::vector<std::string>{};
    }
    std::vector<std::string> previewProblemLines() const override {
        return desktop_ ? desktop_->problemLines() : std::vector<std::string>{};
    }

private:
    void openContent();
    void contentSwapped();  // state_.store changed: pictures, screen memory, fonts follow
    void updatePreview(double now);
    void previewDiscarded(double now);  // Discard or a pulled stick: back to the staff screen
    void rebuildFontsIfNeeded();
    void resetVisitor();  // the idle reset: forget everything the visitor did
    void updateIdle(double now);
    // Runner seconds without a touch before the idle reset (--idle-seconds on the kiosk's clock).
    double idleAfterSeconds() const;
    void drawFade(double now);
    void backHome();
    // The idle kiosk's night hours ([attract] night): nothing is drawn then.
    bool nightNow() const;
    // Seconds before the idle reset when "still there?" appears; 0 = never.
    double idleWarningLead() const;
    bool idleWarningDue(double now) const;
    // Any other touch, navigation or language change stops read-aloud (EN 301 549 5.1.3.5).
    void stopSpeechOnTouch(const platform::GestureFrame& input);
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
    PreviewSession preview_;  // staff previewing a staged version
    // --preview SRC: a coordinator's desktop window on a source folder (no station, no idle reset).
    std::unique_ptr<DesktopPreview> desktop_;
    uint64_t stationChangesSeen_ = 0;
    const char* frameReason_ = "start";  // why the next frame is drawn (see wake())
    Screen frameScreen_ = Screen::Home;  // what this frame draws (FrameStats notes each screen's opening)

    int settleFrames_ = 3;  // the first frames let the layout (and pictures) settle
    double lastInputTime_ = 0;
    double lastFrameTime_ = -1;
    double fadeStart_ = -1;  // idle fade in progress since
    bool fadeResetDone_ = false;
    bool idleWarningShown_ = false;   // the last frame showed "still there?"
    int framesFromTouchToSilence_ = -1;
    size_t speechTouchFrame_ = 0;     // the frame a touch stopped speech in
    bool speechTouchPending_ = false;
    PreparedStart prepared_;  // given up at the first use
    int builtTextStep_ = -1;
    float builtTextScale_ = 0;
    float builtPxPerMm_ = 0;
    int64_t shownMinute_ = 0;  // the wall-clock minute the last frame showed
    content::station::AttractConfig attract_;
    double attractSince_ = -1;  // the attract state runs since this runner time (-1 = off)

    std::string screenshotPath_;
    bool screenshotOnStartDone_ = false;
    bool interactiveMarked_ = false;
    bool finished_ = false;
    int exitCode_ = 0;
};

}  // namespace kiosk
