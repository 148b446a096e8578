#include "kiosk/screens/staff_station.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "content/core/time_zone.h"
#include "platform/sd_notify.h"

namespace kiosk {
namespace {

void printMessages(const std::vector<std::string>& messages) {
    for (const auto& message : messages) std::fprintf(stderr, "kiosk config: %s\n", message.c_str());
}

}  // namespace

StationLink::StationLink(KioskOptions& options) : pinGate_("") {
    namespace station = content::station;
    const std::string file = options.configFile.empty() ? station::kDefaultConfigPath : options.configFile;
    station::LoadedConfig loaded = station::loadConfig(file);
    // Without --config, a development machine has no /etc/kiosk: that is no
    // news worth a warning about the file itself.
    if (options.configFile.empty() && loaded.config.sourceFile.empty() && !loaded.messages.empty())
        loaded.messages.erase(loaded.messages.begin());

    station::ConfigOverrides overrides;
    overrides.watch.assign(options.watchDirs.begin(), options.watchDirs.end());
    overrides.mediaRoots.assign(options.mediaRoots.begin(), options.mediaRoots.end());
    overrides.trust = options.trustedKeys;
    if (!options.kioskId.empty()) overrides.kioskId = options.kioskId;
    if (options.dataGiven || !options.dataDir.empty()) overrides.dataDir = options.dataDir;
    if (options.idleGiven) overrides.idleTimeoutSeconds = options.idleSeconds;
    if (const char* settle = std::getenv("KIOSK_SETTLE_MS")) overrides.settleMilliseconds = std::atoi(settle);
    station::applyOverrides(loaded.config, overrides, &loaded.messages);
    printMessages(loaded.messages);
    config_ = loaded.config;

    // The file fills in what the command line left open.
    if (options.dataDir.empty()) options.dataDir = config_.dataDir.string();
    if (!options.idleGiven) options.idleSeconds = config_.idleTimeoutSeconds;
    if (!options.screenMmGiven) {
        options.screenWidthMm = float(config_.screenWidthMm);
        options.screenHeightMm = float(config_.screenHeightMm);
    }
    if (!options.languageGiven) options.language = config_.defaultLanguage;
    if (options.now) {
        if (auto parsed = content::parseIsoToUtc(*options.now, "Europe/Berlin")) fixedNowUtc_ = *parsed;
    }
    pinGate_ = station::StaffPinGate(config_.staffPinHash);
}

StationLink::~StationLink() {
    watcher_.reset();  // no new packs while the worker stops
    worker_.reset();   // cancels a running import; the live content stays
}

void StationLink::start(std::function<void()> wake) {
    content::station::ImportWorker::Settings settings;
    settings.config = config_;
    settings.appVersion = KIOSK_APP_VERSION;
    settings.nowUtc = fixedNowUtc_;
    settings.wake = wake;
    worker_ = std::make_unique<content::station::ImportWorker>(std::move(settings));
    worker_->start();

    platform::FileWatcher::Settings watch;
    watch.mediaRoots = config_.mediaRoots;
    watch.dropFolders = config_.dropFolders;
    watch.settle = std::chrono::milliseconds(config_.settleMilliseconds);
    auto* worker = worker_.get();
    watch.onPacks = [worker, wake](std::vector<platform::FoundPack> found) {
        std::vector<content::station::PackCandidate> packs;
        for (const auto& pack : found) packs.push_back({pack.file, pack.onStick});
        worker->offer(std::move(packs));
        if (wake) wake();  // the staff screen shows "import running"
    };
    watcher_ = std::make_unique<platform::FileWatcher>(std::move(watch));
    std::string error;
    if (!watcher_->start(&error)) std::fprintf(stderr, "kiosk: %s; packs are not picked up\n", error.c_str());
}

void StationLink::onWake() { platform::sdWatchdogPing(); }

double StationLink::maxSleepSeconds() const { return platform::sdWatchdogMaxSleepSeconds(); }

void StationLink::markReady() {
    if (ready_) return;
    ready_ = true;
    platform::sdNotify("READY=1");
}

bool StationLink::takeNewContent(bool calm) {
    if (!worker_ || !calm || !worker_->newContentReady()) return false;
    worker_->acknowledgeNewContent();
    return true;
}

void StationLink::leaveKioskMode() {
    // systemd's RuntimeDirectory (/run/kiosk) is emptied at boot, so the
    // kiosk comes back by itself after a restart of the machine.
    if (const char* runtime = std::getenv("RUNTIME_DIRECTORY")) {
        std::ofstream(std::filesystem::path(runtime) / "maintenance") << "left kiosk mode from the staff screen\n";
    }
    leaving_ = true;
}

void StationLink::refreshOverview() {
    panel_.texts = content::station::textsPerLanguage(config_.dataDir);
    panel_.imports = content::station::recentImports(config_.dataDir, 6);
    panel_.places = watcher_ ? watcher_->watchedPlaces() : std::vector<std::filesystem::path>{};
}

}  // namespace kiosk
