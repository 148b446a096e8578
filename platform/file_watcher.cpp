#include "platform/file_watcher.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace platform {

bool isTemporaryName(std::string_view name) {
    auto endsWith = [&](std::string_view suffix) {
        return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    // Hidden files cover .syncthing.*, rsync's .name.XXXXXX and our own temp files.
    return name.empty() || name.front() == '.' || name.front() == '~' || endsWith(".part") || endsWith(".tmp") ||
           endsWith(".crdownload") || endsWith("~");
}

bool isPackName(std::string_view name) {
    constexpr std::string_view suffix = ".kpack";
    return !isTemporaryName(name) && name.size() > suffix.size() &&
           name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

enum class DirKind {
    MediaRoot,  // sticks appear below it
    Stick,      // a folder under a media root (level 1) or one deeper (level 2): packs at its top
    StickKiosk, // <stick>/kiosk: packs
    Drop,       // a drop folder: packs
};

struct WatchedDir {
    fs::path path;
    DirKind kind;
    int level = 0;  // Stick: 1 or 2
};

// What identifies one version of a file.
struct FileVersion {
    ino_t inode = 0;
    off_t size = -1;
    int64_t mtimeNs = 0;
    bool operator==(const FileVersion&) const = default;
};

std::optional<FileVersion> versionOf(const fs::path& file) {
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    return FileVersion{info.st_ino, info.st_size,
                       static_cast<int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec};
}

bool isDirectory(const fs::path& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

constexpr uint32_t kPackDirMask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MODIFY | IN_DELETE | IN_MOVED_FROM |
                                  IN_CREATE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;
constexpr uint32_t kRootMask = IN_CREATE | IN_MOVED_TO | IN_DELETE | IN_MOVED_FROM | IN_DELETE_SELF | IN_ONLYDIR;

}  // namespace

struct FileWatcher::Impl {
    Settings settings;
    int inotifyFd = -1;
    int wakeFd = -1;       // eventfd: stop and rescan requests
    int mountsFd = -1;     // /proc/self/mountinfo: POLLPRI when a stick is mounted or unmounted
    std::thread thread;
    std::atomic<bool> stopping{false};
    std::atomic<bool> rescanRequested{false};

    // Watcher-thread state.
    std::map<int, WatchedDir> watches;
    struct Pending {
        bool onStick = false;
        FileVersion version;
        Clock::time_point stableSince;
    };
    std::map<fs::path, Pending> pending;
    std::map<fs::path, FileVersion> delivered;

    mutable std::mutex placesMutex;
    std::vector<fs::path> places;

    explicit Impl(Settings s) : settings(std::move(s)) {}

    void log(const std::string& line) { std::fprintf(stderr, "kiosk watcher: %s\n", line.c_str()); }

    int addWatch(const fs::path& path, DirKind kind, int level, uint32_t mask) {
        int wd = inotify_add_watch(inotifyFd, path.c_str(), mask);
        if (wd < 0) return -1;
        watches[wd] = {path, kind, level};
        return wd;
    }

    // Considers every pack file already in `dir` (a stick just mounted, a
    // folder at start): it enters the settle wait like a freshly closed file.
    void offerExisting(const fs::path& dir, bool onStick) {
        std::error_code ec;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (isPackName(name)) consider(it->path(), onStick);
        }
    }

    void consider(const fs::path& file, bool onStick) {
        auto version = versionOf(file);
        if (!version) return;
        auto done = delivered.find(file);
        if (done != delivered.end() && done->second == *version) return;  // this version was delivered
        auto waiting = pending.find(file);
        if (waiting != pending.end() && waiting->second.version == *version) return;  // already settling
        pending[file] = Pending{onStick, *version, Clock::now()};
    }

    // A stick folder: watch it, its kiosk/ folder and (for level 1) its sub-folders.
    void watchStick(const fs::path& dir, int level) {
        if (addWatch(dir, DirKind::Stick, level, kPackDirMask) < 0) return;
        offerExisting(dir, true);
        std::error_code ec;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (name.empty() || name.front() == '.' || !isDirectory(it->path())) continue;
            if (name == "kiosk") watchStickKiosk(it->path());
            else if (level == 1) watchStick(it->path(), 2);
        }
    }

    void watchStickKiosk(const fs::path& dir) {
        if (addWatch(dir, DirKind::StickKiosk, 0, kPackDirMask) < 0) return;
        offerExisting(dir, true);
    }

    void watchMediaRoot(const fs::path& root) {
        if (!isDirectory(root)) return;  // /run/media appears with the first udisks mount
        if (addWatch(root, DirKind::MediaRoot, 0, kRootMask) < 0) return;
        std::error_code ec;
        for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (!name.empty() && name.front() != '.' && isDirectory(it->path())) watchStick(it->path(), 1);
        }
    }

    void watchDropFolder(const fs::path& folder) {
        std::error_code ec;
        fs::create_directories(folder, ec);
        if (addWatch(folder, DirKind::Drop, 0, kPackDirMask) < 0) {
            log("cannot watch drop folder " + folder.string() + ": " + std::strerror(errno));
            return;
        }
        offerExisting(folder, false);
    }

    // (Re)establishes every watch. inotify_add_watch on a path that is now a
    // mounted stick returns a new descriptor for the stick's own directory;
    // for a path already watched it returns the same one.
    void watchEverything() {
        for (const auto& root : settings.mediaRoots) watchMediaRoot(root);
        for (const auto& folder : settings.dropFolders) watchDropFolder(folder);
        publishPlaces();
    }

    void publishPlaces() {
        std::vector<fs::path> list;
        for (const auto& [wd, dir] : watches)
            if (dir.kind != DirKind::StickKiosk) list.push_back(dir.path);
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        std::lock_guard lock(placesMutex);
        places = std::move(list);
    }

    void forgetUnder(const fs::path& dir) {
        const std::string prefix = dir.string() + "/";
        auto under = [&](const fs::path& p) { return p.string().rfind(prefix, 0) == 0; };
        std::erase_if(pending, [&](const auto& entry) { return under(entry.first); });
    }

    void handle(const inotify_event& event) {
        if (event.mask & IN_Q_OVERFLOW) {
            log("event queue overflowed; looking at every folder again");
            watchEverything();
            return;
        }
        auto found = watches.find(event.wd);
        if (found == watches.end()) return;
        const WatchedDir dir = found->second;
        if (event.mask & IN_IGNORED) {  // removed, unmounted, or replaced by a mount
            forgetUnder(dir.path);
            watches.erase(found);
            publishPlaces();
            return;
        }
        if (event.mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT)) {
            forgetUnder(dir.path);
            return;
        }
        if (event.len == 0) return;
        const std::string name = event.name;
        const fs::path path = dir.path / name;
        const bool isDir = event.mask & IN_ISDIR;

        if (isDir) {
            if (!(event.mask & (IN_CREATE | IN_MOVED_TO)) || name.front() == '.') return;
            if (dir.kind == DirKind::MediaRoot) watchStick(path, 1);
            else if (dir.kind == DirKind::Stick && name == "kiosk") watchStickKiosk(path);
            else if (dir.kind == DirKind::Stick && dir.level == 1) watchStick(path, 2);
            publishPlaces();
            return;
        }
        if (dir.kind == DirKind::MediaRoot || !isPackName(name)) return;
        const bool onStick = dir.kind != DirKind::Drop;
        if (event.mask & (IN_DELETE | IN_MOVED_FROM)) {
            pending.erase(path);
            delivered.erase(path);
        } else if (event.mask & (IN_CLOSE_WRITE | IN_MOVED_TO)) {
            consider(path, onStick);
        } else if (event.mask & (IN_MODIFY | IN_CREATE)) {
            // Still being written: restart its settle time if it is waiting.
            auto waiting = pending.find(path);
            if (waiting != pending.end()) waiting->second.stableSince = Clock::now();
        }
    }

    // Moves the files that stopped changing to `ready`; returns how long to
    // wait before the next check (-1 = nothing pending).
    int settle(std::vector<FoundPack>& ready) {
        const auto now = Clock::now();
        auto next = Clock::time_point::max();
        for (auto it = pending.begin(); it != pending.end();) {
            auto version = versionOf(it->first);
            if (!version) {  // gone (stick pulled, file deleted)
                it = pending.erase(it);
                continue;
            }
            if (!(*version == it->second.version)) {
                it->second.version = *version;
                it->second.stableSince = now;
            }
            const auto due = it->second.stableSince + settings.settle;
            if (due <= now) {
                ready.push_back({it->first, it->second.onStick});
                delivered[it->first] = *version;
                it = pending.erase(it);
                continue;
            }
            next = std::min(next, due);
            ++it;
        }
        if (next == Clock::time_point::max()) return -1;
        // Re-check at least every 250 ms: a size change without an event (a
        // network file system) still restarts the settle time.
        auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(next - now).count() + 1;
        return static_cast<int>(std::clamp<int64_t>(wait, 1, 250));
    }

    void rescanSticks() {
        std::vector<fs::path> sticks;
        for (const auto& [wd, dir] : watches)
            if (dir.kind == DirKind::Stick || dir.kind == DirKind::StickKiosk) sticks.push_back(dir.path);
        for (const auto& stick : sticks) {
            for (auto it = delivered.begin(); it != delivered.end();)
                it = it->first.parent_path() == stick ? delivered.erase(it) : std::next(it);
            offerExisting(stick, true);
        }
    }

    void run() {
        watchEverything();
        alignas(inotify_event) char buffer[64 * 1024];
        for (;;) {
            std::vector<FoundPack> ready;
            int timeout = settle(ready);
            if (!ready.empty() && settings.onPacks) settings.onPacks(std::move(ready));

            pollfd fds[3] = {{inotifyFd, POLLIN, 0}, {wakeFd, POLLIN, 0}, {mountsFd, POLLPRI, 0}};
            int count = ::poll(fds, mountsFd >= 0 ? 3 : 2, timeout);
            if (stopping) return;
            if (count < 0) {
                if (errno == EINTR) continue;
                log(std::string("poll failed: ") + std::strerror(errno));
                return;
            }
            if (fds[1].revents & POLLIN) {
                uint64_t value;
                (void)!::read(wakeFd, &value, sizeof value);
                if (rescanRequested.exchange(false)) rescanSticks();
            }
            if (mountsFd >= 0 && (fds[2].revents & (POLLPRI | POLLERR))) {
                // The mount table changed: a stick was mounted over a folder we
                // may already watch. Reading to the end re-arms the notification.
                ::lseek(mountsFd, 0, SEEK_SET);
                while (::read(mountsFd, buffer, sizeof buffer) > 0) {
                }
                watchEverything();
            }
            if (fds[0].revents & POLLIN) {
                for (;;) {
                    ssize_t length = ::read(inotifyFd, buffer, sizeof buffer);
                    if (length <= 0) break;
                    for (char* at = buffer; at < buffer + length;) {
                        const auto* event = reinterpret_cast<const inotify_event*>(at);
                        handle(*event);
                        at += sizeof(inotify_event) + event->len;
                    }
                }
            }
        }
    }
};

FileWatcher::FileWatcher(Settings settings) : impl_(std::make_unique<Impl>(std::move(settings))) {}

FileWatcher::~FileWatcher() {
    impl_->stopping = true;
    if (impl_->wakeFd >= 0) {
        uint64_t one = 1;
        (void)!::write(impl_->wakeFd, &one, sizeof one);
    }
    if (impl_->thread.joinable()) impl_->thread.join();
    for (int fd : {impl_->inotifyFd, impl_->wakeFd, impl_->mountsFd})
        if (fd >= 0) ::close(fd);
}

bool FileWatcher::start(std::string* error) {
    if (impl_->thread.joinable()) return true;
    impl_->inotifyFd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    impl_->wakeFd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (impl_->inotifyFd < 0 || impl_->wakeFd < 0) {
        if (error) *error = std::string("inotify is not available: ") + std::strerror(errno);
        return false;
    }
    impl_->mountsFd = ::open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC);
    if (impl_->mountsFd >= 0) {
        char drain[4096];
        while (::read(impl_->mountsFd, drain, sizeof drain) > 0) {
        }
    }
    impl_->thread = std::thread([impl = impl_.get()] { impl->run(); });
    return true;
}

void FileWatcher::rescanSticks() {
    impl_->rescanRequested = true;
    uint64_t one = 1;
    if (impl_->wakeFd >= 0) (void)!::write(impl_->wakeFd, &one, sizeof one);
}

std::vector<std::filesystem::path> FileWatcher::watchedPlaces() const {
    std::lock_guard lock(impl_->placesMutex);
    return impl_->places;
}

}  // namespace platform
