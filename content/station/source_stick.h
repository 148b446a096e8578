// Finding a staff member's source folder on a USB stick: a folder holding
// pack.toml at the top of a stick or one level down. A stick is a folder
// under a media root, or one level deeper (/run/media/<user>/<label>), as the
// file watcher sees it. Only names and file types are looked at - no file on
// the stick is opened, no link is followed - so an untrusted stick shows
// nothing but that it is there until a PIN-holder asks for the check.
// The watcher looks every `period` on its own thread (a few stat calls per
// stick) and calls back when the set of folders changed, so the staff screen
// can say "new content on the stick" and a pulled stick ends a preview.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "content/station/ticker.h"

namespace content::station {

struct SourceOnStick {
    std::filesystem::path folder;  // holds pack.toml
    std::filesystem::path stick;   // the stick's top folder
    bool operator==(const SourceOnStick&) const = default;
};

// Every source folder on the sticks under `mediaRoots`, sorted by path.
std::vector<SourceOnStick> findSourceFolders(const std::vector<std::filesystem::path>& mediaRoots);

class SourceStickWatcher {
public:
    SourceStickWatcher(std::vector<std::filesystem::path> mediaRoots, std::chrono::milliseconds period,
                       std::function<void()> changed);
    ~SourceStickWatcher();
    std::vector<SourceOnStick> folders() const;
    // Looks now (the watcher's thread also does every `period`).
    void rescan();

private:
    std::vector<std::filesystem::path> mediaRoots_;
    std::function<void()> changed_;
    mutable std::mutex mutex_;
    std::vector<SourceOnStick> folders_;
    std::unique_ptr<Ticker> ticker_;
};

}  // namespace content::station
