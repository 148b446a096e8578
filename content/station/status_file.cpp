#include "content/station/status_file.h"

#include <sys/statvfs.h>

#include "content/pack/durable_files.h"

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

nlohmann::json statusJson(const StatusSnapshot& status) {
    nlohmann::json live = nullptr;
    if (status.live.present)
        live = {{"pack_id", status.live.packId},
                {"sequence", status.live.sequence},
                {"created_at", status.live.createdAt}};
    return {{"kiosk_id", status.kioskId},
            {"app_version", status.appVersion},
            {"live", live},
            {"last_import", status.lastImport.toJson()},
            {"started_at", status.startedAt},
            {"free_disk_bytes", status.freeDiskBytes}};
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
