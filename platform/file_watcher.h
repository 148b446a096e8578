// Watches where content packs arrive - the mount roots where USB sticks
// appear (/media, /run/media) and drop folders a sync tool fills - with
// inotify on its own thread. Nothing is polled in the frame loop: the watcher
// calls back (from its thread) when packs are complete.
//
// A pack is taken only when it is complete: temporary and partial names that
// copy and sync tools use are ignored (*.part, *.tmp, .syncthing.*, ~*, any
// hidden file), a file is considered only after it was closed after writing
// (IN_CLOSE_WRITE) or renamed into place (IN_MOVED_TO), and only once its size
// and modification time have stopped changing for the settle time. Each
// version of a file is delivered once.
//
// On a stick (a folder under a mount root, or one level deeper as udisks does
// with /run/media/<user>/<label>) packs are taken at its top or in its
// `kiosk/` folder. In a drop folder, at its top.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace platform {

struct FoundPack {
    std::filesystem::path file;
    bool onStick = false;
};

class FileWatcher {
public:
    struct Settings {
        std::vector<std::filesystem::path> mediaRoots;
        std::vector<std::filesystem::path> dropFolders;
        std::chrono::milliseconds settle{2000};
        // Called on the watcher thread with the packs that became ready
        // together (one stick, or one settle round).
        std::function<void(std::vector<FoundPack>)> onPacks;
    };

    explicit FileWatcher(Settings settings);
    ~FileWatcher();
    FileWatcher(const FileWatcher&) = delete;
    FileWatcher& operator=(const FileWatcher&) = delete;

    // Starts watching (and offers the packs already there). False + `error`
    // when inotify is not available; missing folders are not an error (a
    // drop folder is created, a mount root is watched once it appears).
    bool start(std::string* error);
    // Offers every pack on the sticks present again, also ones already
    // delivered ("import from stick now" on the staff screen).
    void rescanSticks();

    // The folders watched right now (roots, drop folders and sticks present),
    // for the staff screen.
    std::vector<std::filesystem::path> watchedPlaces() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// True for names copy and sync tools use while a file is incomplete, and for hidden files.
bool isTemporaryName(std::string_view name);
// True for a complete pack's name: "*.kpack" and not temporary.
bool isPackName(std::string_view name);

}  // namespace platform
