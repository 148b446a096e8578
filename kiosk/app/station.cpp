#include "kiosk/app/station.h"

#include <cstdio>
#include <fstream>

#include "content/station/starter_on_stick.h"
#include "content/station/touch_test.h"
#include "platform/sd_notify.h"

namespace kiosk {
namespace {

void printMessages(const std::vector<std::string>& messages) {
    for (const auto& message : messages) std::fprintf(stderr, "kiosk config: %s\n", message.c_str());
}

}  // namespace

StationSettings resolveStationSettings(const KioskOptions& commandLine, int settleMilliseconds) {
    namespace station = content::station;
    const std::string file = commandLine.configFile.empty() ? station::kDefaultConfigPath : commandLine.configFile;
    station::LoadedConfig loaded = station::loadConfig(file);
    // Without --config, a development machine has no /etc/kiosk: that is no
    // news worth a warning about the file itself.
    if (commandLine.configFile.empty() && loaded.config.sourceFile.empty() && !loaded.messages.empty())
        loaded.messages.erase(loaded.messages.begin());

    station::ConfigOverrides overrides;
    overrides.watch.assign(commandLine.watchDirs.begin(), commandLine.watchDirs.end());
    overrides.mediaRoots.assign(commandLine.mediaRoots.begin(), commandLine.mediaRoots.end());
    overrides.trust = commandLine.trustedKeys;
    if (!commandLine.kioskId.empty()) overrides.kioskId = commandLine.kioskId;
    if (commandLine.dataGiven || !commandLine.dataDir.empty()) overrides.dataDir = commandLine.dataDir;
    if (commandLine.idleGiven) overrides.idleTimeoutSeconds = commandLine.idleSeconds;
    if (settleMilliseconds > 0) overrides.settleMilliseconds = settleMilliseconds;
    station::applyOverrides(loaded.config, overrides, &loaded.messages);
    printMessages(loaded.messages);

    StationSettings settings{loaded.config, commandLine};
    KioskOptions& options = settings.options;
    const station::KioskConfig& config = settings.config;
    // The file fills in what the command line left open.
    if (options.dataDir.empty()) options.dataDir = config.dataDir.string();
    if (!options.idleGiven) options.idleSeconds = config.idleTimeoutSeconds;
    if (!options.idleWarningGiven) options.idleWarningSeconds = config.idleWarningSeconds;
    options.audioEnabled = config.audioEnabled;
    options.audioVolumePercent = config.audioVolumePercent;
    if (!options.screenMmGiven) {
        options.screenWidthMm = float(config.screenWidthMm);
        options.screenHeightMm = float(config.screenHeightMm);
    }
    if (!options.languageGiven) options.language = config.defaultLanguage;
    return settings;
}

Station::Station(content::station::KioskConfig config)
    : config_(std::move(config)), pinGate_(config_.staffPinHash) {}

Station::~Station() {
    watcher_.reset();  // no new packs while the worker stops
    worker_.reset();   // cancels a running import; the live content stays
    sourceSticks_.reset();  // after the worker, whose news looks at the sticks
    published_.reset();
}

void Station::start(std::function<void()> appWake, int64_t nowUtc) {
    auto wake = [this, appWake] {
        changes_.fetch_add(1, std::memory_order_release);
        if (appWake) appWake();
    };
    content::station::ImportWorker::Settings settings;
    settings.config = config_;
    settings.appVersion = KIOSK_APP_VERSION;
    settings.nowUtc = nowUtc;
    // Sticks come and go without a pack on them too: a source folder, or a
    // stick pulled during a preview. A few stat calls a second, off the UI thread.
    sourceSticks_ = std::make_unique<content::station::SourceStickWatcher>(config_.mediaRoots,
                                                                           std::chrono::milliseconds(1000), wake);
    // The worker's news may be about a stick (a template or a pack written
    // onto it): the sticks are looked at again at once.
    published_ = std::make_unique<content::station::PublishedWatch>(config_.dataDir, std::chrono::milliseconds(2000), wake);
    auto* sticks = sourceSticks_.get();
    auto* published = published_.get();
    settings.wake = [sticks, published, wake] {
        sticks->rescan();
        published->refresh();  // a publish just noted the folder, or wrote onto the stick
        wake();
    };
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
        wake();  // the staff screen shows "import running"
    };
    watcher_ = std::make_unique<platform::FileWatcher>(std::move(watch));
    std::string error;
    if (!watcher_->start(&error)) std::fprintf(stderr, "kiosk: %s; packs are not picked up\n", error.c_str());
}

void Station::onWake() { platform::sdWatchdogPing(); }

double Station::maxSleepSeconds() const { return platform::sdWatchdogMaxSleepSeconds(); }

void Station::markReady() {
    if (ready_) return;
    ready_ = true;
    platform::sdNotify("READY=1");
}

bool Station::takeNewContent(bool calm) {
    if (!worker_ || !calm || !worker_->newContentReady()) return false;
    worker_->acknowledgeNewContent();
    return true;
}

StationOverview Station::overview() const {
    StationOverview overview;
    overview.textsPerLanguage = content::station::textsPerLanguage(config_.dataDir);
    overview.recentImports = content::station::recentImports(config_.dataDir, 6);
    if (watcher_) overview.watchedPlaces = watcher_->watchedPlaces();
    overview.importRunning = importRunning();
    return overview;
}

bool Station::importRunning() const { return worker_ && worker_->busy(); }

void Station::rollback() {
    if (worker_) worker_->requestRollback();
}

void Station::resetSequence(const std::string& packId) {
    if (worker_) worker_->requestSequenceReset(packId, "staff screen");
}

void Station::rescanSticks() {
    if (watcher_) watcher_->rescanSticks();
}

std::vector<content::station::SourceOnStick> Station::sourceFolders() const {
    return sourceSticks_ ? sourceSticks_->folders() : std::vector<content::station::SourceOnStick>{};
}

std::optional<content::station::PublishedSource> Station::publishedStick(const std::filesystem::path& folder) {
    if (!published_) return content::station::publishedFromFolder(config_.dataDir, folder);
    return published_->lookAt(folder);
}

void Station::stopWatchingPublishedStick() {
    if (published_) published_->stop();
}

void Station::checkSource(const content::station::SourceOnStick& source) {
    if (worker_) worker_->requestSourceCheck(source);
}

void Station::stageSource(const content::station::SourceOnStick& source) {
    if (worker_) worker_->requestSourceStaging(source);
}

void Station::publishStaged() {
    if (worker_) worker_->requestPublishStaged();
}

void Station::discardStaged() {
    if (worker_) worker_->requestDiscardStaged();
}

std::vector<std::filesystem::path> Station::sticks() const { return content::station::findSticks(config_.mediaRoots); }

void Station::writeStarterOntoStick(const std::filesystem::path& stick) {
    if (worker_) worker_->requestStarterOnStick(stick);
}

content::station::SourceStatus Station::sourceStatus() const {
    return worker_ ? worker_->sourceStatus() : content::station::SourceStatus{};
}

std::filesystem::path Station::publicKeyFile() const { return worker_ ? worker_->publicKeyFile() : std::filesystem::path{}; }

void Station::recordTouchTest(const std::vector<std::pair<float, float>>& touches, float width, float height,
                              int64_t nowUtc) {
    content::station::recordTouchTest(config_.dataDir,
                                      content::station::summarizeTouchTest(touches, width, height, nowUtc), nullptr);
}

void Station::leaveKioskMode() {
    // systemd's RuntimeDirectory (/run/kiosk) is emptied at boot, so the
    // kiosk comes back by itself after a restart of the machine.
    const std::filesystem::path runtime = platform::serviceRuntimeDirectory();
    if (!runtime.empty()) std::ofstream(runtime / "maintenance") << "left kiosk mode from the staff screen\n";
    leaving_ = true;
}

}  // namespace kiosk
