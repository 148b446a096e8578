#include "content/station/source_child.h"

#include <new>

#include "content/core/clock.h"
#include "content/pack/import_json.h"
#include "content/pack/importer.h"
#include "content/station/kiosk_signing_key.h"

namespace content::station {

namespace fs = std::filesystem;

namespace {

nlohmann::json settingsToJson(const SourceJobSettings& settings) {
    return {{"data_dir", settings.dataDir.string()},
            {"kiosk_id", settings.kioskId},
            {"trusted_public_keys", settings.trustedPublicKeys},
            {"now_utc", settings.nowUtc}};
}

SourceChildOutcome runSourceInChild(const SourceOnStick& source, bool stage, const fs::path& signingKeyFolder,
                                    const SourceJobSettings& settings, const ImportChildSettings& child) {
    SourceChildOutcome outcome;
    const nlohmann::json request = {{"source", {{"folder", source.folder.string()}, {"stick", source.stick.string()}}},
                                    {"stage", stage},
                                    {"settings", settingsToJson(settings)},
                                    {"signing_key_folder", signingKeyFolder.string()}};
    outcome.run = runInImportChild(request, child, [&](const nlohmann::json& line) {
        auto staging = sourceStagingFromJson(line);
        if (staging) outcome.staging = std::move(*staging);
        return staging.has_value();
    });
    const bool ended = outcome.run.crashed || outcome.run.failure.error == ImportError::Cancelled;
    if (ended) {
        outcome.staging = SourceStaging{};
        outcome.staging.import = outcome.run.failure;
        // What the child was doing is unfinished: its partial version, a
        // staging link it may have set, the preview pack it was writing.
        cleanupDataDir(settings.dataDir);
        if (stage) pack::appendImportLog(settings.dataDir, source.folder, outcome.run.failure, nowUtcOr(settings.nowUtc));
    }
    if (stage && !outcome.staging.ok()) discardStagedSource(settings.dataDir);
    return outcome;
}

bool takePath(const nlohmann::json& json, const char* key, fs::path& path) {
    std::string text;
    if (!takeJsonField(json, key, text)) return false;
    path = text;
    return true;
}

}  // namespace

SourceChildOutcome checkSourceInChild(const SourceOnStick& source, const SourceJobSettings& settings,
                                      const ImportChildSettings& child) {
    return runSourceInChild(source, false, {}, settings, child);
}

SourceChildOutcome stageSourceInChild(const SourceOnStick& source, const fs::path& signingKeyFolder,
                                      const SourceJobSettings& settings, const ImportChildSettings& child) {
    return runSourceInChild(source, true, signingKeyFolder, settings, child);
}

nlohmann::json sourceStagingToJson(const SourceStaging& staging) {
    nlohmann::json diagnostics = nlohmann::json::array();
    for (const auto& diagnostic : staging.check.diagnostics) diagnostics.push_back(diagnosticToJson(diagnostic));
    return {{"diagnostics", std::move(diagnostics)},
            {"folder_missing", staging.folderMissing},
            {"build_error", staging.buildError},
            {"import", importResultToJson(staging.import)},
            {"staged", stagedVersionToJson(staging.staged)},
            {"pack_file", staging.packFile.string()},
            {"fingerprint", staging.fingerprint}};
}

std::optional<SourceStaging> sourceStagingFromJson(const nlohmann::json& json) {
    if (!json.is_object()) return std::nullopt;
    SourceStaging staging;
    const auto diagnostics = json.find("diagnostics");
    if (diagnostics == json.end() || !diagnostics->is_array()) return std::nullopt;
    for (const auto& line : *diagnostics) {
        auto diagnostic = diagnosticFromJson(line);
        if (!diagnostic) return std::nullopt;
        staging.check.diagnostics.push_back(std::move(*diagnostic));
    }
    auto import = importResultFromJson(json.value("import", nlohmann::json()));
    auto staged = stagedVersionFromJson(json.value("staged", nlohmann::json()));
    if (!import || !staged || !takeJsonField(json, "folder_missing", staging.folderMissing) ||
        !takeJsonField(json, "build_error", staging.buildError) || !takePath(json, "pack_file", staging.packFile) ||
        !takeJsonField(json, "fingerprint", staging.fingerprint))
        return std::nullopt;
    staging.import = std::move(*import);
    staging.staged = std::move(*staged);
    return staging;
}

std::optional<SourceRequest> sourceRequestFromJson(const nlohmann::json& request) {
    if (!request.is_object() || !request.contains("source") || !request.contains("settings")) return std::nullopt;
    const nlohmann::json& source = request["source"];
    const nlohmann::json& settings = request["settings"];
    if (!source.is_object() || !settings.is_object()) return std::nullopt;
    SourceRequest parsed;
    const bool ok = takePath(source, "folder", parsed.source.folder) && takePath(source, "stick", parsed.source.stick) &&
                    takeJsonField(request, "stage", parsed.stage) &&
                    takePath(request, "signing_key_folder", parsed.signingKeyFolder) &&
                    takePath(settings, "data_dir", parsed.settings.dataDir) &&
                    takeJsonField(settings, "kiosk_id", parsed.settings.kioskId) &&
                    takeJsonField(settings, "trusted_public_keys", parsed.settings.trustedPublicKeys) &&
                    takeJsonField(settings, "now_utc", parsed.settings.nowUtc);
    if (!ok || parsed.source.folder.empty() || parsed.settings.dataDir.empty()) return std::nullopt;
    return parsed;
}

nlohmann::json stageSourceRequest(const SourceRequest& request, const std::function<bool()>& cancelled,
                                  const std::function<void(const char*)>& progress) {
    SourceJobSettings settings = request.settings;
    settings.cancelled = cancelled;
    settings.progress = progress;
    SourceStaging staging;
    try {
        std::string keyError;
        std::optional<KioskSigningKey> key;
        if (request.stage) key = readSigningKey(request.signingKeyFolder, &keyError);
        if (key) {
            staging = stageSourceFolder(request.source, *key, settings);
        } else {
            staging.check = checkSourceOnStick(request.source, nowUtcOr(settings.nowUtc), &staging.folderMissing);
            if (request.stage) staging.buildError = "this kiosk's signing key cannot be read: " + keyError;
        }
    } catch (const std::bad_alloc&) {
        // Whatever was read is gone with the unwinding: say only why.
        staging = SourceStaging{};
        staging.import.error = ImportError::OutOfMemory;
        staging.import.detail = "reading and building the folder needed more memory than this kiosk allows";
    } catch (const std::exception& exception) {
        staging = SourceStaging{};
        staging.import.error = ImportError::ImportCrashed;
        staging.import.detail = exception.what();
    }
    staging.check.content = {};
    return sourceStagingToJson(staging);
}

}  // namespace content::station
