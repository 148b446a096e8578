#include "content/station/status_file.h"

#include <sys/statvfs.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include "content/pack/durable_files.h"

#include "content/core/time_zone.h"

namespace content::station {

nlohmann::json LastImport::toJson() const {
    return {{"result", result}, {"code", code},         {"message", message}, {"pack_file", packFile},
            {"pack_id", packId}, {"sequence", sequence}, {"at", at}};
}

LastImport LastImport::fromJson(const nlohmann::json& json) {
    LastImport last;
    if (!json.is_object()) return last;
    last.result = json.value("result", "none");
    last.code = json.value("code", "");
    last.message = json.value("message", "");
    last.packFile = json.value("pack_file", "");
    last.packId = json.value("pack_id", "");
    last.sequence = json.value("sequence", uint64_t{0});
    last.at = json.value("at", "");
    return last;
}

namespace {



// Whole days between the pack's creation and `nowUtc`; -1 when unknown.
int64_t packAgeDays(const std::string& createdAt, int64_t nowUtc) {
    auto created = content::parseIsoToUtc(createdAt, "UTC");
    if (!created) return -1;
    const int64_t seconds = nowUtc - *created;
    return seconds < 0 ? 0 : seconds / 86400;
}

}  // namespace

nlohmann::json statusJson(const StatusSnapshot& status) {
    nlohmann::json live = nullptr;
    if (status.live.present) {
        live = {{"pack_id", status.live.packId},
                {"sequence", status.live.sequence},
                {"created_at", status.live.createdAt},
                {"age_days", packAgeDays(status.live.createdAt, status.nowUtc)}};
        // A kiosk left on one pack too long: the coordinator sees it here.
        if (status.freshness) {
            live["out_of_date"] = status.freshness->outOfDate();
            live["out_of_date_reason"] = status.freshness->reasonCode();
            live["events_until"] = status.freshness->lastEventEndUtc
                                       ? nlohmann::json(formatUtcIso(status.freshness->lastEventEndUtc))
                                       : nlohmann::json(nullptr);
        }
    }
    nlohmann::json refused = nlohmann::json::array();
    for (const auto& pack : status.refused)
        refused.push_back({{"pack_file", pack.packFile}, {"code", pack.code}, {"message", pack.message}, {"at", pack.at}});
    const std::string zone = status.timeZone.empty() ? "UTC" : status.timeZone;
    return {{"format", kStatusFormat},
            {"kiosk_id", status.kioskId},
            {"app_version", status.appVersion},
            {"state", status.state},
            {"last_seen", formatUtcIso(status.nowUtc)},
            {"heartbeat_seconds", status.heartbeatSeconds},
            {"started_at", status.startedAt},
            {"uptime_seconds", status.uptimeSeconds},
            {"starts", {{"last_24h", status.starts.startsLast24h}, {"total", status.starts.startsTotal}}},
            {"last_exit", status.starts.lastExit},
            {"live", live},
            {"last_import", status.lastImport.toJson()},
            {"refused_packs", refused},
            {"touch_test", status.touchTest ? status.touchTest->toJson() : nlohmann::json(nullptr)},
            {"clock",
             {{"utc", formatUtcIso(status.nowUtc)},
              {"local", content::formatLocalIso(status.nowUtc, zone)},
              {"time_zone", zone}}},
            {"screen",
             {{"width_px", status.screen.widthPx},
              {"height_px", status.screen.heightPx},
              {"width_mm", status.screen.widthMm},
              {"height_mm", status.screen.heightMm}}},
            {"free_disk_bytes", status.freeDiskBytes}};
}

std::string systemTimeZone() {
    if (const char* tz = std::getenv("TZ"); tz && *tz) return *tz == ':' ? tz + 1 : tz;
    std::error_code ec;
    const std::string target = std::filesystem::read_symlink("/etc/localtime", ec).string();
    const auto at = target.find("zoneinfo/");
    if (!ec && at != std::string::npos) return target.substr(at + 9);
    return "UTC";
}

std::filesystem::path statusFilePath(const std::filesystem::path& dropFolder, const std::string& kioskId) {
    return dropFolder / "status" / (kioskId + ".json");
}

bool writeStatusFile(const std::filesystem::path& dropFolder, const StatusSnapshot& status, std::string* error) {
    return content::pack::writeFileIntoForeignFolder(dropFolder, "status", status.kioskId + ".json",
                                                     statusJson(status).dump(2) + "\n", error);
}

int64_t freeDiskBytes(const std::filesystem::path& path) {
    struct statvfs info {};
    if (::statvfs(path.c_str(), &info) != 0) return -1;
    return static_cast<int64_t>(info.f_bavail) * static_cast<int64_t>(info.f_frsize);
}

}  // namespace content::station
