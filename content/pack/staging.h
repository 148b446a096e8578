// An import in two halves, for the kiosk's preview: stagePack does
// everything importPack does up to the switch (copy, verify, extract, check
// pictures, build and check the database, the finished version folder) and
// leaves that version beside the live one; publishStaged is the one atomic
// switch that makes it live (previous kept, sequence noted). importPack is
// the two in a row under one lock, so every promise the import tests prove
// holds for a staged version too.
//
// DATA/staging -> versions/<name> names the one staged version, so the
// clean-up of interrupted imports leaves it alone while it is previewed; the
// kiosk discards it at start (a preview never outlives the process that
// showed it), on "Discard", at the idle reset and when the stick is pulled.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "content/pack/fault_points.h"
#include "content/pack/importer.h"

namespace content {

struct StagedVersion {
    std::string versionName;  // folder under DATA/versions
    ImportResult result;      // what stagePack read: pack id, sequence, counts
    std::filesystem::path databaseFile(const std::filesystem::path& dataDir) const;
};

// Stages `packFile` (replacing an earlier staged version). On success fills
// `staged`; a refusal is logged in import-log.jsonl like an import's.
ImportResult stagePack(const std::filesystem::path& packFile, const ImportOptions& options, StagedVersion* staged);

// Makes the staged version live in one step. Refused (CannotRead) when it is
// no longer the staged one (discarded meanwhile), SequenceNotNewer when a
// newer version of its pack_id went live meanwhile. Logged like an import.
ImportResult publishStaged(const StagedVersion& staged, const ImportOptions& options);

// Removes the staged version and its link; the live content is not touched.
void discardStaged(const std::filesystem::path& dataDir);

// The staged version's folder name, when there is one.
std::optional<std::string> stagedVersionName(const std::filesystem::path& dataDir);

namespace pack {
// The switch itself (the caller holds the data folder's lock): `previous` to
// what is live, `live` to versions/<versionName>, the sequence noted. False +
// `error` when a link could not be written (nothing switched then). `reached`
// hears each step done (previous-switched, live-switched, sequence-saved): the
// import's progress and its fault points.
bool switchLiveLocked(const std::filesystem::path& dataDir, const std::string& versionName, const std::string& packId,
                      uint64_t sequence, std::string* error,
                      const std::function<void(const char*)>& reached = faultPoint);
// Removes the staged version and its link (the caller holds the lock).
void discardStagedLocked(const std::filesystem::path& dataDir);
// "the pack 'x' has sequence 3; this kiosk already has 4", or empty when
// `sequence` is newer than anything accepted or live for `packId`.
std::string sequenceNotNewerLocked(const std::filesystem::path& dataDir, const std::string& packId, uint64_t sequence);
}  // namespace pack

}  // namespace content
