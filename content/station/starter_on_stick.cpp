#include "content/station/starter_on_stick.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "content/pack/durable_files.h"
#include "content/pack/starter_folder.h"

namespace content::station {

namespace fs = std::filesystem;

namespace {

constexpr const char* kStarterName = "kiosk-vorlage";
constexpr int kMaxStarterCopies = 20;
constexpr size_t kMaxFoldersLooked = 200;

std::vector<fs::path> visibleFolders(const fs::path& folder) {
    std::vector<fs::path> found;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end && found.size() < kMaxFoldersLooked;
         it.increment(error))
        if (!it->path().filename().string().starts_with(".") && fs::is_directory(fs::symlink_status(it->path(), error)))
            found.push_back(it->path());
    return found;
}

bool sameDevice(const fs::path& a, const fs::path& b) {
    struct stat sa {}, sb {};
    return ::lstat(a.c_str(), &sa) == 0 && ::lstat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev;
}

// Creates `relative` (folders) below `base`, one component at a time, never through a link.
bool createFoldersWithoutLinks(const fs::path& base, const fs::path& relative, std::string* error) {
    int fd = pack::openFolderWithoutLinks(base);
    for (const fs::path& part : relative) {
        if (fd < 0) break;
        const std::string name = part.string();
        if (name.empty() || name == ".") continue;  // "a/b/" ends in an empty part
        if (::mkdirat(fd, name.c_str(), 0755) != 0 && errno != EEXIST) {
            ::close(fd);
            fd = -1;
            break;
        }
        const int next = ::openat(fd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        ::close(fd);
        fd = next;
    }
    if (fd < 0) {
        *error = "cannot create " + (base / relative).string() + ": " + std::strerror(errno);
        return false;
    }
    ::close(fd);
    return true;
}

}  // namespace

std::vector<fs::path> findSticks(const std::vector<fs::path>& mediaRoots) {
    std::vector<fs::path> sticks;
    for (const auto& root : mediaRoots) {
        std::vector<fs::path> mounted;
        for (const auto& folder : visibleFolders(root)) {
            if (!sameDevice(root, folder)) mounted.push_back(folder);
            else
                for (const auto& deeper : visibleFolders(folder))
                    if (!sameDevice(folder, deeper)) mounted.push_back(deeper);
        }
        const auto chosen = mounted.empty() ? visibleFolders(root) : mounted;
        sticks.insert(sticks.end(), chosen.begin(), chosen.end());
    }
    return sticks;
}

fs::path writeStarterOntoStick(const fs::path& stick, std::string* error) {
    std::string name = kStarterName;
    std::error_code ec;
    for (int copy = 2; fs::exists(fs::symlink_status(stick / name, ec)); ++copy) {
        if (copy > kMaxStarterCopies) {
            *error = "the stick already holds " + std::to_string(kMaxStarterCopies) + " templates";
            return {};
        }
        name = std::string(kStarterName) + "-" + std::to_string(copy);
    }
    const fs::path folder = stick / name;
    for (const auto& [path, bytes] : pack::starterFolderFiles()) {
        const fs::path relative(path);
        if (!createFoldersWithoutLinks(stick, fs::path(name) / relative.parent_path(), error)) return {};
        if (!pack::writeFileIntoForeignFolder(folder / relative.parent_path(), "", relative.filename().string(), bytes,
                                              error))
            return {};
    }
    return folder;
}

}  // namespace content::station
