#include "content/station/source_stick.h"

#include <algorithm>

namespace content::station {

namespace fs = std::filesystem;

namespace {

// A hostile stick with thousands of folders costs at most this many looks per level.
constexpr size_t kMaxEntriesPerFolder = 200;

bool isFolder(const fs::path& path) {
    std::error_code error;
    return fs::is_directory(fs::symlink_status(path, error));  // a link to a folder is not one
}

bool holdsPackToml(const fs::path& folder) {
    std::error_code error;
    return fs::is_regular_file(fs::symlink_status(folder / "pack.toml", error));
}

// The visible sub-folders of `folder`, at most kMaxEntriesPerFolder.
std::vector<fs::path> subfolders(const fs::path& folder) {
    std::vector<fs::path> found;
    std::error_code error;
    size_t looked = 0;
    for (fs::directory_iterator it(folder, error), end; !error && it != end && looked < kMaxEntriesPerFolder;
         it.increment(error), ++looked) {
        const std::string name = it->path().filename().string();
        if (name.starts_with(".")) continue;  // .Trash-1000, .Spotlight-V100 ...
        if (isFolder(it->path())) found.push_back(it->path());
    }
    return found;
}

void addSourcesOfStick(const fs::path& stick, std::vector<SourceOnStick>& out) {
    if (holdsPackToml(stick)) out.push_back({stick, stick});
    for (const auto& folder : subfolders(stick))
        if (holdsPackToml(folder)) out.push_back({folder, stick});
}

}  // namespace

std::vector<SourceOnStick> findSourceFolders(const std::vector<fs::path>& mediaRoots) {
    std::vector<SourceOnStick> found;
    for (const auto& root : mediaRoots) {
        for (const auto& stick : subfolders(root)) {
            addSourcesOfStick(stick, found);
            // udisks mounts at /run/media/<user>/<label>: the label folder is the stick.
            for (const auto& deeper : subfolders(stick)) addSourcesOfStick(deeper, found);
        }
    }
    // A folder seen as "one level down" of a stick and as the top of a deeper
    // one is the same folder: keep the shallower stick.
    std::stable_sort(found.begin(), found.end(), [](const SourceOnStick& a, const SourceOnStick& b) {
        return a.folder != b.folder ? a.folder < b.folder : a.stick.string().size() < b.stick.string().size();
    });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const SourceOnStick& a, const SourceOnStick& b) { return a.folder == b.folder; }),
                found.end());
    return found;
}

SourceStickWatcher::SourceStickWatcher(std::vector<fs::path> mediaRoots, std::chrono::milliseconds period,
                                       std::function<void()> changed)
    : mediaRoots_(std::move(mediaRoots)), changed_(std::move(changed)) {
    rescan();
    ticker_ = std::make_unique<Ticker>(period, [this] { rescan(); });
}

SourceStickWatcher::~SourceStickWatcher() { ticker_.reset(); }

std::vector<SourceOnStick> SourceStickWatcher::folders() const {
    std::lock_guard lock(mutex_);
    return folders_;
}

void SourceStickWatcher::rescan() {
    std::vector<SourceOnStick> now = findSourceFolders(mediaRoots_);
    {
        std::lock_guard lock(mutex_);
        if (now == folders_) return;
        folders_ = std::move(now);
    }
    if (changed_) changed_();
}

}  // namespace content::station
