#include "content/station/status_file.h"

#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

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

nlohmann::json statusJson(const StatusSnapshot& status) {
    nlohmann::json live = nullptr;
    if (status.live.present) {
        live = {{"pack_id", status.live.packId},
                {"sequence", status.live.sequence},
                {"created_at", status.live.createdAt}};
        // A kiosk left on one pack too long: the coordinator sees it here.
        if (status.freshness) {
            live["out_of_date"] = status.freshness->outOfDate();
            live["out_of_date_reason"] = status.freshness->reasonCode();
            live["events_until"] = status.freshness->lastEventEndUtc
                                       ? nlohmann::json(formatUtcIso(status.freshness->lastEventEndUtc))
                                       : nlohmann::json(nullptr);
        }
    }
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

bool writeFileAtomically(const std::filesystem::path& file, const std::string& text, std::string* error) {
    // Hidden name: sync tools and our own watcher ignore dot files; the pid
    // keeps two processes on one folder from sharing a temp file.
    auto temp = file.parent_path() / ("." + file.filename().string() + ".tmp-" + std::to_string(getpid()));
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        if (error) *error = temp.string() + ": " + std::strerror(errno);
        return false;
    }
    size_t written = 0;
    bool ok = true;
    while (written < text.size()) {
        ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            ok = false;
            break;
        }
        written += static_cast<size_t>(n);
    }
    int savedErrno = errno;
    ok = ok && ::fsync(fd) == 0;
    if (!ok) savedErrno = errno;
    ::close(fd);
    if (ok && ::rename(temp.c_str(), file.c_str()) != 0) {
        ok = false;
        savedErrno = errno;
    }
    if (!ok) {
        ::unlink(temp.c_str());
        if (error) *error = file.string() + ": " + std::strerror(savedErrno);
    }
    return ok;
}

bool writeStatusFile(const std::filesystem::path& dropFolder, const StatusSnapshot& status, std::string* error) {
    std::error_code ec;
    std::filesystem::create_directories(dropFolder / "status", ec);
    if (ec) {
        if (error) *error = (dropFolder / "status").string() + ": " + ec.message();
        return false;
    }
    return writeFileAtomically(statusFilePath(dropFolder, status.kioskId), statusJson(status).dump(2) + "\n", error);
}

int64_t freeDiskBytes(const std::filesystem::path& path) {
    struct statvfs info {};
    if (::statvfs(path.c_str(), &info) != 0) return -1;
    return static_cast<int64_t>(info.f_bavail) * static_cast<int64_t>(info.f_frsize);
}

}  // namespace content::station
