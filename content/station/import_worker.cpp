#include "content/station/import_worker.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "content/core/clock.h"
#include "content/core/time_zone.h"
#include "content/db/content_store.h"
#include "content/pack/durable_files.h"
#include "content/pack/importer.h"
#include "content/pack/staging.h"
#include "content/station/import_child.h"
#include "content/station/kiosk_signing_key.h"
#include "content/station/rebuild_child.h"
#include "content/station/pack_scanner.h"
#include "content/station/fleet_page.h"
#include "content/station/report_file.h"
#include "content/station/source_child.h"
#include "content/station/start_history.h"
#include "content/station/starter_on_stick.h"
#include "content/station/touch_test.h"

namespace content::station {
namespace {

constexpr size_t kHistoryLength = 50;
constexpr size_t kRefusedShown = 5;

void logLine(const std::string& line) { std::fprintf(stderr, "kiosk station: %s\n", line.c_str()); }

}  // namespace

std::filesystem::path lastImportFile(const std::filesystem::path& dataDir) { return dataDir / "last-import.json"; }

ImportWorker::ImportWorker(Settings settings) : settings_(std::move(settings)) {
    std::ifstream in(lastImportFile(settings_.config.dataDir));
    if (in) {
        std::ostringstream text;
        text << in.rdbuf();
        lastImport_ = LastImport::fromJson(nlohmann::json::parse(text.str(), nullptr, false));
    }
}

ImportWorker::~ImportWorker() {
    stopping_ = true;
    changed_.notify_all();
    if (!thread_.joinable()) return;
    thread_.join();
    heartbeat_.reset();
    // Reached on a clean stop only (SIGTERM from systemd, leaving kiosk mode):
    // a crash or kill never gets here, and the next start says so.
    recordCleanStop(settings_.config.dataDir, nowUtc(), "stopped cleanly");
    writeStatusFiles("stopped");
}

int64_t ImportWorker::nowUtc() const { return nowUtcOr(settings_.nowUtc); }

std::string ImportWorker::nowIso() const { return formatUtcIso(nowUtc()); }

void ImportWorker::noteScreenSize(int widthPx, int heightPx) {
    if (screenWidth_.exchange(widthPx) == widthPx && screenHeight_.exchange(heightPx) == heightPx) return;
    screenHeight_ = heightPx;
    {
        std::lock_guard lock(mutex_);
        beatRequested_ = true;
    }
    changed_.notify_all();
}

void ImportWorker::start() {
    if (thread_.joinable()) return;
    startedSteady_ = std::chrono::steady_clock::now();
    startedAt_ = nowIso();
    busy_ = true;  // the start-up clean-up counts as work
    // Said before the first frame, so the visitor never sees "no content"
    // while the worker rebuilds (one meta row read: cheap on the drawing thread).
    if (rebuildNeeded(settings_.config.dataDir, RebuildTarget::Live, /*openStore=*/false) == RebuildResult::Outcome::Rebuilt) {
        rebuilding_ = true;
        std::lock_guard lock(mutex_);
        rebuild_.state = ContentRebuildStatus::State::Running;
    }
    thread_ = std::thread([this] { run(); });
}

void ImportWorker::offer(std::vector<PackCandidate> packs) {
    if (packs.empty()) return;
    {
        std::lock_guard lock(mutex_);
        queue_.push_back({Job::Kind::Packs, std::move(packs)});
        busy_ = true;
    }
    changed_.notify_all();
}

void ImportWorker::requestRollback() { enqueue({Job::Kind::Rollback, {}, {}}); }

void ImportWorker::enqueue(Job job) {
    {
        std::lock_guard lock(mutex_);
        queue_.push_back(std::move(job));
        busy_ = true;
    }
    changed_.notify_all();
}

void ImportWorker::requestSourceCheck(SourceOnStick source) { enqueue({Job::Kind::CheckSource, {}, std::move(source)}); }
void ImportWorker::requestSourceStaging(SourceOnStick source) { enqueue({Job::Kind::StageSource, {}, std::move(source)}); }
void ImportWorker::requestPublishStaged() { enqueue({Job::Kind::PublishStaged, {}, {}}); }
void ImportWorker::requestDiscardStaged() { enqueue({Job::Kind::DiscardStaged, {}, {}}); }
void ImportWorker::requestStarterOnStick(std::filesystem::path stick) {
    enqueue({Job::Kind::WriteStarter, {}, {{}, std::move(stick)}});
}

void ImportWorker::requestSequenceReset(const std::string& packId, const std::string& who) {
    Job job;
    job.kind = Job::Kind::SequenceReset;
    job.packId = packId;
    job.who = who;
    enqueue(std::move(job));
}

SourceStatus ImportWorker::sourceStatus() const {
    std::lock_guard lock(mutex_);
    return source_;
}

std::filesystem::path ImportWorker::publicKeyFile() const {
    std::lock_guard lock(mutex_);
    return publicKeyFile_;
}

LastImport ImportWorker::lastImport() const {
    std::lock_guard lock(mutex_);
    return lastImport_;
}

std::vector<WorkerEvent> ImportWorker::history() const {
    std::lock_guard lock(mutex_);
    return history_;
}

void ImportWorker::waitUntilIdle() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return (queue_.empty() && !running_ && thread_.joinable() && !busy_) || stopping_; });
}

void ImportWorker::run() {
    // Linux gives each thread its own nice value: only the import yields to the UI.
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), settings_.niceIncrement);
    // Here, not in start(): the atomic write (an fsync) is not on the way to
    // the first frame. Only this thread's status files read it.
    starts_ = recordStart(settings_.config.dataDir, nowUtc());
    std::error_code ec;
    std::filesystem::create_directories(settings_.config.dataDir, ec);
    discardStagedSource(settings_.config.dataDir);  // a preview never outlives the kiosk that showed it
    cleanupDataDir(settings_.config.dataDir);
    std::string keyError;
    signingKey_ = loadOrCreateSigningKey(settings_.config.dataDir, &keyError);
    if (signingKey_) {
        std::lock_guard lock(mutex_);
        publicKeyFile_ = signingKey_->publicKeyFile;
    } else {
        logLine("no signing key for packs published at this kiosk: " + keyError);
        std::lock_guard lock(mutex_);
        source_.keyError = keyError;
    }
    rebuildLiveContent();
    writeStatusFiles();

    heartbeat_ = std::make_unique<Ticker>(std::chrono::seconds(settings_.config.statusIntervalSeconds), [this] {
        {
            std::lock_guard lock(mutex_);
            beatRequested_ = true;
        }
        changed_.notify_all();
    });

    std::unique_lock lock(mutex_);
    for (;;) {
        if (queue_.empty()) {
            busy_ = false;
            changed_.notify_all();
        }
        changed_.wait(lock, [this] { return stopping_ || !queue_.empty() || beatRequested_; });
        if (stopping_) return;
        if (queue_.empty()) {  // the heartbeat ticker (or a new screen size) asked for a status
            beatRequested_ = false;
            lock.unlock();
            writeStatusFiles();
            lock.lock();
            continue;
        }
        Job job = std::move(queue_.front());
        queue_.pop_front();
        running_ = true;
        lock.unlock();
        if (job.kind == Job::Kind::Packs) processPacks(job.packs);
        else if (job.kind == Job::Kind::Rollback) processRollback();
        else if (job.kind == Job::Kind::SequenceReset) processSequenceReset(job);
        else processSourceJob(job);
        lock.lock();
        running_ = false;
    }
}

void ImportWorker::processPacks(const std::vector<PackCandidate>& packs) {
    const KioskConfig& config = settings_.config;
    std::map<std::filesystem::path, bool> onStick;
    std::vector<std::filesystem::path> files;
    for (const auto& pack : packs) {
        if (onStick.emplace(pack.file, pack.onStick).second) files.push_back(pack.file);
    }
    ScanPlan plan = planImports(files);
    // One report per folder and kiosk, listing every pack of that folder.
    std::map<std::filesystem::path, std::vector<ReportInput>> reports;
    auto report = [&](ReportInput input) {
        input.kioskId = config.kioskId;
        input.at = nowIso();
        reports[input.packFile.parent_path()].push_back(std::move(input));
    };

    for (const auto& skipped : plan.skipped) {
        ReportInput input;
        input.kind = ReportInput::Kind::SkippedOlder;
        input.packFile = skipped.pack.file;
        input.result.packId = skipped.pack.packId;
        input.result.sequence = skipped.pack.sequence;
        input.result.defaultLanguage = skipped.pack.defaultLanguage;
        input.newerFile = skipped.newerFile;
        input.newerSequence = skipped.newerSequence;
        record({nowIso(), "skipped", skipped.pack.file.filename().string(), skipped.pack.packId, skipped.pack.sequence,
                "a newer pack of the same pack_id was offered: " + skipped.newerFile.filename().string()});
        report(std::move(input));
    }

    for (const PackPeek& peek : plan.toImport) {
        if (stopping_) break;
        const bool fromStick = onStick[peek.file];
        if (peek.readable) {
            const uint64_t accepted = acceptedSequence(config.dataDir, peek.packId);
            const LiveContentInfo live = readLiveContent(config.dataDir);
            const bool isLive = live.present && live.packId == peek.packId && live.sequence == peek.sequence;
            // A drop folder keeps old packs around for good; importing them
            // again at every start would only fill the log with refusals.
            if (isLive || (!fromStick && accepted >= peek.sequence)) {
                logLine(peek.file.string() + ": already live or older than the accepted version; left alone");
                // The pack this kiosk just published onto the stick keeps its publish report.
                if (fromStick && !publishedHere_.count(peek.file)) {
                    ReportInput input;
                    input.kind = ReportInput::Kind::AlreadyLive;
                    input.packFile = peek.file;
                    input.result.packId = peek.packId;
                    input.result.sequence = peek.sequence;
                    input.result.defaultLanguage = peek.defaultLanguage;
                    input.newerSequence = accepted;
                    input.live = live;
                    record({nowIso(), "already-live", peek.file.filename().string(), peek.packId, peek.sequence,
                            "this version is already live"});
                    report(std::move(input));
                }
                continue;
            }
        }

        logLine("importing " + peek.file.string());
        ImportChildOutcome outcome = importInChild(peek.file, importOptions(), importChildSettings());
        ImportResult& result = outcome.result;
        logLine("import process: peak resident memory " + std::to_string(outcome.peakRssKb / 1024) + " MB");
        if (stopping_ && !result.ok()) break;  // cancelled at shutdown: not the pack's fault, report nothing
        if (outcome.crashed) {
            // The child could not clean up after itself nor write its log line.
            cleanupDataDir(config.dataDir);
            pack::appendImportLog(config.dataDir, peek.file, result, nowUtc());
        }
        if (result.defaultLanguage.empty()) result.defaultLanguage = peek.defaultLanguage;
        const std::string message = describeImport(result, "en");
        logLine(peek.file.string() + ": " + message);

        LastImport last;
        last.result = result.ok() ? "accepted" : "refused";
        last.code = result.ok() ? "" : importErrorCode(result.error);
        last.message = message;
        last.packFile = peek.file.filename().string();
        last.packId = result.packId.empty() ? peek.packId : result.packId;
        last.sequence = result.sequence ? result.sequence : peek.sequence;
        last.at = nowIso();
        setLastImport(last);
        record({last.at, last.result, last.packFile, last.packId, last.sequence, message});
        if (!result.ok()) {
            std::lock_guard lock(mutex_);
            refused_.push_back({last.packFile, last.code, last.message, last.at});
            if (refused_.size() > kRefusedShown) refused_.erase(refused_.begin());
        }

        if (result.ok()) {
            newContent_.store(true, std::memory_order_release);
            if (settings_.wake) settings_.wake();
        }
        ReportInput input;
        input.packFile = peek.file;
        input.result = result;
        input.live = readLiveContent(config.dataDir);
        report(std::move(input));
    }

    for (auto& [folder, inputs] : reports) {
        // The content live at the end of the round, for every report.
        LiveContentInfo live = readLiveContent(config.dataDir);
        for (auto& input : inputs) input.live = live;
        std::string error;
        if (!writeReportFile(inputs, &error)) logLine("no report written (read-only?): " + error);
    }
    writeStatusFiles();
    if (settings_.wake) settings_.wake();
}

ImportOptions ImportWorker::importOptions() const {
    ImportOptions options;
    options.dataDir = settings_.config.dataDir;
    options.trustedPublicKeys = settings_.config.trustedPublicKeys;
    options.nowUtc = settings_.nowUtc;
    return options;
}

ContentRebuildStatus ImportWorker::contentRebuild() const {
    std::lock_guard lock(mutex_);
    return rebuild_;
}

void ImportWorker::rebuildLiveContent() {
    using Outcome = RebuildResult::Outcome;
    using State = ContentRebuildStatus::State;
    const Outcome needed = rebuildNeeded(settings_.config.dataDir, RebuildTarget::Live);
    if (needed == Outcome::NotNeeded) {
        rebuilding_ = false;
        return;
    }
    logLine("the live content database does not fit this software; rebuilding it from the kept content");
    if (needed == Outcome::Rebuilt && !rebuilding_.exchange(true)) {  // a damaged file start() did not look into
        {
            std::lock_guard lock(mutex_);
            rebuild_.state = ContentRebuildStatus::State::Running;
        }
        if (settings_.wake) settings_.wake();
    }
    const RebuildResult result = rebuildInChild(RebuildTarget::Live, importOptions(), importChildSettings());
    if (stopping_) return;  // stopped at shutdown: the next start tries again
    const std::string message = describeRebuild(result, "en");
    const bool rebuilt = result.outcome == Outcome::Rebuilt;
    logLine(rebuilt ? message + ": '" + result.pack.packId + "' from schema " + std::to_string(result.fromSchema) +
                          ", now in " + result.newVersion
                    : message);
    record({nowIso(), rebuilt ? "rebuilt" : "rebuild-refused", "", result.pack.packId, result.pack.sequence, message});
    {
        std::lock_guard lock(mutex_);
        rebuild_.fromSchema = result.fromSchema;
        rebuild_.message = message;
        rebuild_.state = rebuilt                                      ? State::Rebuilt
                         : result.outcome == Outcome::NeedsNewPack    ? State::NeedsNewPack
                         : result.outcome == Outcome::NewerSchema     ? State::NewerSchema
                         : result.outcome == Outcome::NotNeeded       ? State::None
                                                                      : State::Failed;
    }
    rebuilding_ = false;
    // Rebuilt or not, the app opens the live content again: the new version,
    // or its "no content" with the staff screen's sentence instead of "being updated".
    newContent_.store(true, std::memory_order_release);
    if (settings_.wake) settings_.wake();
}

void ImportWorker::processRollback() {
    // The previous version may be of an older schema too: rebuilt first, so a
    // rollback never lands on a database this software cannot show.
    if (rebuildNeeded(settings_.config.dataDir, RebuildTarget::Previous) != RebuildResult::Outcome::NotNeeded) {
        const RebuildResult prepared = rebuildInChild(RebuildTarget::Previous, importOptions(), importChildSettings());
        if (prepared.outcome != RebuildResult::Outcome::Rebuilt) {
            record({nowIso(), "rollback-failed", "", prepared.pack.packId, prepared.pack.sequence,
                    "the previous content cannot be restored: " + describeRebuild(prepared, "en")});
            writeStatusFiles();
            if (settings_.wake) settings_.wake();
            return;
        }
        record({nowIso(), "rebuilt", "", prepared.pack.packId, prepared.pack.sequence, describeRebuild(prepared, "en")});
    }
    std::string error;
    if (rollback(settings_.config.dataDir, &error)) {
        LiveContentInfo live = readLiveContent(settings_.config.dataDir);
        record({nowIso(), "rollback", "", live.packId, live.sequence, "the previous content is live again"});
        newContent_.store(true, std::memory_order_release);
    } else {
        record({nowIso(), "rollback-failed", "", "", 0, error});
    }
    writeStatusFiles();
    if (settings_.wake) settings_.wake();
}

SourceJobSettings ImportWorker::sourceJobSettings() const {
    SourceJobSettings settings;
    settings.dataDir = settings_.config.dataDir;
    settings.kioskId = settings_.config.kioskId;
    settings.trustedPublicKeys = settings_.config.trustedPublicKeys;
    settings.nowUtc = settings_.nowUtc;
    settings.cancelled = [this] { return stopping_.load(); };
    return settings;
}

ImportChildSettings ImportWorker::importChildSettings() const {
    ImportChildSettings child;
    child.program = settings_.importProgram;
    child.memoryLimitMb = settings_.importMemoryLimitMb;
    child.nice = settings_.niceIncrement;
    child.stop = [this] { return stopping_.load(); };
    return child;
}

void ImportWorker::noteSourceProgress(const std::string& step) {
    {
        std::lock_guard lock(mutex_);
        source_.progressStep = step;
        ++source_.generation;
    }
    if (settings_.wake) settings_.wake();
}

void ImportWorker::setSourceStatus(SourceStatus status) {
    {
        std::lock_guard lock(mutex_);
        status.generation = source_.generation + 1;
        status.keyError = source_.keyError;
        source_ = std::move(status);
    }
    if (settings_.wake) settings_.wake();
}

void ImportWorker::processSourceJob(const Job& job) {
    using Step = SourceStatus::Step;
    const SourceJobSettings settings = sourceJobSettings();
    SourceStatus status = sourceStatus();
    switch (job.kind) {
        case Job::Kind::CheckSource:
        case Job::Kind::StageSource: {
            const bool stage = job.kind == Job::Kind::StageSource;
            discardStagedSource(settings.dataDir);  // a new check ends any earlier preview
            status = SourceStatus{};
            status.source = job.source;
            status.step = stage ? Step::Staging : Step::Checking;
            setSourceStatus(status);
            // The folder is read, built and staged in the import child: the
            // stick's files are the most hostile input the kiosk reads.
            ImportChildSettings child = importChildSettings();
            child.progress = [this](const std::string& step) { noteSourceProgress(step); };
            SourceChildOutcome outcome;
            if (stage && signingKey_) {
                logLine("building a preview of " + job.source.folder.string());
                outcome = stageSourceInChild(job.source, signingKeyFolder(settings.dataDir), settings, child);
            } else {
                outcome = checkSourceInChild(job.source, settings, child);
            }
            status.staging = std::move(outcome.staging);
            status.childPeakRssKb = outcome.run.peakRssKb;
            logLine("import process: peak resident memory " + std::to_string(outcome.run.peakRssKb / 1024) + " MB");
            if (outcome.run.crashed) logLine(job.source.folder.string() + ": " + describeImport(status.staging.import, "en"));
            status.step = stage && status.staging.ok() ? Step::Staged : Step::Checked;
            logLine(job.source.folder.string() + ": " + std::to_string(status.staging.check.errorCount()) + " errors, " +
                    std::to_string(status.staging.check.warningCount()) + " warnings" +
                    (status.step == Step::Staged ? ", preview ready" : ""));
            break;
        }
        case Job::Kind::PublishStaged: {
            if (status.step != Step::Staged || !signingKey_) return;
            status.step = Step::Publishing;
            setSourceStatus(status);
            status.publication = publishStagedSource(status.staging, status.source, *signingKey_, settings);
            const ImportResult& result = status.publication.import;
            const std::string message = describeImport(result, "en");
            logLine("publishing the preview: " + message +
                    (status.publication.stickError.empty() ? "" : "; stick not written: " + status.publication.stickError));
            if (!status.publication.packOnStick.empty()) publishedHere_.insert(status.publication.packOnStick);
            LastImport last;
            last.result = result.ok() ? "accepted" : "refused";
            last.code = result.ok() ? "" : importErrorCode(result.error);
            last.message = message;
            last.packFile = status.staging.packFile.filename().string();
            last.packId = result.packId;
            last.sequence = result.sequence;
            last.at = nowIso();
            setLastImport(last);
            record({last.at, last.result, last.packFile, last.packId, last.sequence, message});
            if (result.ok()) newContent_.store(true, std::memory_order_release);
            status.step = Step::Published;
            writeStatusFiles();
            break;
        }
        case Job::Kind::DiscardStaged:
            discardStagedSource(settings.dataDir);
            if (status.step == Step::None) return;
            status.step = Step::Discarded;
            break;
        case Job::Kind::WriteStarter: {
            std::string error;
            status.starterFolder = writeStarterOntoStick(job.source.stick, &error);
            status.starterError = status.starterFolder.empty() ? error : "";
            logLine(status.starterFolder.empty() ? "no template written: " + error
                                                 : "template written to " + status.starterFolder.string());
            break;
        }
        case Job::Kind::Packs:
        case Job::Kind::Rollback: return;
    }
    setSourceStatus(std::move(status));
}

void ImportWorker::processSequenceReset(const Job& job) {
    std::string error;
    uint64_t floor = 0;
    if (resetSequenceFloor(settings_.config.dataDir, job.packId, job.who, &floor, &error, nowUtc()))
        record({nowIso(), "sequence-reset", "", job.packId, floor, sequenceResetSentence(job.packId, floor)});
    else
        record({nowIso(), "sequence-reset-failed", "", job.packId, 0, error});
    if (settings_.wake) settings_.wake();
}

void ImportWorker::record(WorkerEvent event) {
    std::lock_guard lock(mutex_);
    history_.push_back(std::move(event));
    if (history_.size() > kHistoryLength) history_.erase(history_.begin());
}

void ImportWorker::setLastImport(LastImport last) {
    std::string error;
    if (!content::pack::writeFileAtomically(lastImportFile(settings_.config.dataDir), last.toJson().dump() + "\n", &error))
        logLine("cannot keep the last import result: " + error);
    std::lock_guard lock(mutex_);
    lastImport_ = std::move(last);
}

StatusSnapshot ImportWorker::snapshot() const {
    StatusSnapshot status;
    status.kioskId = settings_.config.kioskId;
    status.appVersion = settings_.appVersion;
    status.live = readLiveContent(settings_.config.dataDir);
    status.lastImport = lastImport();
    status.startedAt = startedAt_;
    status.freeDiskBytes = freeDiskBytes(settings_.config.dataDir);
    status.freshness = liveFreshness(settings_.config.dataDir, nowUtc());
    status.nowUtc = nowUtc();
    status.heartbeatSeconds = settings_.config.statusIntervalSeconds;
    status.uptimeSeconds =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - startedSteady_).count();
    status.starts = starts_;
    {
        std::lock_guard lock(mutex_);
        status.refused = refused_;
    }
    status.touchTest = readTouchTest(settings_.config.dataDir);
    status.timeZone = systemTimeZone();
    status.screen = {screenWidth_.load(), screenHeight_.load(), settings_.config.screenWidthMm,
                     settings_.config.screenHeightMm};
    return status;
}

void ImportWorker::writeStatusFiles(const std::string& state) {
    StatusSnapshot status = snapshot();
    status.state = state;
    // Right after its own status, each kiosk rewrites the fleet page from every
    // status file in the folder, so the page is never older than the newest heartbeat.
    FleetPageOptions page;
    page.timeZone = status.timeZone;
    page.writtenBy = status.kioskId;
    for (const auto& folder : settings_.config.dropFolders) {
        std::string error;
        if (!writeStatusFile(folder, status, &error)) {
            logLine("no status file written: " + error);
            continue;
        }
        if (!writeFleetPage(folder, status.nowUtc, page, &error)) logLine("no fleet page written: " + error);
    }
}

}  // namespace content::station
