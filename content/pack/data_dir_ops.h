// Housekeeping of a kiosk's data directory (layout in content/core/data_dir.h):
// the lock that keeps two imports apart, the accepted sequences, and the
// `live`/`previous` links.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace content::pack {

// An exclusive flock on DATA/.lock for the lifetime of the object. Released
// by the kernel if the process dies, so a killed import never blocks the next.
class DataDirLock {
public:
    // blocking = false: give up at once when another process holds it.
    DataDirLock(const std::filesystem::path& dataDir, bool blocking);
    ~DataDirLock();
    DataDirLock(const DataDirLock&) = delete;
    DataDirLock& operator=(const DataDirLock&) = delete;
    bool held() const { return fd_ >= 0; }

private:
    int fd_ = -1;
};

// pack_id -> highest accepted sequence (DATA/sequences.json). Unreadable
// or missing reads as empty.
std::map<std::string, uint64_t> readSequences(const std::filesystem::path& dataDir);
bool writeSequences(const std::filesystem::path& dataDir, const std::map<std::string, uint64_t>& sequences,
                    std::string* error);

// The version folder name `live` / `previous` point at (e.g. "demo-1-ab12"),
// when the link exists and points into versions/.
std::optional<std::string> linkedVersion(const std::filesystem::path& link);

// pack_id and sequence from a version folder's manifest.json.
struct VersionIdentity {
    std::string packId;
    uint64_t sequence = 0;
    std::string createdAt;
};
std::optional<VersionIdentity> readVersionIdentity(const std::filesystem::path& versionDir);

// Appends one JSON line to DATA/import-log.jsonl (invalid UTF-8 from a
// stick's file names is replaced, never thrown over).
void appendLogLine(const std::filesystem::path& dataDir, const nlohmann::json& line);

// Cleanup without taking the lock (the caller holds it).
void cleanupDataDirLocked(const std::filesystem::path& dataDir);

}  // namespace content::pack
