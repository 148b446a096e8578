#include "content/pack/zip_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include <cerrno>
#include <cstring>
#include <set>

namespace content::pack {

bool isSafeEntryName(const std::string& name) {
    if (name.empty() || name.size() > 255 || name.front() == '/' || name.back() == '/') return false;
    for (unsigned char c : name)
        if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') return false;
    size_t start = 0;
    while (start <= name.size()) {
        size_t end = name.find('/', start);
        if (end == std::string::npos) end = name.size();
        std::string_view part(name.data() + start, end - start);
        if (part.empty() || part == "." || part == "..") return false;
        start = end + 1;
    }
    return true;
}

// A Unix-made entry carries its file type in the upper half of the external
// attributes; anything but a regular file (a symlink above all) is refused.
static bool isLinkOrSpecial(zip_t* zip, zip_uint64_t index) {
    zip_uint8_t opsys = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(zip, index, 0, &opsys, &attributes) != 0) return true;
    if (opsys != ZIP_OPSYS_UNIX) return false;
    unsigned mode = attributes >> 16;
    unsigned type = mode & S_IFMT;
    return type != 0 && type != S_IFREG;
}

std::unique_ptr<ZipReader> ZipReader::open(const std::filesystem::path& archive, const ZipReadLimits& limits,
                                           ZipProblem* problem, std::string* detail) {
    auto fail = [&](ZipProblem what, std::string why) -> std::unique_ptr<ZipReader> {
        *problem = what;
        if (detail) *detail = std::move(why);
        return nullptr;
    };
    int errorCode = 0;
    // ZIP_CHECKCONS compares the central directory with the local headers, so
    // a truncated or spliced archive fails here rather than halfway through.
    zip_t* zip = zip_open(archive.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &errorCode);
    if (!zip) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, errorCode);
        std::string why = std::string("the archive cannot be opened (") + zip_error_strerror(&zipError) + ")";
        zip_error_fini(&zipError);
        return fail(ZipProblem::NotAZip, why);
    }
    std::unique_ptr<ZipReader> reader(new ZipReader(zip, limits));
    zip_int64_t count = zip_get_num_entries(zip, 0);
    if (count < 0) return fail(ZipProblem::NotAZip, "the archive's directory is unreadable");
    if (static_cast<uint64_t>(count) > limits.maxEntries)
        return fail(ZipProblem::TooLarge, "the archive holds " + std::to_string(count) + " files, more than " +
                                              std::to_string(limits.maxEntries));
    std::set<std::string> seen;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(zip, i, ZIP_FL_ENC_RAW, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME))
            return fail(ZipProblem::NotAZip, "entry " + std::to_string(i) + " of the archive is unreadable");
        std::string name = stat.name;
        if (!isSafeEntryName(name)) return fail(ZipProblem::UnsafePath, "the file name '" + name + "' is not allowed");
        if (isLinkOrSpecial(zip, i)) return fail(ZipProblem::UnsafePath, "'" + name + "' is a link, not a file");
        if (!seen.insert(name).second) return fail(ZipProblem::UnsafePath, "'" + name + "' appears twice in the archive");
        ZipEntryInfo info;
        info.name = name;
        info.index = static_cast<uint64_t>(i);
        info.compressedSize = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
        info.declaredSize = (stat.valid & ZIP_STAT_SIZE) ? stat.size : 0;
        reader->entries_.push_back(std::move(info));
    }
    *problem = ZipProblem::None;
    return reader;
}

ZipReader::~ZipReader() {
    if (zip_) zip_discard(zip_);
}

const ZipEntryInfo* ZipReader::find(const std::string& name) const {
    for (const auto& entry : entries_)
        if (entry.name == name) return &entry;
    return nullptr;
}

template <typename Sink>
ZipProblem ZipReader::stream(const ZipEntryInfo& entry, uint64_t maxBytes, Sink&& sink, uint64_t* total,
                             std::string* detail) {
    *total = 0;
    zip_file_t* file = zip_fopen_index(zip_, entry.index, 0);
    if (!file) {
        if (detail) *detail = "'" + entry.name + "' cannot be read from the archive (" + zip_strerror(zip_) + ")";
        return ZipProblem::NotAZip;
    }
    const uint64_t ratioBase = entry.compressedSize > 0 ? entry.compressedSize : 1;
    char buffer[65536];
    ZipProblem problem = ZipProblem::None;
    for (;;) {
        zip_int64_t got = zip_fread(file, buffer, sizeof buffer);
        if (got < 0) {
            if (detail) *detail = "'" + entry.name + "' is damaged in the archive (" + zip_file_strerror(file) + ")";
            problem = ZipProblem::NotAZip;
            break;
        }
        if (got == 0) break;
        *total += static_cast<uint64_t>(got);
        if (*total > maxBytes) {
            if (detail) *detail = "'" + entry.name + "' is larger than " + std::to_string(maxBytes) + " bytes";
            problem = ZipProblem::TooLarge;
            break;
        }
        if (*total > limits_.ratioCheckedAbove &&
            static_cast<double>(*total) > limits_.maxCompressionRatio * static_cast<double>(ratioBase)) {
            if (detail)
                *detail = "'" + entry.name + "' expands more than " +
                          std::to_string(static_cast<int>(limits_.maxCompressionRatio)) +
                          " times its packed size (a decompression bomb)";
            problem = ZipProblem::Bomb;
            break;
        }
        if (!sink(buffer, static_cast<size_t>(got))) {
            if (detail) *detail = "'" + entry.name + "' cannot be written: " + std::strerror(errno);
            problem = ZipProblem::WriteFailed;
            break;
        }
    }
    zip_fclose(file);
    return problem;
}

ZipProblem ZipReader::read(const ZipEntryInfo& entry, uint64_t maxBytes, std::string* bytes, std::string* detail) {
    bytes->clear();
    uint64_t total = 0;
    return stream(entry, maxBytes, [&](const char* data, size_t size) {
        bytes->append(data, size);
        return true;
    }, &total, detail);
}

ZipProblem ZipReader::extract(const ZipEntryInfo& entry, uint64_t maxBytes, const std::filesystem::path& destination,
                              uint64_t* written, std::string* detail) {
    // O_EXCL|O_NOFOLLOW: never write through something already there.
    int fd = ::open(destination.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) {
        if (detail) *detail = "cannot create " + destination.string() + ": " + std::strerror(errno);
        return ZipProblem::WriteFailed;
    }
    ZipProblem problem = stream(entry, maxBytes, [&](const char* data, size_t size) {
        while (size > 0) {
            ssize_t done = ::write(fd, data, size);
            if (done < 0) {
                if (errno == EINTR) continue;
                return false;
            }
            data += done;
            size -= static_cast<size_t>(done);
        }
        return true;
    }, written, detail);
    if (::close(fd) != 0 && problem == ZipProblem::None) {
        if (detail) *detail = "cannot write " + destination.string() + ": " + std::strerror(errno);
        problem = ZipProblem::WriteFailed;
    }
    return problem;
}

}  // namespace content::pack
