// The status file every kiosk writes into every drop folder it watches:
// status/<kiosk-id>.json. When a city's kiosks share one synced folder, that
// folder shows one staff member the whole fleet: content version and health.
// Written atomically (hidden temp file + rename), so a sync tool or a reader
// never sees half a file, and never through a link planted in the folder.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "content/station/live_content.h"

namespace content::station {

struct LastImport {
    std::string result = "none";  // "accepted", "refused", "skipped" or "none"
    std::string code;             // importErrorCode(), e.g. "bad-signature"; empty when accepted
    std::string message;          // describeImport() in English
    std::string packFile;         // file name of the pack
    std::string packId;
    uint64_t sequence = 0;
    std::string at;               // ISO 8601 UTC

    nlohmann::json toJson() const;
    static LastImport fromJson(const nlohmann::json& json);
};

struct StatusSnapshot {
    std::string kioskId;
    std::string appVersion;
    LiveContentInfo live;
    LastImport lastImport;
    std::string startedAt;  // ISO 8601 UTC
    int64_t freeDiskBytes = -1;  // on the data directory's file system
};

nlohmann::json statusJson(const StatusSnapshot& status);

// status/<kiosk-id>.json inside `dropFolder` (status/ is created). False +
// `error` when the folder is not writable or a link stands where a folder or
// the file should be (writeFileIntoForeignFolder: never through a link).
bool writeStatusFile(const std::filesystem::path& dropFolder, const StatusSnapshot& status, std::string* error);

std::filesystem::path statusFilePath(const std::filesystem::path& dropFolder, const std::string& kioskId);

// Free bytes for unprivileged users on the file system holding `path`, -1 if unknown.
int64_t freeDiskBytes(const std::filesystem::path& path);

}  // namespace content::station
