// The second half of an import (the switch) and the staged version's
// housekeeping; the first half is Import::stage in importer.cpp.
#include "content/pack/staging.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "content/core/clock.h"
#include "content/core/data_dir.h"
#include "content/pack/data_dir_ops.h"
#include "content/pack/durable_files.h"
#include "content/pack/fault_points.h"

namespace content {

namespace fs = std::filesystem;

fs::path StagedVersion::databaseFile(const fs::path& dataDir) const {
    return data_dir::versions(dataDir) / versionName / data_dir::kDatabaseFile;
}

namespace pack {

std::string sequenceNotNewerLocked(const fs::path& dataDir, const std::string& packId, uint64_t sequence) {
    uint64_t highest = 0;
    bool known = false;
    auto sequences = readSequences(dataDir);
    if (auto it = sequences.find(packId); it != sequences.end()) highest = it->second, known = true;
    // The live content counts too: a kill after the switch but before
    // sequences.json was written must not let the same pack in twice.
    if (auto live = linkedVersion(data_dir::live(dataDir)))
        if (auto identity = readVersionIdentity(data_dir::versions(dataDir) / *live))
            if (identity->packId == packId && (!known || identity->sequence > highest))
                highest = identity->sequence, known = true;
    if (!known || sequence > highest) return {};
    return "the pack '" + packId + "' has sequence " + std::to_string(sequence) + "; this kiosk already has " +
           std::to_string(highest);
}

bool switchLiveLocked(const fs::path& dataDir, const std::string& versionName, const std::string& packId,
                      uint64_t sequence, std::string* error, const std::function<void(const char*)>& reached) {
    if (auto live = linkedVersion(data_dir::live(dataDir))) {
        if (!replaceSymlink(data_dir::previous(dataDir), fs::path("versions") / *live, error)) return false;
        reached("previous-switched");
    }
    if (!replaceSymlink(data_dir::live(dataDir), fs::path("versions") / versionName, error)) return false;
    reached("live-switched");
    auto sequences = readSequences(dataDir);
    sequences[packId] = std::max(sequences[packId], sequence);
    // The content is live; a failure to note the sequence is covered by the
    // live manifest (see sequenceNotNewerLocked), so it is not a refusal.
    std::string ignored;
    writeSequences(dataDir, sequences, &ignored);
    reached("sequence-saved");
    return true;
}

void discardStagedLocked(const fs::path& dataDir) {
    auto staged = linkedVersion(data_dir::staging(dataDir));
    std::error_code ignored;
    fs::remove(data_dir::staging(dataDir), ignored);
    fsyncPath(dataDir);
    // Never the live or previous version, even if a broken link named one.
    if (!staged || staged == linkedVersion(data_dir::live(dataDir)) ||
        staged == linkedVersion(data_dir::previous(dataDir)))
        return;
    fs::remove_all(data_dir::versions(dataDir) / *staged, ignored);
}

}  // namespace pack

std::optional<std::string> stagedVersionName(const fs::path& dataDir) {
    return pack::linkedVersion(data_dir::staging(dataDir));
}

void discardStaged(const fs::path& dataDir) {
    pack::DataDirLock lock(dataDir, true);
    if (lock.held()) pack::discardStagedLocked(dataDir);
}

ImportResult publishStaged(const StagedVersion& staged, const ImportOptions& options) {
    ImportResult result = staged.result;
    const fs::path& dataDir = options.dataDir;
    const fs::path source = fs::path("preview") / staged.versionName;  // the log's "pack_file"
    pack::DataDirLock lock(dataDir, true);
    if (!lock.held()) {
        result.error = ImportError::ReadOnly;
        result.detail = "the data folder " + dataDir.string() + " cannot be locked: " + std::strerror(errno);
        return result;
    }
    if (staged.versionName.empty() || stagedVersionName(dataDir) != staged.versionName) {
        result.error = ImportError::CannotRead;
        result.detail = "the preview was discarded before it was published";
    } else if (std::string older = pack::sequenceNotNewerLocked(dataDir, result.packId, result.sequence); !older.empty()) {
        result.error = ImportError::SequenceNotNewer;
        result.detail = older;
        pack::discardStagedLocked(dataDir);
    } else if (std::string error; !pack::switchLiveLocked(dataDir, staged.versionName, result.packId, result.sequence, &error)) {
        result.error = ImportError::DiskFull;
        result.detail = error;
        pack::discardStagedLocked(dataDir);
    } else {
        // Live now: only the link goes (discardStagedLocked keeps a live version).
        pack::discardStagedLocked(dataDir);
        pack::cleanupDataDirLocked(dataDir);
    }
    pack::appendImportLog(dataDir, source, result, nowUtcOr(options.nowUtc));
    return result;
}

}  // namespace content
