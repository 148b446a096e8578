// The status file every kiosk writes into every drop folder it watches:
// status/<kiosk-id>.json. When a city's kiosks share one synced folder, that
// folder shows one staff member the whole fleet: content version and health.
// Written atomically (hidden temp file + rename), so a sync tool or a reader
// never sees half a file, and never through a link planted in the folder.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "content/core/content_freshness.h"
#include "content/station/live_content.h"
#include "content/station/start_history.h"
#include "content/station/touch_test.h"

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

// Raised when a field changes meaning; readers show files of a higher format
// as "from a newer kiosk version" instead of guessing.
inline constexpr int kStatusFormat = 2;

struct RefusedPack {
    std::string packFile, code, message, at;
};

struct ScreenSize {
    int widthPx = 0, heightPx = 0;        // 0 = not known yet (no frame drawn)
    double widthMm = 0, heightMm = 0;     // as configured
};

struct StatusSnapshot {
    std::string kioskId;
    std::string appVersion;
    LiveContentInfo live;
    LastImport lastImport;
    std::string startedAt;  // ISO 8601 UTC
    int64_t freeDiskBytes = -1;  // on the data directory's file system
    std::optional<ContentFreshness> freshness;  // of the live content; nullopt when there is none
    // The heartbeat: when this was written by the kiosk's own clock (Unix
    // seconds), and how often it is rewritten, so a reader knows when it is stale.
    int64_t nowUtc = 0;
    int heartbeatSeconds = 600;
    std::string state = "running";  // "stopped" in the file written at a clean stop
    int64_t uptimeSeconds = 0;
    StartHistory starts;
    std::vector<RefusedPack> refused;  // recent refusals, newest last
    std::optional<TouchTestResult> touchTest;
    std::string timeZone;  // the system's zone name, e.g. "Europe/Berlin"
    ScreenSize screen;
};

nlohmann::json statusJson(const StatusSnapshot& status);

// The system's time zone name: $TZ, else the /etc/localtime link, else "UTC".
std::string systemTimeZone();

// status/<kiosk-id>.json inside `dropFolder` (status/ is created). False +
// `error` when the folder is not writable or a link stands where a folder or
// the file should be (writeFileIntoForeignFolder: never through a link).
bool writeStatusFile(const std::filesystem::path& dropFolder, const StatusSnapshot& status, std::string* error);

std::filesystem::path statusFilePath(const std::filesystem::path& dropFolder, const std::string& kioskId);

// Free bytes for unprivileged users on the file system holding `path`, -1 if unknown.
int64_t freeDiskBytes(const std::filesystem::path& path);

}  // namespace content::station
