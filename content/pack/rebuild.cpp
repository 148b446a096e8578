// rebuildIfNeeded: the import's promises for a rebuild. The new database is
// built in its own version folder beside the live one (the pictures hard-
// linked, not copied), checked with checkDatabase, and switched in with the
// import's one atomic rename under the data folder's lock; any failure
// removes what this attempt wrote and leaves the old version live.
#include "content/pack/rebuild.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <new>

#include <nlohmann/json.hpp>

#include "content/core/clock.h"
#include "content/core/content_limits.h"
#include "content/core/data_dir.h"
#include "content/core/time_zone.h"
#include "content/db/content_store.h"
#include "content/db/database_builder.h"
#include "content/db/schema.h"
#include "content/db/schema_inspection.h"
#include "content/pack/content_checks.h"
#include "content/pack/content_json.h"
#include "content/pack/data_dir_ops.h"
#include "content/pack/durable_files.h"
#include "content/pack/fault_points.h"
#include "content/pack/import_json.h"
#include "content/pack/kept_content.h"
#include "content/pack/pack_limits.h"
#include "content/pack/staging.h"

namespace content {

namespace fs = std::filesystem;
using Outcome = RebuildResult::Outcome;

namespace {

fs::path linkOf(const fs::path& dataDir, RebuildTarget target) {
    return target == RebuildTarget::Live ? data_dir::live(dataDir) : data_dir::previous(dataDir);
}

// What the version behind `target` needs, without writing anything.
Outcome judge(const fs::path& dataDir, RebuildTarget target, RebuildResult& result, bool openStore = true) {
    const auto name = pack::linkedVersion(linkOf(dataDir, target));
    if (!name) return Outcome::NotNeeded;
    result.oldVersion = *name;
    const fs::path folder = data_dir::versions(dataDir) / *name;
    if (auto identity = pack::readVersionIdentity(folder)) {
        result.pack.packId = identity->packId;
        result.pack.sequence = identity->sequence;
        result.pack.createdAt = identity->createdAt;
    }
    const fs::path dbFile = folder / data_dir::kDatabaseFile;
    db::SchemaInspection schema = db::inspectSchema(dbFile);
    result.fromSchema = schema.schemaVersion;
    if (schema.state == db::SchemaInspection::State::Current) {
        if (!openStore) return Outcome::NotNeeded;
        std::string error;
        if (ContentStore::openFile(dbFile, &error)) return Outcome::NotNeeded;
        schema.state = db::SchemaInspection::State::Unreadable;  // the right number on a damaged file
        schema.detail = error;
    }
    if (schema.state == db::SchemaInspection::State::Newer) {
        result.detail = "the content database has schema version " + std::to_string(schema.schemaVersion) +
                        ", written by a newer software; this software reads version " +
                        std::to_string(db::kSchemaVersion) + " and leaves it alone";
        return Outcome::NewerSchema;
    }
    result.detail = schema.state == db::SchemaInspection::State::Older
                        ? "the content database has schema version " + std::to_string(schema.schemaVersion) +
                              ", this software reads version " + std::to_string(db::kSchemaVersion)
                        : schema.detail;
    std::error_code ec;
    if (!fs::is_regular_file(folder / data_dir::kKeptContentFile, ec)) {
        result.detail += "; the version keeps no copy of its content to rebuild from";
        return Outcome::NeedsNewPack;
    }
    return Outcome::Rebuilt;
}

struct Stop {
    Outcome outcome;
    ImportError error;
    std::string detail;
};

[[noreturn]] void stop(Outcome outcome, ImportError error, std::string detail) {
    throw Stop{outcome, error, std::move(detail)};
}

// A hard link where it can be (the same file system: no second copy on
// disk), else a copy. Version folders are never changed in place.
void linkOrCopy(const fs::path& from, const fs::path& to) {
    std::error_code error;
    fs::create_hard_link(from, to, error);
    if (!error) return;
    fs::copy_file(from, to, error);
    if (error) stop(Outcome::Failed, ImportError::DiskFull, "cannot copy " + from.string() + ": " + error.message());
}

class Rebuild {
public:
    Rebuild(const ImportOptions& options, RebuildResult& result)
        : options_(options), dataDir_(options.dataDir), result_(result) {}

    // Builds versions/<new name> beside the old version; nothing points at it yet.
    void build() {
        deadline_ = std::chrono::steady_clock::now() + std::chrono::seconds(options_.timeLimitSeconds);
        reached("rebuild-started");
        const fs::path oldFolder = data_dir::versions(dataDir_) / result_.oldVersion;
        pack::KeptContentProblem problem = pack::KeptContentProblem::None;
        std::string detail;
        auto text = pack::readKeptContent(oldFolder, &problem, &detail);
        if (!text) stop(Outcome::NeedsNewPack, ImportError::FileChanged, detail);
        Content content = readContent(*text);
        text.reset();
        checkStop();

        result_.newVersion = content.pack.id + "-" + std::to_string(content.pack.sequence) + "-" + pack::randomHex(6);
        partialDir_ = data_dir::versions(dataDir_) / (result_.newVersion + ".partial");
        linkPictures(oldFolder / data_dir::kImagesFolder, partialDir_ / data_dir::kImagesFolder);
        checkStop();

        pack::Expansion expansion = pack::expandWithinLimits(content, nowUtcOr(options_.nowUtc), ContentLimits{},
                                                 [&] { return outOfTime(); });
        if (expansion.outOfTime) stop(Outcome::Failed, ImportError::TooLarge, "the rebuild took too long");
        if (!expansion.problem.empty()) stop(Outcome::NeedsNewPack, ImportError::TooLarge, english(expansion.problem));
        const fs::path dbFile = partialDir_ / data_dir::kDatabaseFile;
        std::string error;
        if (!buildDatabase(content, expansion.occurrences, dbFile, &error) || !checkDatabase(dbFile, &error))
            stop(Outcome::Failed, ImportError::DatabaseFailed, error);
        reached("rebuild-database-built");
        checkStop();

        linkOrCopy(oldFolder / data_dir::kManifestFile, partialDir_ / data_dir::kManifestFile);
        linkOrCopy(oldFolder / data_dir::kKeptContentFile, partialDir_ / data_dir::kKeptContentFile);
        if (!pack::fsyncTree(partialDir_)) stop(Outcome::Failed, ImportError::DiskFull, "cannot sync " + partialDir_.string());
        const fs::path finalDir = data_dir::versions(dataDir_) / result_.newVersion;
        std::error_code renameError;
        fs::rename(partialDir_, finalDir, renameError);
        if (renameError)
            stop(Outcome::Failed, ImportError::DiskFull, "cannot rename " + partialDir_.string() + ": " + renameError.message());
        partialDir_ = finalDir;  // a failure from here on still removes it
        pack::fsyncPath(data_dir::versions(dataDir_));
        reached("rebuild-ready");
        checkStop();
    }

    // The one switch: `live` (the old version becomes `previous`) or `previous`.
    void switchIn(RebuildTarget target) {
        std::string error;
        const bool switched =
            target == RebuildTarget::Live
                ? pack::switchLiveLocked(dataDir_, result_.newVersion, result_.pack.packId, result_.pack.sequence, &error,
                                         [&](const char* step) { reached(step); })
                : pack::replaceSymlink(data_dir::previous(dataDir_), fs::path("versions") / result_.newVersion, &error);
        if (!switched) stop(Outcome::Failed, ImportError::DiskFull, error);
        partialDir_.clear();  // referenced now: never removed
        if (target == RebuildTarget::Previous) reached("previous-relinked");
    }

    void discard() {
        std::error_code ignored;
        if (!partialDir_.empty()) fs::remove_all(partialDir_, ignored);
    }

private:
    void reached(const char* step) {
        pack::faultPoint(step);
        if (options_.progress) options_.progress(step);
    }

    bool outOfTime() const { return std::chrono::steady_clock::now() > deadline_; }

    void checkStop() {
        if (options_.cancelled && options_.cancelled()) stop(Outcome::Failed, ImportError::Cancelled, "the rebuild was stopped");
        if (outOfTime()) stop(Outcome::Failed, ImportError::TooLarge, "the rebuild took too long");
    }

    // The kept text passed its hash; the content rules of this software apply
    // to it all the same (a newer software may be stricter).
    Content readContent(const std::string& text) {
        pack::ContentJsonProblem problem = pack::ContentJsonProblem::None;
        std::string detail;
        auto content = pack::parseContentJson(text, ContentLimits{}, &problem, &detail);
        if (!content) stop(Outcome::NeedsNewPack, ImportError::BadContent, "the kept content is not readable: " + detail);
        pack::ContentCheck check = pack::checkContent(*content);
        if (!check.ok()) stop(Outcome::NeedsNewPack, ImportError::BadContent, "the kept content is refused: " + check.detail);
        if (content->pack.id != result_.pack.packId || content->pack.sequence != result_.pack.sequence)
            stop(Outcome::NeedsNewPack, ImportError::BadContent, "the kept content names a different pack than the manifest");
        result_.pack.defaultLanguage = content->pack.defaultLanguage;
        result_.pack.organisations = content->organisations.size();
        result_.pack.events = content->events.size();
        result_.pack.guides = content->guides.size();
        result_.pack.images = content->images.size();
        return std::move(*content);
    }

    // The checked pictures and display copies of the old version, as they are.
    void linkPictures(const fs::path& from, const fs::path& to) {
        std::error_code error;
        fs::create_directories(to, error);
        if (error) stop(Outcome::Failed, ImportError::DiskFull, "cannot create " + to.string() + ": " + error.message());
        for (auto it = fs::recursive_directory_iterator(from, error); !error && it != fs::recursive_directory_iterator();
             it.increment(error)) {
            const fs::path target = to / fs::relative(it->path(), from);
            if (it->is_directory()) fs::create_directories(target, error);
            else if (it->is_regular_file()) linkOrCopy(it->path(), target);
        }
        if (error) stop(Outcome::Failed, ImportError::DiskFull, "cannot read the pictures of " + from.string() + ": " + error.message());
    }

    const ImportOptions& options_;
    fs::path dataDir_;
    RebuildResult& result_;
    std::chrono::steady_clock::time_point deadline_;
    fs::path partialDir_;
};

const char* outcomeCode(Outcome outcome) {
    switch (outcome) {
        case Outcome::NotNeeded: return "not-needed";
        case Outcome::Rebuilt: return "rebuilt";
        case Outcome::NeedsNewPack: return "needs-new-pack";
        case Outcome::NewerSchema: return "newer-schema";
        case Outcome::Failed: return "failed";
    }
    return "failed";
}

void logRebuild(const fs::path& dataDir, const RebuildResult& result, int64_t nowUtc) {
    nlohmann::json line = {{"time", formatUtcIso(nowUtc)},
                           {"pack_file", ""},
                           {"result", result.outcome == Outcome::Rebuilt ? "rebuilt" : "rebuild-refused"},
                           {"rebuild", outcomeCode(result.outcome)},
                           {"detail", describeRebuild(result, "de") + " / " + describeRebuild(result, "en")},
                           {"pack_id", result.pack.packId},
                           {"sequence", result.pack.sequence},
                           {"from_schema", result.fromSchema},
                           {"to_schema", db::kSchemaVersion},
                           {"old_version", result.oldVersion},
                           {"new_version", result.newVersion}};
    pack::appendLogLine(dataDir, line);
}

}  // namespace

const char* rebuildTargetName(RebuildTarget target) { return target == RebuildTarget::Live ? "live" : "previous"; }

Outcome rebuildNeeded(const fs::path& dataDir, RebuildTarget target, bool openStore) {
    RebuildResult ignored;
    return judge(dataDir, target, ignored, openStore);
}

RebuildResult rebuildIfNeeded(const ImportOptions& options, RebuildTarget target) {
    RebuildResult result;
    const fs::path& dataDir = options.dataDir;
    if (!pack::linkedVersion(linkOf(dataDir, target))) return result;  // nothing there: no lock needed
    pack::DataDirLock lock(dataDir, true);
    if (!lock.held()) {
        result.outcome = Outcome::Failed;
        result.pack.error = ImportError::ReadOnly;
        result.detail = "the data folder " + dataDir.string() + " cannot be locked: " + std::strerror(errno);
        return result;
    }
    pack::cleanupDataDirLocked(dataDir);
    result.outcome = judge(dataDir, target, result);
    if (result.outcome == Outcome::NotNeeded) return result;
    if (result.outcome == Outcome::Rebuilt) {
        Rebuild rebuild(options, result);
        try {
            rebuild.build();
            rebuild.switchIn(target);
            pack::cleanupDataDirLocked(dataDir);
        } catch (const Stop& stopped) {
            result.outcome = stopped.outcome;
            result.pack.error = stopped.error;
            result.detail = stopped.detail;
            result.newVersion.clear();
            rebuild.discard();
        } catch (const std::bad_alloc&) {
            result.outcome = Outcome::Failed;
            result.pack.error = ImportError::OutOfMemory;
            result.detail = "the rebuild needed more memory than this kiosk allows";
            result.newVersion.clear();
            rebuild.discard();
        } catch (const std::exception& exception) {
            result.outcome = Outcome::Failed;
            result.pack.error = ImportError::DatabaseFailed;
            result.detail = exception.what();
            result.newVersion.clear();
            rebuild.discard();
        }
    }
    if (result.outcome != Outcome::Rebuilt && result.pack.error == ImportError::None)
        result.pack.error = result.outcome == Outcome::NewerSchema ? ImportError::UnknownFormat : ImportError::FileChanged;
    result.pack.detail = result.detail;
    // Stopped at shutdown: not the content's fault; the next start tries again.
    if (result.pack.error != ImportError::Cancelled) logRebuild(dataDir, result, nowUtcOr(options.nowUtc));
    return result;
}

std::string describeRebuild(const RebuildResult& result, const std::string& lang) {
    const bool de = lang == "de" || lang == "de-x-easy";
    const std::string schema = std::to_string(result.fromSchema), current = std::to_string(db::kSchemaVersion);
    switch (result.outcome) {
        case Outcome::NotNeeded:
            return de ? "Die Datenbank passt zu dieser Software." : "The database matches this software.";
        case Outcome::Rebuilt:
            return de ? "Datenbank nach Software-Update neu aufgebaut"
                      : "Database rebuilt after a software update";
        case Outcome::NeedsNewPack:
            return de ? "Die Inhalte können nach dem Software-Update nicht neu aufgebaut werden, weil ihre gespeicherte "
                        "Kopie fehlt oder verändert wurde (" + result.detail + "). Bitte ein neues Inhaltspaket einspielen."
                      : "The content cannot be rebuilt after the software update because its kept copy is missing or "
                        "was changed (" + result.detail + "). Please bring a new content pack.";
        case Outcome::NewerSchema:
            return de ? "Die Inhaltsdatenbank stammt von einer neueren Software (Schema " + schema +
                            ", diese liest " + current + ") und bleibt unverändert. Bitte die neuere Software wieder "
                            "installieren oder ein neues Inhaltspaket einspielen."
                      : "The content database comes from a newer software (schema " + schema + ", this one reads " +
                            current + ") and is left as it is. Please install the newer software again or bring a "
                            "new content pack.";
        case Outcome::Failed:
            return de ? "Die Datenbank konnte nach dem Software-Update nicht neu aufgebaut werden (" + result.detail +
                            "); der Kiosk versucht es beim nächsten Start wieder, ein neues Inhaltspaket hilft sofort."
                      : "The database could not be rebuilt after the software update (" + result.detail +
                            "); the kiosk tries again at its next start, a new content pack helps at once.";
    }
    return {};
}

nlohmann::json rebuildResultToJson(const RebuildResult& result) {
    return {{"outcome", outcomeCode(result.outcome)}, {"from_schema", result.fromSchema},
            {"old_version", result.oldVersion},       {"new_version", result.newVersion},
            {"detail", result.detail},                {"pack", importResultToJson(result.pack)}};
}

RebuildResult rebuildResultFromJson(const nlohmann::json& json) {
    RebuildResult result;
    result.outcome = Outcome::Failed;
    if (!json.is_object()) return result;
    const std::string code = json.value("outcome", "");
    for (Outcome outcome : {Outcome::NotNeeded, Outcome::Rebuilt, Outcome::NeedsNewPack, Outcome::NewerSchema})
        if (code == outcomeCode(outcome)) result.outcome = outcome;
    result.fromSchema = json.value("from_schema", 0);
    result.oldVersion = json.value("old_version", "");
    result.newVersion = json.value("new_version", "");
    result.detail = json.value("detail", "");
    if (auto found = json.find("pack"); found != json.end())
        if (auto pack = importResultFromJson(*found)) result.pack = *pack;
    return result;
}

}  // namespace content
