#include "content/pack/durable_files.h"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

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

bool writeFileAtomically(const fs::path& file, const std::string& bytes, std::string* error) {
    fs::path temporary = file;
    temporary += ".tmp-" + randomHex(4);
    int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    auto fail = [&](const char* what) {
        if (error) *error = std::string(what) + " " + file.string() + ": " + std::strerror(errno);
        if (fd >= 0) ::close(fd);
        ::unlink(temporary.c_str());
        return false;
    };
    if (fd < 0) return fail("cannot create");
    const char* data = bytes.data();
    size_t left = bytes.size();
    while (left > 0) {
        ssize_t done = ::write(fd, data, left);
        if (done < 0) {
            if (errno == EINTR) continue;
            return fail("cannot write");
        }
        data += done;
        left -= static_cast<size_t>(done);
    }
    if (::fsync(fd) != 0) return fail("cannot write");
    ::close(fd);
    fd = -1;
    if (::rename(temporary.c_str(), file.c_str()) != 0) return fail("cannot replace");
    fsyncPath(file.parent_path().empty() ? fs::path(".") : file.parent_path());
    return true;
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
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<size_t>(in.gcount()));
        if (bytes.size() > maxBytes) return std::nullopt;
    }
    return bytes;
}

}  // namespace content::pack
