#include "content/station/source_preview_builder.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "content/core/clock.h"
#include "content/pack/staging.h"

namespace content::station {

namespace fs = std::filesystem;

namespace {
// How much lower than the window the builds run (as the kiosk's imports do).
constexpr int kBuildNiceIncrement = 10;
}  // namespace

fs::path makePrivateFolder(std::string* error) {
    std::error_code ignored;
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    const fs::path parent = runtime && *runtime && fs::is_directory(runtime, ignored) ? fs::path(runtime)
                                                                                     : fs::temp_directory_path(ignored);
    std::string pattern = (parent / "kiosk-preview-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {  // 0700, as mkdtemp makes it
        if (error) *error = "cannot make a private folder under " + parent.string() + ": " + std::strerror(errno);
        return {};
    }
    return pattern;
}

SourcePreviewBuilder::SourcePreviewBuilder(Settings settings) : settings_(std::move(settings)) {}

SourcePreviewBuilder::~SourcePreviewBuilder() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    if (thread_.joinable()) thread_.join();
    if (!dataDir_.empty()) {
        std::error_code ignored;
        fs::remove_all(dataDir_, ignored);
    }
}

bool SourcePreviewBuilder::start(std::string* error) {
    dataDir_ = makePrivateFolder(error);
    if (dataDir_.empty()) return false;
    // The session's own key, in the private folder: it signs the packs this
    // preview builds and goes with the folder at the end.
    key_ = loadOrCreateSigningKey(dataDir_, error);
    if (!key_) return false;
    thread_ = std::thread([this] { run(); });
    return true;
}

void SourcePreviewBuilder::requestBuild() {
    {
        std::lock_guard lock(mutex_);
        requested_ = true;
    }
    changed_.notify_all();
}

bool SourcePreviewBuilder::building() const {
    std::lock_guard lock(mutex_);
    return requested_ || running_;
}

std::optional<PreviewBuild> SourcePreviewBuilder::lastBuild() const {
    std::lock_guard lock(mutex_);
    return last_;
}

std::optional<PreviewBuild> SourcePreviewBuilder::lastGoodBuild() const {
    std::lock_guard lock(mutex_);
    return lastGood_;
}

void SourcePreviewBuilder::run() {
    // Linux gives each thread its own nice value: the build yields to the window.
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), kBuildNiceIncrement);
    std::unique_lock lock(mutex_);
    for (;;) {
        changed_.wait(lock, [this] { return stopping_ || requested_; });
        if (stopping_) return;
        requested_ = false;
        running_ = true;
        const uint64_t number = finished_ + 1;
        lock.unlock();
        PreviewBuild result = build(number);
        std::fprintf(stderr, "kiosk preview: build %llu took %.2f s: %zu errors, %zu warnings%s\n",
                     static_cast<unsigned long long>(number), result.seconds, result.check.errorCount(),
                     result.check.warningCount(), result.live() ? ", live" : "");
        lock.lock();
        running_ = false;
        finished_ = number;
        if (result.live()) lastGood_ = result;
        last_ = std::move(result);
        lock.unlock();
        if (settings_.wake) settings_.wake();
        lock.lock();
    }
}

PreviewBuild SourcePreviewBuilder::build(uint64_t number) {
    const auto started = std::chrono::steady_clock::now();
    SourceJobSettings job;
    job.dataDir = dataDir_;
    job.kioskId = "desktop-preview";
    job.nowUtc = settings_.nowUtc;
    job.cancelled = [this] {
        std::lock_guard lock(mutex_);
        return stopping_;
    };
    // The folder's parent stands for the stick; nothing is ever written there.
    const SourceOnStick source{settings_.sourceFolder, settings_.sourceFolder.parent_path()};
    SourceStaging staging = stageSourceFolder(source, *key_, job);
    PreviewBuild result;
    result.number = number;
    if (staging.ok()) {
        // The one switch, as a live import makes it; the previous build stays beside it.
        ImportOptions options;
        options.dataDir = dataDir_;
        options.nowUtc = settings_.nowUtc;
        staging.import = publishStaged(staging.staged, options);
    } else {
        discardStaged(dataDir_);
    }
    std::error_code ignored;
    fs::remove_all(previewPackFolder(dataDir_), ignored);
    result.check = std::move(staging.check);
    result.check.content = {};  // the panel needs the problems, not the records
    result.folderMissing = staging.folderMissing;
    result.buildError = staging.buildError;
    result.import = staging.import;
    result.finishedUtc = nowUtcOr(settings_.nowUtc);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

}  // namespace content::station
