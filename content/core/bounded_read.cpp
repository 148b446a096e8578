#include "content/core/bounded_read.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace content {

BoundedRead readOpenFile(int fd, uint64_t maxBytes, std::string* bytes, uint64_t* size) {
    struct stat info {};
    if (::fstat(fd, &info) != 0) return BoundedRead::Failed;
    if (!S_ISREG(info.st_mode)) return BoundedRead::NotRegular;
    auto tooLarge = [&](uint64_t found) {
        if (size) *size = found;
        return BoundedRead::TooLarge;
    };
    if (static_cast<uint64_t>(info.st_size) > maxBytes) return tooLarge(static_cast<uint64_t>(info.st_size));
    bytes->clear();
    bytes->reserve(static_cast<size_t>(info.st_size));
    char buffer[65536];
    for (;;) {
        ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return BoundedRead::Failed;
        if (got == 0) return BoundedRead::Ok;
        bytes->append(buffer, static_cast<size_t>(got));
        if (bytes->size() > maxBytes) return tooLarge(bytes->size());
    }
}

}  // namespace content
