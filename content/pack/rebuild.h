// The upgrade path: a software update with a new database schema (content/db/
// schema.h) finds the live version's database at an older schema, or a
// database that is missing or damaged. Instead of "no content" until the next
// pack, the database is rebuilt from the copy of the verified content that
// every version folder keeps (kept_content.h), into a new version folder with
// the same pack id and sequence, checked like an import's (checkDatabase), and
// made live by the import's one atomic switch under the data folder's lock;
// the version it replaces becomes `previous`. A copy that is missing or does
// not match its signed hash is not rebuilt from (a new pack is needed), and a
// database of a NEWER schema (the software was downgraded) is never touched.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "content/pack/importer.h"

namespace content {

// Which link a rebuild is for: `live` (at start, kiosk-pack import/show) or
// `previous` (before a rollback, so the rollback never lands on a version
// this software cannot read).
enum class RebuildTarget { Live, Previous };

struct RebuildResult {
    enum class Outcome {
        NotNeeded,      // no such version, or its database is one this software reads
        Rebuilt,        // a new version folder is live (or previous) now
        NeedsNewPack,   // the database cannot be read and the content copy is missing or changed
        NewerSchema,    // written by a newer software: left alone
        Failed,         // the rebuild itself failed (disk full, check failed, stopped): nothing switched
    };
    Outcome outcome = Outcome::NotNeeded;
    int fromSchema = 0;       // the old database's schema version (0: unreadable)
    std::string oldVersion;   // folder names under DATA/versions
    std::string newVersion;   // Rebuilt only
    std::string detail;       // English: what exactly
    ImportResult pack;        // pack id, sequence, counts of the version (error: why Failed)
};

// Cheap (no lock; one meta row, and with `openStore` the store opened when
// the schema is current, to find a damaged file): Rebuilt means a rebuild is
// needed and can start (the copy is there; its hash is checked by the
// rebuild), NeedsNewPack that it cannot. The kiosk asks without `openStore`
// before its first frame, its worker with it.
RebuildResult::Outcome rebuildNeeded(const std::filesystem::path& dataDir, RebuildTarget target, bool openStore = true);

// Rebuilds `target`'s database when it needs it, under the data folder's
// lock; one line in import-log.jsonl ("rebuilt", "rebuild-refused") unless
// NotNeeded. Uses options.dataDir, nowUtc (the occurrences are expanded
// around it, as an import does), cancelled, progress and timeLimitSeconds;
// no keys: the content was verified when its pack was imported. Steps for
// the fault points and progress: "rebuild-started", "rebuild-database-built",
// "rebuild-ready", then the switch's ("previous-switched", "live-switched",
// "sequence-saved") or "previous-relinked".
RebuildResult rebuildIfNeeded(const ImportOptions& options, RebuildTarget target);

// A staff sentence for an outcome other than NotNeeded, in "de" or "en"
// (other languages: English), e.g. "Datenbank nach Software-Update neu aufgebaut".
std::string describeRebuild(const RebuildResult& result, const std::string& lang);

// For the import child's pipe (content/station/rebuild_child.h).
nlohmann::json rebuildResultToJson(const RebuildResult& result);
RebuildResult rebuildResultFromJson(const nlohmann::json& json);
const char* rebuildTargetName(RebuildTarget target);  // "live", "previous"

}  // namespace content
