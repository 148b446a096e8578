// The import worker: one thread with a queue that runs each import in a child
// process (import_child.h: kiosk-pack import-child at a lower CPU and I/O
// priority, under a memory cap; a child that crashes or runs out of memory is
// a refusal and the kiosk keeps its content and keeps running), writes the report next to each pack and the status file
// into every drop folder, and tells the UI through one atomic flag that new
// content is live. The UI polls that flag each frame (a relaxed load, nothing
// more) and reopens its ContentStore at a calm moment.
// The same queue runs the staff's work on a source folder from a stick
// (check, stage for the preview, publish, discard, write a template: see
// source_publishing.h), so a staging never races an import; the check and
// the staging run in the import child too (source_child.h).
// The same thread is the kiosk's heartbeat: every status_interval_seconds it
// rewrites the status files and the fleet page (status/index.html), whether or
// not the UI is drawing; the destructor writes the last one, marked "stopped",
// and counts the run as cleanly ended (start_history.h).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "content/core/content_limits.h"
#include "content/pack/importer.h"
#include "content/station/import_child.h"
#include "content/station/kiosk_config.h"
#include "content/station/source_publishing.h"
#include "content/station/status_file.h"
#include "content/station/ticker.h"

namespace content::station {

struct PackCandidate {
    std::filesystem::path file;
    bool onStick = false;  // found under a media root (a USB stick), else in a drop folder
};

// One line of the worker's history, newest last (the staff screen shows them).
struct WorkerEvent {
    std::string at;        // ISO 8601 UTC
    std::string action;    // "accepted", "refused", "skipped", "already-live", "rollback", "rollback-failed",
                           // "sequence-reset", "sequence-reset-failed"
    std::string packFile;  // file name, empty for rollbacks
    std::string packId;
    uint64_t sequence = 0;
    std::string message;   // English
};

// Where a source folder from a stick is (staff screen: check, preview,
// publish). One at a time; `generation` grows with every change.
struct SourceStatus {
    enum class Step { None, Checking, Checked, Staging, Staged, Publishing, Published, Discarded };
    Step step = Step::None;
    uint64_t generation = 0;
    SourceOnStick source;
    SourceStaging staging;          // Checked: the check only; Staged (or refused): check, build, staging
    std::string progressStep;       // Checking, Staging: the last step the import child reported
    int64_t childPeakRssKb = 0;     // the import child's peak resident memory for the check or staging
    SourcePublication publication;  // Published
    std::string keyError;           // this kiosk's signing key is missing or damaged (English)
    std::filesystem::path starterFolder;  // where the last template was written onto a stick
    std::string starterError;             // why it could not be (English)
};

// The live content after a software update (content/pack/rebuild.h), for the
// staff screen: what the worker's rebuild at start found and did.
struct ContentRebuildStatus {
    enum class State { None, Running, Rebuilt, NeedsNewPack, NewerSchema, Failed };
    State state = State::None;
    int fromSchema = 0;
    std::string message;  // English (describeRebuild)
};

class ImportWorker {
public:
    struct Settings {
        KioskConfig config;
        std::string appVersion;
        int64_t nowUtc = 0;              // fixed clock for tests; 0 = the real clock
        std::function<void()> wake;      // called (from the worker thread) when the UI should look
        int niceIncrement = 10;          // how much lower than the UI the import runs
        // The import child's memory cap (heap and anonymous maps); 0 = none.
        uint64_t importMemoryLimitMb = kKioskImportMemoryLimitMb;
        std::filesystem::path importProgram;  // kiosk-pack; empty = defaultImportProgram()
    };

    explicit ImportWorker(Settings settings);
    ~ImportWorker();  // cancels a running import (the live content stays) and joins
    ImportWorker(const ImportWorker&) = delete;
    ImportWorker& operator=(const ImportWorker&) = delete;

    // Starts the thread: cleans leftovers of interrupted imports, writes the
    // status files, then serves the queue.
    void start();
    // Packs found together (one stick, one settle round of a folder). The
    // newest sequence per pack_id is imported, the others reported as skipped.
    void offer(std::vector<PackCandidate> packs);
    // Makes the previous content live again (through the queue, so it never
    // races an import).
    void requestRollback();
    // A source folder on a stick, after the staff PIN: check it; check,
    // build and stage it for the preview; publish or discard the staged version.
    void requestSourceCheck(SourceOnStick source);
    void requestSourceStaging(SourceOnStick source);
    void requestPublishStaged();
    void requestDiscardStaged();
    // Writes the starter folder onto a stick (the staff screen's template button).
    void requestStarterOnStick(std::filesystem::path stick);
    SourceStatus sourceStatus() const;
    // This kiosk's public key file (empty until the worker has read or made it).
    std::filesystem::path publicKeyFile() const;
    // Lowers `packId`'s sequence floor to the live content's (through the
    // queue too, logged in the import log and the history as "sequence-reset"
    // by `who`).
    void requestSequenceReset(const std::string& packId, const std::string& who);

    // Cheap; call every frame. True once new content is live until acknowledged.
    bool newContentReady() const { return newContent_.load(std::memory_order_acquire); }
    // The UI has switched to the new content.
    void acknowledgeNewContent() { newContent_.store(false, std::memory_order_release); }
    // True while packs are queued or being imported.
    bool busy() const { return busy_.load(std::memory_order_acquire); }
    // Cheap; true from start() on while the live database is being rebuilt
    // after a software update (the visitor sees "being updated", not "no content").
    bool rebuildingContent() const { return rebuilding_.load(std::memory_order_acquire); }
    ContentRebuildStatus contentRebuild() const;
    // The drawn size in pixels (cheap, any thread; a change rewrites the status).
    void noteScreenSize(int widthPx, int heightPx);

    LastImport lastImport() const;
    std::vector<WorkerEvent> history() const;
    // Blocks until the queue is empty and nothing runs (tests, shutdown).
    void waitUntilIdle();

private:
    struct Job {
        enum class Kind {
            Packs, Rollback, CheckSource, StageSource, PublishStaged, DiscardStaged, WriteStarter, SequenceReset
        } kind = Kind::Packs;
        std::vector<PackCandidate> packs;
        SourceOnStick source;     // CheckSource, StageSource; WriteStarter: source.stick
        std::string packId, who;  // SequenceReset
    };

    void enqueue(Job job);
    void processSourceJob(const Job& job);
    void setSourceStatus(SourceStatus status);
    void noteSourceProgress(const std::string& step);
    ImportChildSettings importChildSettings() const;
    SourceJobSettings sourceJobSettings() const;

    void run();
    void processPacks(const std::vector<PackCandidate>& packs);
    void processRollback();
    void rebuildLiveContent();  // at start, before the queue: after a software update
    ImportOptions importOptions() const;
    void processSequenceReset(const Job& job);
    void record(WorkerEvent event);
    void setLastImport(LastImport last);
    void writeStatusFiles(const std::string& state = "running");
    StatusSnapshot snapshot() const;
    int64_t nowUtc() const;      // the worker's one clock: Settings::nowUtc, else the real one
    std::string nowIso() const;

    Settings settings_;
    std::string startedAt_;
    std::thread thread_;
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Job> queue_;
    bool running_ = false;  // a job is being processed
    std::atomic<bool> stopping_{false};
    std::atomic<bool> newContent_{false};
    std::atomic<bool> busy_{false};
    std::atomic<bool> rebuilding_{false};
    ContentRebuildStatus rebuild_;  // under mutex_
    LastImport lastImport_;
    std::vector<WorkerEvent> history_;
    std::vector<RefusedPack> refused_;  // since this start, newest last
    StartHistory starts_;  // the worker thread's: recorded as it begins, read by its status files
    std::chrono::steady_clock::time_point startedSteady_;
    std::atomic<int> screenWidth_{0}, screenHeight_{0};
    bool beatRequested_ = false;  // under mutex_: write the status now (heartbeat tick, new screen size)
    std::unique_ptr<Ticker> heartbeat_;  // made by the worker thread, ended after it
    SourceStatus source_;                // under mutex_
    std::optional<KioskSigningKey> signingKey_;  // worker thread only, read at its start
    std::filesystem::path publicKeyFile_;        // under mutex_
    std::set<std::filesystem::path> publishedHere_;  // packs this kiosk wrote onto a stick (worker thread)
};

// Where the worker keeps the last import result across restarts.
std::filesystem::path lastImportFile(const std::filesystem::path& dataDir);

}  // namespace content::station
