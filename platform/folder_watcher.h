// Watches one folder and every folder below it (inotify, on its own thread)
// and calls back once changes have stopped for a moment: the desktop preview
// rebuilds a staff source folder whenever a file in it is saved. Saving a
// spreadsheet is a burst of events (a lock file, a temporary file, a rename):
// the callback comes once, `quiet` after the last of them. Names editors use
// for their own bookkeeping (`.~lock.*#`, `*~`, `.#*`, `*.swp`, `~$*`) change
// nothing. Folders created later are watched too; symbolic links are never
// followed.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace platform {

class FolderWatcher {
public:
    struct Settings {
        std::filesystem::path folder;
        std::chrono::milliseconds quiet{400};
        std::function<void()> onChange;  // called on the watcher's thread
    };

    explicit FolderWatcher(Settings settings);
    ~FolderWatcher();  // stops and joins the thread
    FolderWatcher(const FolderWatcher&) = delete;
    FolderWatcher& operator=(const FolderWatcher&) = delete;

    // False + `error` when inotify is not available or the folder cannot be watched.
    bool start(std::string* error);
    // A change was seen and its callback has not come yet (any thread; cheap).
    bool changePending() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// True for the files editors and office programs keep beside the one being edited.
bool isEditorBookkeepingName(std::string_view name);

}  // namespace platform
