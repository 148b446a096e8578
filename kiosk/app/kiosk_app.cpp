#include "kiosk/app/kiosk_app.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "content/core/model.h"
#include "content/core/time_zone.h"
#include "kiosk/app/frame_chrome.h"
#include "kiosk/app/preview_frame.h"
#include "kiosk/app/screens.h"
#include "kiosk/app/target_dump.h"
#include "kiosk/app/visitor_fonts.h"
#include "kiosk/screens/attract.h"
#include "kiosk/screens/idle_warning.h"
#include "kiosk/screens/staff_screen.h"
#include "kiosk/i18n/i18n.h"
#include "platform/process_memory.h"
#include "platform/wake.h"

namespace kiosk {

namespace {

constexpr double kNever = 1e300;
// Frames drawn after any input, so the screen a tap opened is drawn (and its
// tap targets known) before the loop goes back to sleep.
constexpr int kSettleFramesAfterInput = 2;
// The idle fade: out to the background colour, reset, back in.
constexpr double kFadeOutSeconds = 0.45;
constexpr double kFadeInSeconds = 0.35;

}  // namespace

KioskApp::KioskApp(StationSettings settings, platform::Window& window, double processStart, PreparedStart prepared)
    : options_(std::move(settings.options)), window_(window), prepared_(std::move(prepared)),
      attract_(settings.config.attract) {
    station_ = std::make_unique<Station>(std::move(settings.config));
    if (!options_.previewFolder.empty()) {
        desktop_ = std::make_unique<DesktopPreview>(options_.previewFolder, options_.screenWidthMm, options_.screenHeightMm);
        options_.dataDir.clear();  // the preview's own private folder, once it is made
    }
    state_.images.attach(&window_, !window_.drawsPixels());
    stats_.markProcessStart(processStart);
}

bool KioskApp::start(std::string* error) {
    openContent();
    if (options_.now) {
        auto parsed = content::parseIsoToUtc(*options_.now, state_.timeZone());
        if (!parsed) {
            if (error) *error = "--now expects an ISO 8601 time like 2026-11-21T10:00:00+01:00, not '" + *options_.now + "'";
            return false;
        }
        state_.clockFixed = true;
        state_.fixedNowUtc = *parsed;
    }
    if (options_.clockSpeed != 1) {
        // A running clock: the minute ticks, the idle reset and the day's
        // events go by as on a real day, only faster.
        state_.clockSpeed = options_.clockSpeed;
        state_.fastClockStartUtc = state_.clockFixed ? state_.fixedNowUtc : int64_t(std::time(nullptr));
        state_.clockFixed = false;
    }
    const auto& languages = content::supportedLanguages();
    if (std::find(languages.begin(), languages.end(), options_.language) == languages.end()) {
        std::fprintf(stderr, "kiosk: unknown language '%s', starting in German\n", options_.language.c_str());
        options_.language = "de";
    }
    if (desktop_) {
        // The preview builds on the process's one clock too.
        if (!desktop_->start(state_.clockFixed ? state_.fixedNowUtc : 0, [] { platform::requestRedraw(); }, error))
            return false;
        options_.dataDir = desktop_->dataDir().string();
    }
    state_.readAloud.configure(options_.audioEnabled, options_.audioVolumePercent);
    resetVisitor();
    // Only what this run draws is recorded (tests run several kiosks in one process).
    text::clearRecorded();
    text::setRecording(!options_.textDumpFile.empty());
    if (!options_.replayFile.empty()) {
        replay_ = ReplayDriver::load(options_.replayFile, error);
        if (!replay_) return false;
    }
    rebuildFontsIfNeeded();
    // One clock for the whole process: the station's imports and status
    // files run on the same (fixed or real) time as the screens. A fast
    // clock's station stays at its start instant (the import's checks of
    // valid_until and the heartbeats need no day to pass).
    const int64_t stationNow = state_.clockFixed ? state_.fixedNowUtc : state_.clockSpeed != 1 ? state_.fastClockStartUtc : 0;
    // The desktop preview is no station: it watches no sticks or drop folders.
    if (!desktop_) station_->start([] { platform::requestRedraw(); }, stationNow);
    return true;
}

void KioskApp::openContent() {
    state_.store.reset();
    state_.contentError.clear();
    if (desktop_ && !desktop_->hasGoodBuild()) {
        // The preview's page says what to fix before there is anything to show.
    } else if (options_.dataDir.empty()) {
        state_.contentError = "no --data directory given";
    } else {
        std::string error;
        if (prepared_.store && prepared_.dataDir == options_.dataDir)
            state_.store = std::move(prepared_.store);  // opened while the window opened
        else
            state_.store = content::ContentStore::open(options_.dataDir, &error);
        prepared_.store.reset();  // newer content comes the normal way
        if (!state_.store) state_.contentError = error.empty() ? "no live content" : error;
    }
    if (!state_.contentError.empty()) std::fprintf(stderr, "kiosk: %s\n", state_.contentError.c_str());
    contentSwapped();
}

void KioskApp::contentSwapped() {
    state_.images.clear();
    state_.screens.forget();
    ++state_.contentGeneration;
    builtTextStep_ = -1;  // the atlas must hold the new content's characters
    platform::returnFreedMemory();  // the old content's caches and pictures are gone
    settleFrames_ = std::max(settleFrames_, 1);
}

void KioskApp::updatePreview(double now) {
    switch (preview_.update(state_, *station_, staffScreenWantsPreview(state_))) {
        case PreviewSession::Change::None: return;
        case PreviewSession::Change::Entered:
            // The staff member now sees the visitor screens, from home, on the staged content.
            contentSwapped();
            state_.home();
            return;
        case PreviewSession::Change::Discarded: previewDiscarded(now); return;
        case PreviewSession::Change::Published:
            station_->takeNewContent(true);
            openContent();
            state_.home();
            reopenStaffScreen(state_, preview_.notice(), now);
            return;
    }
}

void KioskApp::previewDiscarded(double now) {
    // The live store is back: the staff member is back on the staff screen, saying why.
    contentSwapped();
    state_.home();
    reopenStaffScreen(state_, preview_.notice(), now);
}

void KioskApp::rebuildFontsIfNeeded() {
    float width = float(window_.width()), height = float(window_.height());
    float pxPerMm = desktop_ ? desktop_->visitorDensity(width, height)
                             : UiMetrics::densityFor(width, height, options_.screenWidthMm, options_.screenHeightMm);
    const int step = std::clamp(state_.session.textSizeStep, 0, 2);
    const bool easy = state_.language() == content::kEasyGerman;
    const float scale = visitorTextScale(step, easy);
    if (step == builtTextStep_ && std::abs(scale - builtTextScale_) < 0.001f &&
        std::abs(pxPerMm - builtPxPerMm_) < 0.01f)
        return;
    const text::FontSet::Request request =
        visitorFontRequest(pxPerMm, step, easy, state_.store ? state_.store->codepoints() : std::vector<uint32_t>{});
    // The start-up's fonts, built into this context's atlas while the window
    // opened, when they are the ones needed (same screen, size and glyphs).
    const ImFont* preparedBody = prepared_.fontsBuilt ? prepared_.fonts.font(text::Style::Body) : nullptr;
    std::string error;
    if (preparedBody && preparedBody->ContainerAtlas == ImGui::GetIO().Fonts && !prepared_.fonts.needsRebuild(request)) {
        state_.fonts = std::move(prepared_.fonts);
        stats_.noteFonts(FrameStats::FontsFrom::StartUp);
    } else {
        if (!state_.fonts.build(ImGui::GetIO().Fonts, request, &error)) std::fprintf(stderr, "kiosk: fonts: %s\n", error.c_str());
        stats_.noteFonts(FrameStats::FontsFrom::Built);
    }
    prepared_.fontsBuilt = false;  // a later build (text size, new content) replaces it
    ImGui::GetIO().FontDefault = state_.fonts.font(text::Style::Body);
    window_.reloadFontTexture();
    // ImGui copied each font file once for every style that uses it (about
    // 12 MB); the glyphs are built and uploaded, so the copies go. The next
    // build (another text size, new content) adds the fonts again.
    ImGui::GetIO().Fonts->ClearInputData();
    platform::returnFreedMemory();  // they were in the middle of the heap
    builtTextStep_ = step;
    builtTextScale_ = scale;
    builtPxPerMm_ = pxPerMm;
}

void KioskApp::resetVisitor() {
    // A preview is staff work: the idle reset ends it and visitors see the live content.
    if (preview_.active()) {
        preview_.discard(state_, *station_, "staff.preview.discarded");
        contentSwapped();
    }
    // Silence and the configured volume for the next visitor (EN 301 549 5.1.3.13).
    state_.readAloud.resetForNextVisitor();
    state_.session = VisitorSession{};
    // Every screen's memory and every laid-out text (search words typed, names
    // of pages opened) go with the visitor.
    state_.screens.forget();
    text::clearLayoutCache();
    state_.setLanguage(options_.language);
    state_.session.touched = false;
    ++state_.contentGeneration;
}

std::vector<std::string> KioskApp::visitorLeftovers() const {
    const VisitorSession& s = state_.session;
    std::vector<std::string> left;
    if (state_.language() != options_.language) left.push_back("language " + state_.language());
    if (s.navigation.depth() != 1 || s.navigation.screen() != Screen::Home) left.push_back("an open page");
    const auto& f = s.organisationFilter;
    if (!f.topic.empty() || !f.language.empty() || !f.district.empty() || f.openNow) left.push_back("a filter");
    if (!s.eventsFilter.empty()) left.push_back("the events filter");
    if (!s.searchText.empty()) left.push_back("search text '" + s.searchText + "'");
    for (const auto& [id, scroll] : s.widgets.scrolls)
        if (scroll.offset() != 0) left.push_back("scroll position of " + id);
    if (!s.widgets.openSheet.empty()) left.push_back("an open sheet");
    if (s.textSizeStep != 0) left.push_back("a text size");
    if (s.highContrast) left.push_back("high contrast");
    if (s.touched) left.push_back("a touch since the reset");
    if (state_.readAloud.mode() != ReadAloud::Mode::Silent) left.push_back("read-aloud speaking");
    if (state_.readAloud.volumeStep() != 0) left.push_back("a louder read-aloud volume");
    return left;
}

double KioskApp::idleAfterSeconds() const { return options_.idleSeconds / options_.clockSpeed; }

bool KioskApp::settled() const {
    return pending_.empty() && window_.pointerQueue().empty() && settleFrames_ == 0 && !state_.animationRequested &&
           fadeStart_ < 0 && !state_.images.busy() && screenshotPath_.empty() && !(desktop_ && desktop_->building());
}

double KioskApp::idleWarningLead() const {
    const int lead = options_.idleWarningSeconds;
    return lead > 0 && lead < idleAfterSeconds() ? double(lead) : 0.0;
}

bool KioskApp::idleWarningDue(double now) const {
    return !desktop_ && idleWarningLead() > 0 && state_.session.touched && fadeStart_ < 0 && !gestures_.touching() &&
           now - lastInputTime_ >= idleAfterSeconds() - idleWarningLead();
}

void KioskApp::stopSpeechOnTouch(const platform::GestureFrame& input) {
    ReadAloud& readAloud = state_.readAloud;
    if (!input.press || readAloud.mode() == ReadAloud::Mode::Silent) return;
    // A touch on the read-aloud buttons is theirs; the warning takes every touch.
    // The desktop preview draws the controls into its visitor area, in that area's pixels.
    const ImVec2 origin = desktop_ ? desktop_->visitorArea(state_.ui.width, state_.ui.height, state_.ui.rtl).min : ImVec2(0, 0);
    if (!idleWarningShown_ && readAloud.inControls(input.press->x - origin.x, input.press->y - origin.y)) return;
    readAloud.stop();
    speechTouchPending_ = true;
    speechTouchFrame_ = stats_.frames();
}

void KioskApp::updateIdle(double now) {
    // A coordinator at the desktop preview is not thrown back home.
    if (desktop_ || fadeStart_ >= 0 || !state_.session.touched || gestures_.touching()) return;
    if (now - lastInputTime_ >= idleAfterSeconds()) {
        fadeStart_ = now;
        fadeResetDone_ = false;
    }
}

platform::WakePlan KioskApp::wake(double now, std::vector<platform::PointerEvent> events) {
    platform::WakePlan plan;
    state_.advanceRunnerClock(now);
    if (!events.empty()) {
        pending_.insert(pending_.end(), events.begin(), events.end());
        lastInputTime_ = now;
        settleFrames_ = std::max(settleFrames_, kSettleFramesAfterInput);
    }
    station_->onWake();
    // A visitor listening to read-aloud is there: the idle time counts from
    // the end of the speech (the player wakes the loop at every sentence and at the end).
    if (state_.readAloud.mode() == ReadAloud::Mode::Speaking && !idleWarningShown_) lastInputTime_ = now;
    // New content from a stick or a drop folder switches in one step, at a
    // calm moment: on the home screen with no finger down (the idle reset
    // brings every visitor back there), never under a reading visitor.
    const bool calm = state_.screen() == Screen::Home && !gestures_.touching() && fadeStart_ < 0 &&
                      !staffScreenOpen(state_) && !preview_.active();
    if (station_->takeNewContent(calm)) {
        openContent();
        settleFrames_ = std::max(settleFrames_, 1);
    }
    if (const bool updating = !state_.store && station_->contentRebuilding(); updating != state_.contentUpdating) {
        state_.contentUpdating = updating;
        settleFrames_ = std::max(settleFrames_, 1);
    }
    // The station's worker or stick watcher has news (a check's answer, a
    // stick plugged or pulled): the staff screen or the preview draws it.
    if (!staffScreenOpen(state_)) station_->stopWatchingPublishedStick();
    if (const uint64_t changes = station_->changeCount(); changes != stationChangesSeen_) {
        stationChangesSeen_ = changes;
        if (staffScreenOpen(state_) || preview_.active()) settleFrames_ = std::max(settleFrames_, 1);
        updatePreview(now);  // a staged version, a finished publish or a pulled stick arrive only this way
    }
    if (desktop_) {
        // A build started or ended: the panel says so; a good one swaps in like a live import.
        bool newContent = false;
        if (desktop_->update(&newContent)) settleFrames_ = std::max(settleFrames_, 1);
        if (newContent) {
            openContent();
            DesktopPreview::keepRoutesThatExist(state_);
        }
    }
    rebuildFontsIfNeeded();  // outside the ImGui frame, as the atlas requires
    updateIdle(now);

    double replayWake = kNever;
    if (replay_) {
        replayWake = replay_->tick(now, *this);
        if (replay_->finished()) {
            exitCode_ = replay_->exitCode();
            finished_ = true;
            return plan;
        }
    } else if (!options_.screenshotFile.empty()) {
        // --screenshot: wait for the first screen to settle (pictures too), save, exit.
        if (!screenshotOnStartDone_ && settled()) {
            screenshotPath_ = options_.screenshotFile;
            screenshotOnStartDone_ = true;
        } else if (screenshotOnStartDone_ && screenshotPath_.empty()) {
            finished_ = true;
            return plan;
        }
    }

    int64_t minute = state_.nowUtc() / 60;
    // An idle kiosk at night draws nothing, not even the minute (the first
    // minute of the day wakes the attract state again).
    const bool idleAtNight = attractSince_ >= 0 && nightNow();
    bool clockTick = !state_.clockFixed && minute != shownMinute_ && !idleAtNight;
    const bool warningChanges = idleWarningDue(now) != idleWarningShown_;
    // The first reason that holds names the frame (--frame-stats counts them
    // per replay `wait`); none means the runner draws only if asked from
    // outside: a sentence of read-aloud, the window exposed, a signal.
    frameReason_ = !pending_.empty()                                     ? "input"
                   : settleFrames_ > 0                                   ? "settle"
                   : warningChanges                                      ? "idle-warning"
                   : state_.animationRequested                           ? "animation"
                   : fadeStart_ >= 0                                     ? "fade"
                   : !screenshotPath_.empty()                            ? "screenshot"
                   : clockTick                                           ? "clock"
                   : (state_.nextFrameAt > 0 && state_.nextFrameAt <= now) ? "deadline"
                                                                         : nullptr;
    plan.drawNow = frameReason_ != nullptr;
    if (!frameReason_) frameReason_ = "request";
    if (plan.drawNow) return plan;

    plan.wakeAt = std::min(replayWake, now + station_->maxSleepSeconds());  // the watchdog wants a sign of life
    if (state_.nextFrameAt > 0) plan.wakeAt = std::min(plan.wakeAt, state_.nextFrameAt);
    if (state_.session.touched && !desktop_) {
        plan.wakeAt = std::min(plan.wakeAt, lastInputTime_ + idleAfterSeconds());
        if (idleWarningLead() > 0 && !idleWarningShown_)
            plan.wakeAt = std::min(plan.wakeAt, lastInputTime_ + idleAfterSeconds() - idleWarningLead());
    }
    if (!state_.clockFixed) {
        // A wall-clock minute changes open/closed badges and "today": one frame a minute.
        double secondsToNextMinute = (60.0 - double(state_.nowUtc() % 60)) / state_.clockSpeed;
        plan.wakeAt = std::min(plan.wakeAt, now + secondsToNextMinute);
    }
    return plan;
}

std::string KioskApp::recordingContext() const {
    return std::string(screenName(state_.screen())) + "/" + state_.language() + "/" +
           (state_.ui.portrait ? "portrait" : "landscape");
}

void KioskApp::drawFrame(double now, int width, int height) {
    state_.advanceRunnerClock(now);
    // Capped so the first frame after a long sleep does not jump an animation;
    // generous enough that momentum keeps its real speed on a slow machine.
    state_.frameDelta = lastFrameTime_ < 0 ? 1.0f / 60 : float(std::clamp(now - lastFrameTime_, 0.001, 0.25));
    lastFrameTime_ = now;
    state_.frameTime = now;
    frameScreen_ = state_.screen();

    UiMetrics& ui = state_.ui;
    ui.width = float(width);
    ui.height = float(height);
    ui.pxPerMm = UiMetrics::densityFor(ui.width, ui.height, options_.screenWidthMm, options_.screenHeightMm);
    state_.images.fitScreen(width, height);
    ui.rtl = content::isRightToLeft(state_.language());
    ui.portrait = height > width;
    if (desktop_) ui.pxPerMm = desktop_->visitorDensity(ui.width, ui.height);
    state_.theme = state_.session.highContrast ? Theme::highContrast() : Theme::normal();
    gestures_.setSlop(ui.small());

    platform::GestureFrame input = gestures_.process(pending_);
    pending_.clear();
    if (input.press && attractSince_ >= 0) {
        // The first touch only ends the attract state: the visitor sees the
        // normal home first and taps what they want on it. At night the
        // normal home is what is on the screen, so the touch counts.
        if (!nightNow()) {
            input.tap.reset();
            gestures_.swallowCurrentTouch();
        }
        attractSince_ = -1;
        settleFrames_ = std::max(settleFrames_, 1);
    }
    if (input.press) state_.session.touched = true;
    if (fadeStart_ >= 0) input.tap.reset();  // nothing is tapped while the screen fades to home
    state_.readAloud.beginFrame();
    stopSpeechOnTouch(input);
    if (idleWarningShown_ && (input.press || input.tap)) {
        // The touch that answers "still there?" only continues: it opens nothing under the notice.
        input.tap.reset();
        gestures_.swallowCurrentTouch();
    }
    state_.input = input;
    state_.animationRequested = false;
    state_.swallowTouchRequested = false;
    state_.nextFrameAt = 0;
    std::optional<ImVec2> tap;
    if (input.tap) tap = ImVec2(input.tap->x, input.tap->y);
    state_.taps.beginFrame(tap);

    if (text::recording()) text::setRecordingContext(recordingContext());
    const uint64_t navigationBefore = state_.session.navigation.generation();
    const uint64_t contentBefore = state_.contentGeneration;

    state_.drawList = ImGui::GetBackgroundDrawList();
    state_.drawList->AddRectFilled({0, 0}, {ui.width, ui.height}, state_.theme.background);
    Rect area = {{0, topBarHeight(state_)}, {ui.width, ui.height}};
    if (preview_.active()) area.max.y -= previewBandHeight(state_);
    if (desktop_) {
        desktop_->drawFrame(state_, [this](const Rect& visitor) {
            drawCurrentScreen(state_, {{0, topBarHeight(state_)}, visitor.max});
            drawTopBar(state_);
        });
    } else if (updateStaffGesture(state_, now)) {
        drawStaffScreen(state_, *station_, now);
    } else if (attractSince_ >= 0 && !nightNow() && state_.screen() == Screen::Home) {
        drawAttract(state_, {{0, 0}, {ui.width, ui.height}}, now - attractSince_, attract_.secondsPerLanguage);
    } else {
        drawCurrentScreen(state_, area);
        drawTopBar(state_);
        if (preview_.active()) {
            switch (drawPreviewFrame(state_, preview_.publishing())) {
                case PreviewChoice::None: break;
                case PreviewChoice::Publish: preview_.publish(*station_); break;
                case PreviewChoice::Discard:
                    preview_.discard(state_, *station_, "staff.preview.discarded");
                    previewDiscarded(now);
                    break;
            }
            // Publishing runs on the worker: look again until it is done.
            if (preview_.publishing()) state_.requestFrameAt(now + 0.25);
        }
    }
    const bool warning = idleWarningDue(now);
    if (warning) {
        const double secondsLeft = lastInputTime_ + idleAfterSeconds() - now;
        // Spoken when the visitor used read-aloud during this visit.
        if (!idleWarningShown_ && state_.readAloud.usedThisVisit()) startSpokenIdleWarning(state_);
        drawIdleWarning(state_, secondsLeft);
    } else if (idleWarningShown_) {
        state_.readAloud.stop();  // answered, or the reset is here
    }
    idleWarningShown_ = warning;
    drawFade(now);

    if (state_.swallowTouchRequested) gestures_.swallowCurrentTouch();
    if (state_.images.uploadPending()) state_.animationRequested = true;
    if (settleFrames_ > 0) --settleFrames_;
    // Something changed during this frame: draw the result once more so the
    // visitor (and the tap targets) see the new state.
    if (state_.session.navigation.generation() != navigationBefore || state_.contentGeneration != contentBefore) {
        settleFrames_ = std::max(settleFrames_, 1);
        state_.readAloud.stop();  // another page or another language: the old words are gone
    }
    if (state_.session.navigation.generation() != navigationBefore && state_.screen() == Screen::Home) backHome();
    if (speechTouchPending_ && state_.readAloud.mode() == ReadAloud::Mode::Silent) {
        framesFromTouchToSilence_ = int(stats_.frames() - speechTouchFrame_);
        speechTouchPending_ = false;
    }
    shownMinute_ = state_.nowUtc() / 60;
}

void KioskApp::backHome() {
    // Home is where a visitor starts again: the lists and pages they left
    // are read afresh (each opens within a frame) and open at the top; their
    // choices (language, filters, search words, text size) stay. What the
    // pages held goes back to the system now instead of sitting in the heap
    // while the next list fills: the events list read far down is 4 MB.
    // After the frame, so nothing drawn in it still points into a state.
    state_.screens.forgetAllBut({"attract", "staff"});
    state_.session.widgets.scrolls.clear();
    platform::returnFreedMemory();
}

void KioskApp::drawFade(double now) {
    if (fadeStart_ < 0) return;
    double t = now - fadeStart_;
    float alpha;
    if (t < kFadeOutSeconds) {
        alpha = float(t / kFadeOutSeconds);
    } else {
        if (!fadeResetDone_) {
            resetVisitor();
            fadeResetDone_ = true;
            // Home now waits for the next visitor: it shows the attract state.
            if (attract_.enabled) attractSince_ = now;
        }
        alpha = 1.0f - float((t - kFadeOutSeconds) / kFadeInSeconds);
        if (alpha <= 0) {
            fadeStart_ = -1;
            settleFrames_ = std::max(settleFrames_, 1);
            return;
        }
    }
    ImU32 color = (state_.theme.background & 0x00FFFFFFu) | (ImU32(std::clamp(alpha, 0.0f, 1.0f) * 255) << 24);
    state_.drawList->AddRectFilled({0, 0}, {state_.ui.width, state_.ui.height}, color);
    state_.requestAnimationFrame();
}

bool KioskApp::nightNow() const {
    const content::LocalTime local = content::toLocal(state_.nowUtc(), state_.timeZone());
    return attract_.isNight(local.hour * 60 + local.minute);
}

void KioskApp::afterRender(int width, int height, double cpuSeconds, double wallSeconds) {
    stats_.recordFrame(cpuSeconds, wallSeconds, std::string(screenName(frameScreen_)));
    stats_.noteReason(frameReason_);
    station_->noteScreenSize(width, height);
    if (!interactiveMarked_) {
        stats_.markInteractive(steadySeconds());
        interactiveMarked_ = true;
        station_->markReady();
    }
    if (!screenshotPath_.empty()) {
        std::string error;
        if (!window_.saveScreenshot(screenshotPath_, &error)) {
            std::fprintf(stderr, "kiosk: %s\n", error.c_str());
            exitCode_ = 1;
        }
        screenshotPath_.clear();
    }
}

int KioskApp::finish() {
    std::string error;
    if (replay_) {
        // Frames drawn during each `wait`: on an untouched screen there are none.
        std::string waits = "\"idle_waits\": [";
        for (size_t i = 0; i < replay_->waits().size(); ++i) {
            const ReplayWait& wait = replay_->waits()[i];
            waits += (i ? ", " : "") + std::string("{\"line\": ") + std::to_string(wait.line) +
                     ", \"ms\": " + std::to_string(int64_t(wait.milliseconds)) +
                     ", \"frames\": " + std::to_string(wait.frames) +
                     ", \"reasons\": " + stats_.reasonsJson(wait.firstFrame, wait.frames) +
                     ", \"frame_cpu_p99_ms\": " + std::to_string(stats_.percentileMs(99, wait.firstFrame, wait.frames)) + "}";
        }
        stats_.setExtraJson(waits + "], \"speech_silence_ms\": " +
                            std::to_string(state_.readAloud.player().lastSilenceDelay() * 1000.0) +
                            ", \"speech_samples\": " + std::to_string(state_.readAloud.player().samplesPlayed()));
    }
    if (!options_.frameStatsFile.empty() && !stats_.write(options_.frameStatsFile, &error)) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        exitCode_ = exitCode_ ? exitCode_ : 1;
    }
    if (!options_.textDumpFile.empty() && !text::writeRecorded(options_.textDumpFile, &error)) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        exitCode_ = exitCode_ ? exitCode_ : 1;
    }
    if (!options_.targetDumpFile.empty() &&
        !writeTapTargets(options_.targetDumpFile, state_.taps, state_.ui.pxPerMm, &error, &state_.fonts)) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        exitCode_ = exitCode_ ? exitCode_ : 1;
    }
    return exitCode_;
}

}  // namespace kiosk
