#include "platform/folder_watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <map>
#include <optional>
#include <thread>
#include <vector>

namespace platform {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// A source folder is a handful of folders; these bound a folder that is not one.
constexpr size_t kMaxWatchedFolders = 4096;
constexpr int kMaxDepth = 8;

constexpr uint32_t kMask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY |
                           IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_DONT_FOLLOW | IN_ONLYDIR;

bool startsWith(std::string_view name, std::string_view prefix) { return name.substr(0, prefix.size()) == prefix; }
bool endsWith(std::string_view name, std::string_view suffix) {
    return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
}

}  // namespace

bool isEditorBookkeepingName(std::string_view name) {
    return (startsWith(name, ".~lock.") && endsWith(name, "#")) || endsWith(name, "~") || startsWith(name, ".#") ||
           endsWith(name, ".swp") || endsWith(name, ".swx") || startsWith(name, "~$");
}

struct FolderWatcher::Impl {
    Settings settings;
    int inotify = -1, stop = -1;
    std::thread thread;
    std::atomic<bool> pending{false};
    std::map<int, std::pair<fs::path, int>> folders;  // watch descriptor -> folder, depth

    void watch(const fs::path& folder, int depth) {
        if (depth > kMaxDepth || folders.size() >= kMaxWatchedFolders) return;
        const int descriptor = inotify_add_watch(inotify, folder.c_str(), kMask);
        if (descriptor < 0) return;
        folders[descriptor] = {folder, depth};
        std::error_code error;
        for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
            std::error_code statusError;
            if (fs::is_directory(it->symlink_status(statusError))) watch(it->path(), depth + 1);
        }
    }

    // True when the events read are a change to the content.
    bool readEvents() {
        alignas(inotify_event) char buffer[16 * 1024];
        bool changed = false;
        for (;;) {
            const ssize_t length = ::read(inotify, buffer, sizeof buffer);
            if (length <= 0) break;
            for (ssize_t offset = 0; offset < length;) {
                const auto* event = reinterpret_cast<const inotify_event*>(buffer + offset);
                offset += ssize_t(sizeof(inotify_event) + event->len);
                if (event->mask & IN_Q_OVERFLOW) {
                    changed = true;
                    continue;
                }
                auto folder = folders.find(event->wd);
                if (event->mask & IN_IGNORED) {
                    if (folder != folders.end()) folders.erase(folder);
                    continue;
                }
                const std::string_view name = event->len ? std::string_view(event->name) : std::string_view();
                if (!name.empty() && isEditorBookkeepingName(name)) continue;
                changed = true;
                if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO)) && folder != folders.end())
                    watch(folder->second.first / std::string(name), folder->second.second + 1);
            }
        }
        return changed;
    }

    void run() {
        std::optional<Clock::time_point> due;
        for (;;) {
            int timeout = -1;
            if (due)
                timeout = int(std::max<int64_t>(
                    0, std::chrono::duration_cast<std::chrono::milliseconds>(*due - Clock::now()).count() + 1));
            pollfd fds[2] = {{inotify, POLLIN, 0}, {stop, POLLIN, 0}};
            const int ready = ::poll(fds, 2, timeout);
            if (ready < 0 && errno != EINTR) return;
            if (fds[1].revents & POLLIN) return;
            if ((fds[0].revents & POLLIN) && readEvents()) {
                pending = true;
                due = Clock::now() + settings.quiet;
            }
            if (due && Clock::now() >= *due) {
                due.reset();
                if (settings.onChange) settings.onChange();
                pending = false;
            }
        }
    }
};

FolderWatcher::FolderWatcher(Settings settings) : impl_(std::make_unique<Impl>()) {
    impl_->settings = std::move(settings);
}

FolderWatcher::~FolderWatcher() {
    if (impl_->thread.joinable()) {
        const uint64_t one = 1;
        [[maybe_unused]] ssize_t written = ::write(impl_->stop, &one, sizeof one);
        impl_->thread.join();
    }
    if (impl_->inotify >= 0) ::close(impl_->inotify);
    if (impl_->stop >= 0) ::close(impl_->stop);
}

bool FolderWatcher::changePending() const { return impl_->pending.load(); }

bool FolderWatcher::start(std::string* error) {
    impl_->inotify = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    impl_->stop = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (impl_->inotify < 0 || impl_->stop < 0) {
        if (error) *error = std::string("inotify is not available: ") + std::strerror(errno);
        return false;
    }
    impl_->watch(impl_->settings.folder, 0);
    if (impl_->folders.empty()) {
        if (error) *error = "cannot watch " + impl_->settings.folder.string() + ": " + std::strerror(errno);
        return false;
    }
    impl_->thread = std::thread([impl = impl_.get()] { impl->run(); });
    return true;
}

}  // namespace platform
