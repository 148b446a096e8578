// Reading files of a source folder safely: never through a link (a guide
// linked to /etc/nsswitch.conf must not end up in a signed pack), never a
// FIFO or a device (pack.toml as a FIFO would hang, a CSV linked to /dev/zero
// would fill the memory), and never more than the limit for that kind of file.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "content/core/bounded_read.h"
#include "content/core/content_limits.h"
#include "content/parse/source_context.h"

namespace content::source {

namespace fs = std::filesystem;

namespace {

// "2 MB" for a whole number of megabytes, else one decimal ("3.1 MB").
std::string megabytes(uint64_t bytes) {
    if (bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MB";
    const uint64_t tenths = (bytes * 10 + (1u << 19)) >> 20;
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

// Walks `relativePath` below `dir` one component at a time with O_NOFOLLOW;
// the fd of the last one (a file opened for reading), or -1 with errno.
int openWithoutLinks(const fs::path& dir, const std::string& relativePath) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const fs::path relative(relativePath);
    auto part = relative.begin();
    while (fd >= 0 && part != relative.end()) {
        const std::string name = part->string();
        const bool last = std::next(part) == relative.end();
        // O_NONBLOCK: opening a FIFO returns at once (it is refused after fstat).
        const int flags = last ? (O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
                               : (O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        int next = ::openat(fd, name.c_str(), flags);
        int saved = errno;
        ::close(fd);
        errno = saved;
        fd = next;
        ++part;
    }
    return fd;
}

// Records of a CSV text: line ends outside double quotes (a quoted cell may
// hold line breaks), plus a last line without one.
size_t countCsvRecords(std::string_view text) {
    size_t records = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        else if (c == '\n' && !quoted) ++records;
    }
    return records + (!text.empty() && text.back() != '\n' ? 1 : 0);
}

size_t countOccurrences(std::string_view text, std::string_view what) {
    size_t count = 0;
    for (size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++count;
    return count;
}

// A table with more rows than a pack may hold is refused before it is
// parsed: parsing a million rows first would take gigabytes.
std::optional<CheckWords> tooManyRecords(const std::string& relativePath, std::string_view bytes) {
    const ContentLimits limits;
    const std::string name = lower(relativePath);
    if (name.ends_with(".csv")) {
        const size_t records = countCsvRecords(bytes);
        if (records > limits.maxOrganisations + 1)  // + the header
            return say("file.too_many_rows", {{"rows", std::to_string(records - 1)}, {"limit", std::to_string(limits.maxOrganisations)}});
    } else if (name.ends_with(".ics")) {
        const size_t events = countOccurrences(bytes, "BEGIN:VEVENT");
        if (events > limits.maxEvents)
            return say("file.too_many_events", {{"events", std::to_string(events)}, {"limit", std::to_string(limits.maxEvents)}});
    }
    return std::nullopt;
}

}  // namespace

uint64_t sourceFileLimit(const std::string& relativePath) {
    const std::string name = lower(relativePath);
    return (name.ends_with(".csv") || name.ends_with(".txt") || name.ends_with(".ics")) ? kMaxSourceTableBytes
                                                                                       : kMaxSourceSmallFileBytes;
}

std::optional<CheckWords> notPlainProblem(const fs::path& path, bool wantFolder) {
    std::error_code error;
    const fs::file_status status = fs::symlink_status(path, error);
    if (error) return std::nullopt;  // vanished: the reader says it cannot read it
    if (fs::is_symlink(status)) {
        std::string target = fs::read_symlink(path, error).string();
        return error ? say("file.link") : say("file.link_to", {{"target", target}});
    }
    if (wantFolder ? fs::is_directory(status) : fs::is_regular_file(status)) return std::nullopt;
    if (fs::is_directory(status)) return say("file.folder_not_file");
    if (!wantFolder && !fs::is_regular_file(status) && !fs::is_directory(status))
        return say("file.not_normal");
    return say("file.not_folder");
}

bool refuseIfNotPlain(Context& context, const fs::path& path, const std::string& relativePath, bool wantFolder) {
    auto problem = notPlainProblem(path, wantFolder);
    if (!problem) return false;
    context.error(relativePath, 0, "", *problem);
    return true;
}

std::optional<std::string> readSourceBytes(Context& context, const std::string& relativePath) {
    const uint64_t limit = sourceFileLimit(relativePath);
    int fd = openWithoutLinks(context.dir, relativePath);
    if (fd < 0) {
        if (errno == ELOOP || errno == ENOTDIR) {
            // Name the link: the file itself or a folder on its way.
            fs::path walked = context.dir;
            std::string shown;
            for (const fs::path& part : fs::path(relativePath)) {
                walked /= part;
                shown += (shown.empty() ? "" : "/") + part.string();
                if (auto problem = notPlainProblem(walked, shown != relativePath)) {
                    context.error(shown, 0, "", *problem);
                    return std::nullopt;
                }
            }
        }
        context.error(relativePath, 0, "", say("file.unreadable", {{"reason", std::strerror(errno)}}));
        return std::nullopt;
    }
    std::string bytes;
    uint64_t size = 0;
    const BoundedRead outcome = readOpenFile(fd, limit, &bytes, &size);
    const int readErrno = errno;
    ::close(fd);
    switch (outcome) {
        case BoundedRead::Ok:
            if (auto problem = tooManyRecords(relativePath, bytes)) {
                context.error(relativePath, 0, "", *problem);
                return std::nullopt;
            }
            return bytes;
        case BoundedRead::NotRegular:
            context.error(relativePath, 0, "", say("file.not_normal"));
            break;
        case BoundedRead::TooLarge:
            context.error(relativePath, 0, "", say("file.too_large", {{"size", megabytes(size)}, {"limit", megabytes(limit)}}));
            break;
        case BoundedRead::Failed:
            context.error(relativePath, 0, "", say("file.unreadable", {{"reason", std::strerror(readErrno)}}));
            break;
    }
    return std::nullopt;
}

}  // namespace content::source
