#include "content/station/source_publishing.h"

#include <algorithm>
#include <chrono>

#include "content/core/clock.h"
#include "content/core/content_limits.h"
#include "content/core/time_zone.h"
#include "content/pack/durable_files.h"
#include "content/pack/fault_points.h"
#include "content/pack/pack_builder.h"
#include "content/pack/source_check.h"
#include "content/station/live_content.h"
#include "content/station/published_source.h"
#include "content/station/report_file.h"

namespace content::station {

namespace fs = std::filesystem;

namespace {

// The folder on the stick other kiosks take packs from (platform/file_watcher.h).
constexpr const char* kStickPackFolder = "kiosk";

bool folderPresent(const fs::path& folder) {
    std::error_code error;
    return fs::is_directory(fs::symlink_status(folder, error)) &&
           fs::is_regular_file(fs::symlink_status(folder / "pack.toml", error));
}

std::string warningsSection(const SourceReadResult& check) {
    if (check.warningCount() == 0) return {};
    std::string text = "\nHinweise aus der Prüfung / Warnings from the check:\n";
    for (const auto& diagnostic : check.diagnostics)
        if (diagnostic.severity == Diagnostic::Severity::Warning) text += "  " + formatDiagnostic(diagnostic) + "\n";
    return text;
}

}  // namespace

fs::path previewPackFolder(const fs::path& dataDir) { return dataDir / "preview-pack"; }

SourceReadResult checkSourceOnStick(const SourceOnStick& source, int64_t nowUtc, bool* folderMissing) {
    *folderMissing = !folderPresent(source.folder);
    if (*folderMissing) return {};
    // Sizes and counts are bounded by the reader; a stick that answers
    // slowly (dying, or made to) is bounded here, like an import, by time.
    const auto started = std::chrono::steady_clock::now();
    SourceReadResult read = pack::checkSourceForPack(source.folder, nowUtc);
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started);
    if (seconds.count() > kMaxImportSeconds) {
        Diagnostic slow;
        slow.words = say("folder.too_slow", {{"seconds", std::to_string(kMaxImportSeconds)}});
        slow.message = english(slow.words);
        read.diagnostics.push_back(std::move(slow));
    }
    // Pulled while it was read: say that, not what the half-read folder lacked.
    *folderMissing = !folderPresent(source.folder);
    return read;
}

SourceStaging stageSourceFolder(const SourceOnStick& source, const KioskSigningKey& key,
                                const SourceJobSettings& settings) {
    SourceStaging staging;
    const int64_t now = nowUtcOr(settings.nowUtc);
    // Taken before the files are read: a file changed while they are read
    // makes the folder differ from the one published, never the other way.
    staging.fingerprint = sourceFingerprint(source.folder).value_or("");
    // Each step can be a fault point too (KIOSK_IMPORT_KILL_AT), like the import's.
    auto reached = [&](const char* step) {
        pack::faultPoint(step);
        if (settings.progress) settings.progress(step);
    };
    staging.check = checkSourceOnStick(source, now, &staging.folderMissing);
    if (staging.folderMissing || !staging.check.ok()) return staging;
    reached("folder-read");

    // Newer than anything this kiosk accepted for the pack id, also when the
    // clock has not moved since the last publish.
    Content& content = staging.check.content;
    pack::BuildOptions build;
    build.nowUtc = now;
    build.sequence = std::max(pack::sequenceForTime(now), acceptedSequence(settings.dataDir, content.pack.id) + 1);
    std::error_code error;
    fs::remove_all(previewPackFolder(settings.dataDir), error);
    fs::create_directories(previewPackFolder(settings.dataDir), error);
    staging.packFile = previewPackFolder(settings.dataDir) /
                       (content.pack.id + "-" + std::to_string(*build.sequence) + ".kpack");
    pack::BuildResult built = pack::buildPack(content, source.folder / "images", key.secret, staging.packFile, build);
    if (!built.ok) {
        staging.buildError = built.error;
        staging.folderMissing = !folderPresent(source.folder);  // pulled while the pictures were read?
        return staging;
    }
    reached("pack-built");
    ImportOptions options;
    options.dataDir = settings.dataDir;
    options.trustedPublicKeys = settings.trustedPublicKeys;
    options.trustedPublicKeys.push_back(key.publicKeyText);
    options.nowUtc = settings.nowUtc;
    options.cancelled = settings.cancelled;
    options.progress = settings.progress;
    staging.import = stagePack(staging.packFile, options, &staging.staged);
    return staging;
}

SourcePublication publishStagedSource(const SourceStaging& staging, const SourceOnStick& source,
                                      const KioskSigningKey& key, const SourceJobSettings& settings) {
    SourcePublication publication;
    ImportOptions options;
    options.dataDir = settings.dataDir;
    options.nowUtc = settings.nowUtc;
    publication.import = publishStaged(staging.staged, options);
    if (!publication.import.ok()) return publication;
    // For the staff screen: this folder is what is live now. Should the note
    // fail, the stick is only shown as new again.
    std::string error;
    if (!staging.fingerprint.empty())
        notePublishedSource(settings.dataDir, {staging.fingerprint, nowUtcOr(settings.nowUtc), publication.import.packId}, &error);

    // Live now; the stick is a bonus from here on (it may be gone or read-only).
    // The pack is copied a megabyte at a time: never whole in the kiosk's memory.
    const std::string packName = staging.packFile.filename().string();
    const fs::path stickFolder = source.stick / kStickPackFolder;
    if (!pack::copyFileIntoForeignFolder(source.stick, kStickPackFolder, packName, staging.packFile, &error)) {
        publication.stickError = error;
    } else {
        publication.packOnStick = stickFolder / packName;
        ReportInput input;
        input.kioskId = settings.kioskId;
        input.packFile = publication.packOnStick;
        input.result = publication.import;
        input.live = readLiveContent(settings.dataDir);
        input.at = formatUtcIso(nowUtcOr(settings.nowUtc));
        const fs::path report = reportFilePath(publication.packOnStick, settings.kioskId);
        const std::string text = reportText({input}) + warningsSection(staging.check);
        if (pack::writeFileIntoForeignFolder(source.stick, kStickPackFolder, report.filename().string(), text, &error))
            publication.reportOnStick = report;
        else
            publication.stickError = error;
        const std::string keyName = settings.kioskId + ".pub";
        if (pack::writeFileIntoForeignFolder(source.stick, kStickPackFolder, keyName, key.publicKeyText, &error))
            publication.keyOnStick = stickFolder / keyName;
        else
            publication.stickError = error;
    }
    std::error_code ignored;
    fs::remove_all(previewPackFolder(settings.dataDir), ignored);
    return publication;
}

void discardStagedSource(const fs::path& dataDir) {
    discardStaged(dataDir);
    std::error_code error;
    fs::remove_all(previewPackFolder(dataDir), error);
}

}  // namespace content::station
