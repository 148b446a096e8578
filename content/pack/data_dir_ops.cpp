#include "content/core/clock.h"
#include "content/core/time_zone.h"
#include "content/pack/data_dir_ops.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <ctime>
#include <fstream>

#include <nlohmann/json.hpp>

#include "content/core/data_dir.h"
#include "content/pack/durable_files.h"
#include "content/pack/importer.h"
#include "content/pack/pack_builder.h"

namespace content::pack {

namespace fs = std::filesystem;
using nlohmann::json;

DataDirLock::DataDirLock(const fs::path& dataDir, bool blocking) {
    std::error_code error;
    fs::create_directories(dataDir, error);
    fd_ = ::open((dataDir / ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) return;
    int operation = LOCK_EX | (blocking ? 0 : LOCK_NB);
    int result;
    do result = ::flock(fd_, operation);
    while (result != 0 && errno == EINTR);
    if (result != 0) {
        ::close(fd_);
        fd_ = -1;
    }
}

DataDirLock::~DataDirLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

std::map<std::string, uint64_t> readSequences(const fs::path& dataDir) {
    std::map<std::string, uint64_t> sequences;
    auto text = readWholeFile(data_dir::sequences(dataDir), 16u << 20);
    if (!text) return sequences;
    json document = json::parse(*text, nullptr, false);
    if (!document.is_object()) return sequences;
    for (const auto& [packId, value] : document.items())
        if (value.is_number_unsigned()) sequences[packId] = value.get<uint64_t>();
    return sequences;
}

bool writeSequences(const fs::path& dataDir, const std::map<std::string, uint64_t>& sequences, std::string* error) {
    json document = json::object();
    for (const auto& [packId, sequence] : sequences) document[packId] = sequence;
    return writeFileAtomically(data_dir::sequences(dataDir), document.dump(2) + "\n", error);
}

std::optional<std::string> linkedVersion(const fs::path& link) {
    auto target = readSymlink(link);
    if (!target) return std::nullopt;
    // We always write "versions/<name>"; anything else is not ours to trust.
    if (target->is_absolute()) return std::nullopt;
    auto it = target->begin();
    if (it == target->end() || *it != "versions") return std::nullopt;
    ++it;
    if (it == target->end()) return std::nullopt;
    std::string name = it->string();
    if (++it != target->end() || name.empty() || name == "." || name == "..") return std::nullopt;
    return name;
}

std::optional<VersionIdentity> readVersionIdentity(const fs::path& versionDir) {
    auto text = readWholeFile(versionDir / data_dir::kManifestFile, 16u << 20);
    if (!text) return std::nullopt;
    json document = json::parse(*text, nullptr, false);
    if (!document.is_object()) return std::nullopt;
    VersionIdentity identity;
    if (!document.contains("pack_id") || !document["pack_id"].is_string()) return std::nullopt;
    if (!document.contains("sequence") || !document["sequence"].is_number_unsigned()) return std::nullopt;
    identity.packId = document["pack_id"].get<std::string>();
    identity.sequence = document["sequence"].get<uint64_t>();
    if (document.contains("created_at") && document["created_at"].is_string())
        identity.createdAt = document["created_at"].get<std::string>();
    return identity;
}

void appendLogLine(const fs::path& dataDir, const json& line) {
    std::ofstream log(data_dir::importLog(dataDir), std::ios::app);
    log << line.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
}

void cleanupDataDirLocked(const fs::path& dataDir) {
    std::error_code error;
    fs::remove_all(data_dir::incoming(dataDir), error);
    auto live = linkedVersion(data_dir::live(dataDir));
    auto previous = linkedVersion(data_dir::previous(dataDir));
    auto staged = linkedVersion(data_dir::staging(dataDir));  // being previewed
    for (const auto& entry : fs::directory_iterator(data_dir::versions(dataDir), error)) {
        std::string name = entry.path().filename().string();
        if ((live && name == *live) || (previous && name == *previous) || (staged && name == *staged)) continue;
        std::error_code ignored;
        fs::remove_all(entry.path(), ignored);
    }
    // Temporary links and files of an interrupted switch or write.
    for (const auto& entry : fs::directory_iterator(dataDir, error)) {
        std::string name = entry.path().filename().string();
        // writeFileAtomically's temporary files are ".<name>.tmp-<random>".
        const bool temporaryFile = name.starts_with(".") && name.find(".tmp-") != std::string::npos;
        if (name.starts_with("live.new-") || name.starts_with("previous.new-") || name.starts_with("staging.new-") ||
            temporaryFile) {
            std::error_code ignored;
            fs::remove(entry.path(), ignored);
        }
    }
}

}  // namespace content::pack

namespace content {

void cleanupDataDir(const std::filesystem::path& dataDir) {
    // Non-blocking: when an import runs right now, it cleans up itself.
    pack::DataDirLock lock(dataDir, false);
    if (lock.held()) pack::cleanupDataDirLocked(dataDir);
}

std::string sequenceResetSentence(const std::string& packId, uint64_t floor) {
    return floor > 0 ? "packs of '" + packId + "' are accepted again from sequence " + std::to_string(floor + 1) + " on"
                     : "packs of '" + packId + "' are accepted again with any sequence";
}

bool resetSequenceFloor(const std::filesystem::path& dataDir, const std::string& packId, const std::string& who,
                        uint64_t* newFloor, std::string* error, int64_t nowUtc) {
    pack::DataDirLock lock(dataDir, true);
    if (!lock.held()) {
        if (error) *error = "the data folder " + dataDir.string() + " cannot be locked";
        return false;
    }
    auto sequences = pack::readSequences(dataDir);
    auto known = sequences.find(packId);
    const bool hadFloor = known != sequences.end();
    const uint64_t oldFloor = hadFloor ? known->second : 0;
    // The live content keeps its own floor: the same pack never goes in twice.
    uint64_t floor = 0;
    if (auto live = pack::linkedVersion(data_dir::live(dataDir)))
        if (auto identity = pack::readVersionIdentity(data_dir::versions(dataDir) / *live))
            if (identity->packId == packId) floor = identity->sequence;
    if (floor > 0) sequences[packId] = floor;
    else sequences.erase(packId);
    if (!pack::writeSequences(dataDir, sequences, error)) return false;
    if (newFloor) *newFloor = floor;
    // "sequence" is the floor now in force and "detail" says what it means,
    // so the staff screen's import list reads like the other lines.
    const std::string detail = sequenceResetSentence(packId, floor);
    nlohmann::json line = {{"time", formatUtcIso(nowUtcOr(nowUtc))},
                 {"result", "sequence-reset"},
                 {"pack_id", packId},
                 {"sequence", floor},
                 {"detail", detail},
                 {"previous_floor", hadFloor ? nlohmann::json(oldFloor) : nlohmann::json(nullptr)},
                 {"new_floor", floor},
                 {"by", who}};
    pack::appendLogLine(dataDir, line);
    return true;
}

bool rollback(const std::filesystem::path& dataDir, std::string* error) {
    pack::DataDirLock lock(dataDir, true);
    if (!lock.held()) {
        if (error) *error = "the data folder " + dataDir.string() + " cannot be locked";
        return false;
    }
    auto live = pack::linkedVersion(data_dir::live(dataDir));
    auto previous = pack::linkedVersion(data_dir::previous(dataDir));
    if (!previous || !std::filesystem::exists(data_dir::versions(dataDir) / *previous / data_dir::kDatabaseFile)) {
        if (error) *error = "there is no previous content to go back to";
        return false;
    }
    // Live first: from this instant visitors see the previous content.
    if (!pack::replaceSymlink(data_dir::live(dataDir), std::filesystem::path("versions") / *previous, error)) return false;
    if (live && !pack::replaceSymlink(data_dir::previous(dataDir), std::filesystem::path("versions") / *live, error))
        return false;
    return true;
}

}  // namespace content
