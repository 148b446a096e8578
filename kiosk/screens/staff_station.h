// The kiosk as a station (issue 4), as the app sees it: the configuration
// file merged with the command line, the import worker, the file watcher, the
// systemd watchdog, and the staff screen's state. The app calls it at a few
// points only (see kiosk_app.cpp): when it starts, on every wake-up, when it
// decides content may switch, and to draw the staff screen.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <imgui.h>

#include "content/station/import_worker.h"
#include "content/station/kiosk_config.h"
#include "content/station/staff_pin.h"
#include "content/station/station_overview.h"
#include "kiosk/app/options.h"
#include "platform/file_watcher.h"

namespace kiosk {

struct AppState;

// What the staff screen shows and where it is (one per app).
struct StaffPanel {
    enum class Stage { Closed, Pin, Open, TestPattern };
    Stage stage = Stage::Closed;
    std::string typed;        // digits typed on the keypad (shown as dots)
    std::string message;      // the keypad's last answer (wrong PIN, locked ...)
    double lastInput = 0;     // runner clock; the panel closes after kIdleSeconds without a touch
    double cornerPressSince = -1;  // a press in the corner started then (long-press detection)
    std::vector<ImVec2> touches;   // the touch test's points
    // Read when the panel opens (not per frame).
    std::vector<std::pair<std::string, int64_t>> texts;
    std::vector<content::station::ImportLogEntry> imports;
    std::vector<std::filesystem::path> places;

    static constexpr double kLongPressSeconds = 3.0;
    static constexpr double kIdleSeconds = 60.0;
};

class StationLink {
public:
    // Reads --config (or /etc/kiosk/kiosk.toml), merges the command line on top
    // and fills in the options the command line did not give (data folder,
    // idle time, screen size, language). Problems are printed, never fatal.
    explicit StationLink(KioskOptions& options);
    ~StationLink();

    // Starts the import worker (it cleans leftovers first) and the watchers.
    // `wake` asks the frame loop for a frame; it is called from other threads.
    void start(std::function<void()> wake);

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

    // Leave kiosk mode: the app exits and systemd does not start it again
    // until the next boot (see platform/install/kiosk.service).
    void leaveKioskMode();
    bool leaving() const { return leaving_; }

    const content::station::KioskConfig& config() const { return config_; }
    content::station::ImportWorker* worker() { return worker_.get(); }
    platform::FileWatcher* watcher() { return watcher_.get(); }
    content::station::StaffPinGate& pinGate() { return pinGate_; }
    StaffPanel& panel() { return panel_; }
    // Re-reads what the open staff screen shows.
    void refreshOverview();

private:
    content::station::KioskConfig config_;
    std::unique_ptr<content::station::ImportWorker> worker_;
    std::unique_ptr<platform::FileWatcher> watcher_;
    content::station::StaffPinGate pinGate_;
    StaffPanel panel_;
    int64_t fixedNowUtc_ = 0;
    bool ready_ = false;
    bool leaving_ = false;
};

// Staff screen (kiosk/screens/staff_screen.cpp). Watches for the long press in
// the top-right corner that opens it; true while the staff screen is shown
// (the app then draws it instead of the visitor screens).
bool updateStaffGesture(AppState& state, StationLink& station, double now);
void drawStaffScreen(AppState& state, StationLink& station, double now);

}  // namespace kiosk
