#include "content/station/published_watch.h"

namespace content::station {

namespace {

bool same(const std::optional<PublishedSource>& a, const std::optional<PublishedSource>& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || (a->fingerprint == b->fingerprint && a->publishedUtc == b->publishedUtc && a->packId == b->packId);
}

}  // namespace

PublishedWatch::PublishedWatch(std::filesystem::path dataDir, std::chrono::milliseconds period,
                               std::function<void()> changed)
    : dataDir_(std::move(dataDir)), period_(period), changed_(std::move(changed)) {
    ticker_ = std::make_unique<Ticker>(period_, [this] { lookAgain(); });
}

PublishedWatch::~PublishedWatch() { ticker_.reset(); }

std::optional<PublishedSource> PublishedWatch::lookAt(const std::filesystem::path& folder) {
    {
        std::lock_guard lock(mutex_);
        if (folder == folder_) return published_;
    }
    // A folder not looked at before (another stick, the screen just opened).
    std::optional<PublishedSource> found = publishedFromFolder(dataDir_, folder);
    std::lock_guard lock(mutex_);
    folder_ = folder;
    published_ = found;
    return found;
}

void PublishedWatch::refresh() { lookAgain(); }

void PublishedWatch::stop() {
    std::lock_guard lock(mutex_);
    folder_.clear();
    published_.reset();
}

void PublishedWatch::lookAgain() {
    std::filesystem::path folder;
    {
        std::lock_guard lock(mutex_);
        if (folder_.empty()) return;
        folder = folder_;
    }
    std::optional<PublishedSource> found = publishedFromFolder(dataDir_, folder);
    bool changed = false;
    {
        std::lock_guard lock(mutex_);
        if (folder != folder_) return;  // another folder was asked for meanwhile
        changed = !same(found, published_);
        published_ = found;
    }
    if (changed && changed_) changed_();
}

}  // namespace content::station
