#include "content/pack/durable_files.h"

#include <fcntl.h>
#include <sys/stat.h>  // mkdirat, fstat
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <functional>
#include <vector>

#include "content/core/bounded_read.h"
#include "content/pack/hashing.h"

namespace content::pack {

namespace fs = std::filesystem;

bool fsyncPath(const fs::path& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return false;
    bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool fsyncTree(const fs::path& root) {
    int fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return false;
    bool ok = ::syncfs(fd) == 0;
    ::close(fd);
    std::error_code error;
    for (fs::recursive_directory_iterator it(root, error), end; !error && it != end; it.increment(error))
        if (it->is_directory(error)) ok = fsyncPath(it->path()) && ok;
    return !error && fsyncPath(root) && ok;
}

std::string randomHex(size_t bytes) {
    ensureSodium();
    std::string raw(bytes, '\0');
    randombytes_buf(raw.data(), raw.size());
    std::string hex(bytes * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
    hex.pop_back();
    return hex;
}

namespace {

bool writeAllTo(int fd, const char* data, size_t left) {
    while (left > 0) {
        ssize_t done = ::write(fd, data, left);
        if (done < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data += done;
        left -= static_cast<size_t>(done);
    }
    return true;
}

// Writes `name` inside the folder `dirFd`, its bytes from `writeBody` (false
// with errno set when it could not): a hidden temporary file with a random
// name, created exclusively and never through a link, fsync'd, renamed over
// `name` (a rename replaces a link planted at `name`, it does not follow it),
// then the folder fsync'd. `shownPath` is for messages.
bool writeAtomicallyAt(int dirFd, const std::string& name, const std::function<bool(int fd)>& writeBody,
                       const fs::path& shownPath, std::string* error) {
    const std::string temporary = "." + name + ".tmp-" + randomHex(8);
    int fd = ::openat(dirFd, temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    auto fail = [&](const char* what) {
        if (error) *error = std::string(what) + " " + shownPath.string() + ": " + std::strerror(errno);
        int saved = errno;
        if (fd >= 0) ::close(fd);
        ::unlinkat(dirFd, temporary.c_str(), 0);
        errno = saved;
        return false;
    };
    if (fd < 0) return fail("cannot create");
    if (!writeBody(fd)) return fail("cannot write");
    if (::fsync(fd) != 0) return fail("cannot write");
    ::close(fd);
    fd = -1;
    if (::renameat(dirFd, temporary.c_str(), dirFd, name.c_str()) != 0) return fail("cannot replace");
    ::fsync(dirFd);
    return true;
}

std::function<bool(int fd)> bytesWriter(const std::string& bytes) {
    return [&bytes](int fd) { return writeAllTo(fd, bytes.data(), bytes.size()); };
}

bool isPlainName(const std::string& name) {
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos &&
           name.find('\0') == std::string::npos;
}

}  // namespace

bool writeFileAtomically(const fs::path& file, const std::string& bytes, std::string* error) {
    const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    int dirFd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) {
        if (error) *error = "cannot create " + file.string() + ": " + std::strerror(errno);
        return false;
    }
    bool ok = writeAtomicallyAt(dirFd, file.filename().string(), bytesWriter(bytes), file, error);
    int saved = errno;
    ::close(dirFd);
    errno = saved;
    return ok;
}

int openFolderWithoutLinks(const fs::path& folder) {
    const fs::path normal = folder.lexically_normal();
    int fd = ::open(normal.is_absolute() ? "/" : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    for (const fs::path& part : normal.relative_path()) {
        if (fd < 0) return -1;
        const std::string component = part.string();
        if (component.empty() || component == ".") continue;
        int next = ::openat(fd, component.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        int saved = errno;
        ::close(fd);
        errno = saved;
        fd = next;
    }
    return fd;
}

namespace {

bool writeIntoForeignFolder(const fs::path& folder, const std::string& subfolder, const std::string& name,
                            const std::function<bool(int fd)>& writeBody, std::string* error) {
    const fs::path shown = subfolder.empty() ? folder / name : folder / subfolder / name;
    auto fail = [&](const fs::path& where) {
        // ELOOP / ENOTDIR: O_NOFOLLOW met a link where a folder should be.
        std::string why = (errno == ELOOP || errno == ENOTDIR) ? "it is a link or not a folder, which the kiosk never writes through"
                                                               : std::strerror(errno);
        if (error) *error = "cannot write " + shown.string() + ": " + where.string() + ": " + why;
        return false;
    };
    if (!isPlainName(name) || (!subfolder.empty() && !isPlainName(subfolder))) {
        errno = EINVAL;
        return fail(shown);
    }
    int dirFd = openFolderWithoutLinks(folder);
    if (dirFd < 0) return fail(folder);
    if (!subfolder.empty()) {
        if (::mkdirat(dirFd, subfolder.c_str(), 0755) != 0 && errno != EEXIST) {
            int saved = errno;
            ::close(dirFd);
            errno = saved;
            return fail(folder / subfolder);
        }
        int inner = ::openat(dirFd, subfolder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        int saved = errno;
        ::close(dirFd);
        errno = saved;
        if (inner < 0) return fail(folder / subfolder);
        dirFd = inner;
    }
    bool ok = writeAtomicallyAt(dirFd, name, writeBody, shown, error);
    ::close(dirFd);
    return ok;
}

}  // namespace

bool writeFileIntoForeignFolder(const fs::path& folder, const std::string& subfolder, const std::string& name,
                                const std::string& bytes, std::string* error) {
    return writeIntoForeignFolder(folder, subfolder, name, bytesWriter(bytes), error);
}

bool copyFileIntoForeignFolder(const fs::path& folder, const std::string& subfolder, const std::string& name,
                               const fs::path& sourceFile, std::string* error) {
    // Never through a link, never a FIFO or device (no hang): as readWholeFile.
    const int source = ::open(sourceFile.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    struct stat info {};
    if (source < 0 || ::fstat(source, &info) != 0 || !S_ISREG(info.st_mode)) {
        if (error) *error = "cannot read " + sourceFile.string();
        if (source >= 0) ::close(source);
        return false;
    }
    const bool ok = writeIntoForeignFolder(folder, subfolder, name, [source](int fd) {
        std::vector<char> buffer(1u << 20);
        for (;;) {
            const ssize_t got = ::read(source, buffer.data(), buffer.size());
            if (got < 0 && errno == EINTR) continue;
            if (got < 0) return false;
            if (got == 0) return true;
            if (!writeAllTo(fd, buffer.data(), static_cast<size_t>(got))) return false;
        }
    }, error);
    ::close(source);
    return ok;
}

bool replaceSymlink(const fs::path& link, const fs::path& target, std::string* error) {
    fs::path temporary = link;
    temporary += ".new-" + randomHex(4);
    if (::symlink(target.c_str(), temporary.c_str()) != 0) {
        if (error) *error = "cannot create " + temporary.string() + ": " + std::strerror(errno);
        return false;
    }
    if (::rename(temporary.c_str(), link.c_str()) != 0) {
        if (error) *error = "cannot replace " + link.string() + ": " + std::strerror(errno);
        ::unlink(temporary.c_str());
        return false;
    }
    fsyncPath(link.parent_path().empty() ? fs::path(".") : link.parent_path());
    return true;
}

std::optional<fs::path> readSymlink(const fs::path& link) {
    std::error_code error;
    if (!fs::is_symlink(fs::symlink_status(link, error))) return std::nullopt;
    fs::path target = fs::read_symlink(link, error);
    if (error) return std::nullopt;
    return target;
}

std::optional<std::string> readWholeFile(const fs::path& file, size_t maxBytes) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused as not regular.
    int fd = ::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    std::string bytes;
    BoundedRead outcome = readOpenFile(fd, maxBytes, &bytes);
    ::close(fd);
    if (outcome != BoundedRead::Ok) return std::nullopt;
    return bytes;
}

}  // namespace content::pack
