// Reading an untrusted pack archive. Every entry name is checked when the
// archive is opened (no "..", no absolute path, no backslash, no link, no
// duplicate), and every read is bounded while it happens: a lying header or a
// decompression bomb is stopped after at most `limit` bytes, not after the
// disk is full.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

typedef struct zip zip_t;

namespace content::pack {

enum class ZipProblem {
    None,
    NotAZip,       // cannot be opened, truncated, or an entry is corrupt
    UnsafePath,    // "..", absolute, backslash, a link, or a duplicate name
    TooLarge,      // more entries or bytes than allowed
    Bomb,          // expands far more than its packed size (decompression bomb)
    WriteFailed,   // the destination could not be written
};

struct ZipEntryInfo {
    std::string name;
    uint64_t index = 0;
    uint64_t compressedSize = 0;
    uint64_t declaredSize = 0;  // from the archive header: untrusted
};

struct ZipReadLimits {
    uint64_t maxEntries = 20000;
    // Larger entries must not expand more than this ratio over their
    // compressed size (legitimate JSON stays far below; a bomb does not).
    double maxCompressionRatio = 250.0;
    uint64_t ratioCheckedAbove = 1u << 20;  // small entries may compress well
};

// True for a name that is safe to create under a folder: relative, '/'
// separated, no empty, "." or ".." parts, no backslash or control character.
bool isSafeEntryName(const std::string& name);

class ZipReader {
public:
    // Opens and checks every entry name. Returns nullptr with problem + detail.
    static std::unique_ptr<ZipReader> open(const std::filesystem::path& archive, const ZipReadLimits& limits,
                                           ZipProblem* problem, std::string* detail);
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    const std::vector<ZipEntryInfo>& entries() const { return entries_; }
    const ZipEntryInfo* find(const std::string& name) const;

    // Reads a whole entry into memory, at most `maxBytes`.
    ZipProblem read(const ZipEntryInfo& entry, uint64_t maxBytes, std::string* bytes, std::string* detail);
    // Streams an entry into a new file (created exclusively), at most
    // `maxBytes`. Not synced: the importer syncs the whole version folder once. `written` receives the number of bytes actually written.
    ZipProblem extract(const ZipEntryInfo& entry, uint64_t maxBytes, const std::filesystem::path& destination,
                       uint64_t* written, std::string* detail);

private:
    ZipReader(zip_t* zip, ZipReadLimits limits) : zip_(zip), limits_(limits) {}
    template <typename Sink>
    ZipProblem stream(const ZipEntryInfo& entry, uint64_t maxBytes, Sink&& sink, uint64_t* total, std::string* detail);

    zip_t* zip_ = nullptr;
    ZipReadLimits limits_;
    std::vector<ZipEntryInfo> entries_;
};

}  // namespace content::pack
