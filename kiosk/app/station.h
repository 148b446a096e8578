// The kiosk as a station, as the app sees it: the import worker, the file
// watcher and the systemd watchdog, wired to a configuration that was
// resolved once (resolveStationSettings). The app calls it at a few points
// only (kiosk_app.cpp): when it starts, on every wake-up, when it decides
// content may switch; the staff screen asks it for an overview and for the
// actions staff can take. It draws nothing and keeps no screen state.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "content/station/import_worker.h"
#include "content/station/kiosk_config.h"
#include "content/station/published_watch.h"
#include "content/station/source_stick.h"
#include "content/station/staff_pin.h"
#include "content/station/station_overview.h"
#include "kiosk/app/options.h"
#include "platform/file_watcher.h"

namespace kiosk {

// The configuration file (--config, or /etc/kiosk/kiosk.toml) merged with the
// command line; `options` is the command line with what it left open filled
// in from the file (data folder, idle time, screen size, language).
struct StationSettings {
    content::station::KioskConfig config;
    KioskOptions options;
};
// Problems are printed, never fatal. `settleMilliseconds` > 0 overrides the
// file watcher's settle time (tests).
StationSettings resolveStationSettings(const KioskOptions& commandLine, int settleMilliseconds = 0);

// What the staff screen shows about the station, read on demand.
struct StationOverview {
    std::vector<std::pair<std::string, int64_t>> textsPerLanguage;
    std::vector<content::station::ImportLogEntry> recentImports;
    std::vector<std::filesystem::path> watchedPlaces;
    bool importRunning = false;
};

class Station {
public:
    explicit Station(content::station::KioskConfig config);
    ~Station();
    Station(const Station&) = delete;
    Station& operator=(const Station&) = delete;

    // Starts the import worker (it cleans leftovers first) and the watchers.
    // `nowUtc` is the process's one clock (0 = the real one); `wake` asks the
    // frame loop for a frame and is called from other threads.
    void start(std::function<void()> wake, int64_t nowUtc);

    // Cheap, every wake-up: feeds the systemd watchdog.
    void onWake();
    // The longest the loop may sleep and still feed the watchdog (seconds; huge when none).
    double maxSleepSeconds() const;
    // After the first frame was shown: tells systemd the kiosk is ready.
    void markReady();
    // After every frame (cheap): the status files report the drawn size.
    void noteScreenSize(int width, int height) {
        if (worker_) worker_->noteScreenSize(width, height);
    }

    // True (once) when new content is live and `calm` says the visitor will
    // not be disturbed: the app then reopens its ContentStore.
    bool takeNewContent(bool calm);

    // ---- what staff can do
    StationOverview overview() const;
    bool importRunning() const;
    // The live database after a software update (content/pack/rebuild.h):
    // being rebuilt (cheap, every wake), and what the rebuild found.
    bool contentRebuilding() const { return worker_ && worker_->rebuildingContent(); }
    content::station::ContentRebuildStatus contentRebuild() const {
        return worker_ ? worker_->contentRebuild() : content::station::ContentRebuildStatus{};
    }
    void rollback();      // the previous content becomes live again (through the import queue)
    void rescanSticks();  // look at the plugged-in sticks again now
    // Packs of `packId` are accepted again from the live content's sequence
    // on (after a pack with a far too high one was rolled back); logged in
    // the import log as done on the staff screen.
    void resetSequence(const std::string& packId);
    // The staff screen's touch test ended with these touches on a w x h
    // screen: its result goes into the status files (the fleet page shows it).
    void recordTouchTest(const std::vector<std::pair<float, float>>& touches, float width, float height, int64_t nowUtc);
    // Leave kiosk mode: the app exits and systemd does not start it again
    // until the next boot (see platform/install/kiosk.service).
    void leaveKioskMode();
    bool leaving() const { return leaving_; }

    // ---- a source folder on a stick (staff screen after the PIN, the preview)
    // The folders on the sticks now (names and file types only: nothing is read).
    std::vector<content::station::SourceOnStick> sourceFolders() const;
    // Whether `folder` is unchanged since it was published at this kiosk
    // (looked at again every 2 s on the station's thread while asked).
    std::optional<content::station::PublishedSource> publishedStick(const std::filesystem::path& folder);
    // The staff screen closed: the stick's files are not looked at any more.
    void stopWatchingPublishedStick();
    void checkSource(const content::station::SourceOnStick& source);
    void stageSource(const content::station::SourceOnStick& source);  // check, build, stage for the preview
    void publishStaged();
    void discardStaged();
    // The sticks plugged in now; writing the starter folder onto one (through the worker).
    std::vector<std::filesystem::path> sticks() const;
    void writeStarterOntoStick(const std::filesystem::path& stick);
    content::station::SourceStatus sourceStatus() const;
    std::filesystem::path publicKeyFile() const;
    // Grows whenever the worker or the stick watcher has news (any thread; cheap).
    uint64_t changeCount() const { return changes_.load(std::memory_order_acquire); }

    const content::station::KioskConfig& config() const { return config_; }
    content::station::StaffPinGate& pinGate() { return pinGate_; }

private:
    content::station::KioskConfig config_;
    std::unique_ptr<content::station::ImportWorker> worker_;
    std::unique_ptr<platform::FileWatcher> watcher_;
    std::unique_ptr<content::station::SourceStickWatcher> sourceSticks_;
    std::unique_ptr<content::station::PublishedWatch> published_;
    content::station::StaffPinGate pinGate_;
    std::atomic<uint64_t> changes_{0};
    bool ready_ = false;
    bool leaving_ = false;
};

}  // namespace kiosk
