// The desktop preview's builds (`kiosk --preview SRC`): a staff source folder
// is checked, built into a pack and imported the way the kiosk's stick
// preview does it (checkSourceOnStick, stageSourceFolder, then the one
// switch), into a private, throw-away data folder (under $XDG_RUNTIME_DIR or
// the temporary folder) with a throw-away signing key made there for the
// session: never the kiosk's own key, and nothing is written into the source
// folder. Builds run on the builder's own thread, one at a time; a request
// while one runs makes exactly one more afterwards (the newest files count).
// The data folder is removed when the builder ends.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "content/station/kiosk_signing_key.h"
#include "content/station/source_publishing.h"

namespace content::station {

// How one build ended.
struct PreviewBuild {
    uint64_t number = 0;        // 1, 2, ... in the order they finished
    SourceReadResult check;     // the problems (the records are left out)
    bool folderMissing = false;
    std::string buildError;     // the pack could not be built (English)
    ImportResult import;        // the import's result (ok: live in the data folder)
    double seconds = 0;         // from the start of the check to the switch
    int64_t finishedUtc = 0;    // on the process's clock
    bool live() const { return !folderMissing && check.ok() && buildError.empty() && import.ok(); }
};

class SourcePreviewBuilder {
public:
    struct Settings {
        std::filesystem::path sourceFolder;
        int64_t nowUtc = 0;          // the process's clock (0 = the real one)
        std::function<void()> wake;  // called from the builder's thread when a build ended
    };

    explicit SourcePreviewBuilder(Settings settings);
    ~SourcePreviewBuilder();  // waits for a running build, then removes the data folder
    SourcePreviewBuilder(const SourcePreviewBuilder&) = delete;
    SourcePreviewBuilder& operator=(const SourcePreviewBuilder&) = delete;

    // Makes the data folder and the key and starts the thread. False + `error`
    // when no private folder or key can be made.
    bool start(std::string* error);
    void requestBuild();

    // Where the content of the last good build is live (ContentStore::open).
    const std::filesystem::path& dataDir() const { return dataDir_; }
    bool building() const;
    // The last build that ended, and the last one that went live.
    std::optional<PreviewBuild> lastBuild() const;
    std::optional<PreviewBuild> lastGoodBuild() const;

private:
    void run();
    PreviewBuild build(uint64_t number);

    Settings settings_;
    std::filesystem::path dataDir_;
    std::optional<KioskSigningKey> key_;
    std::thread thread_;
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    bool requested_ = false, running_ = false, stopping_ = false;
    uint64_t finished_ = 0;
    std::optional<PreviewBuild> last_, lastGood_;
};

// A new private folder "kiosk-preview-XXXXXX" (0700) under $XDG_RUNTIME_DIR,
// else the temporary folder; empty + `error` when none can be made.
std::filesystem::path makePrivateFolder(std::string* error);

}  // namespace content::station
