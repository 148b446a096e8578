#include "content/pack/import_json.h"

namespace content {

// Names as in the struct; a severity unknown to this build reads as an error.
NLOHMANN_JSON_SERIALIZE_ENUM(Diagnostic::Severity, {{Diagnostic::Severity::Error, "error"},
                                                    {Diagnostic::Severity::Warning, "warning"}})
// A checker's sentence as key and values, with the sentences inside it (recursive, so by hand).
void to_json(nlohmann::json& json, const CheckWords& words);
void from_json(const nlohmann::json& json, CheckWords& words);
void to_json(nlohmann::json& json, const CheckPart& part) { json = {{"name", part.name}, {"words", part.words}}; }
void from_json(const nlohmann::json& json, CheckPart& part) {
    part.name = json.value("name", std::string());
    part.words = json.value("words", CheckWords{});
}
void to_json(nlohmann::json& json, const CheckWords& words) {
    json = {{"key", words.key}, {"values", words.values}, {"parts", words.parts}};
}
void from_json(const nlohmann::json& json, CheckWords& words) {
    words.key = json.value("key", std::string());
    words.values = json.value("values", decltype(words.values){});
    words.parts = json.value("parts", decltype(words.parts){});
}
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Diagnostic, severity, file, line, column, message, isRow, columnLetter, words)

namespace {

constexpr ImportError kLastError = ImportError::ImportCrashed;

}  // namespace

std::optional<ImportError> importErrorFromCode(const std::string& code) {
    for (int value = 0; value <= static_cast<int>(kLastError); ++value) {
        const auto error = static_cast<ImportError>(value);
        if (code == importErrorCode(error)) return error;
    }
    return std::nullopt;
}

nlohmann::json importOptionsToJson(const ImportOptions& options) {
    return {{"data_dir", options.dataDir.string()},
            {"trusted_public_keys", options.trustedPublicKeys},
            {"now_utc", options.nowUtc},
            {"time_limit_seconds", options.timeLimitSeconds}};
}

std::optional<ImportOptions> importOptionsFromJson(const nlohmann::json& json) {
    if (!json.is_object()) return std::nullopt;
    ImportOptions options;
    std::string dataDir;
    bool ok = takeJsonField(json, "data_dir", dataDir) && takeJsonField(json, "trusted_public_keys", options.trustedPublicKeys) &&
              takeJsonField(json, "now_utc", options.nowUtc) && takeJsonField(json, "time_limit_seconds", options.timeLimitSeconds);
    if (!ok) return std::nullopt;
    options.dataDir = dataDir;
    return options;
}

nlohmann::json importResultToJson(const ImportResult& result) {
    return {{"error", importErrorCode(result.error)},
            {"detail", result.detail},
            {"pack_id", result.packId},
            {"sequence", result.sequence},
            {"created_at", result.createdAt},
            {"default_language", result.defaultLanguage},
            {"signer_key_id", result.signerKeyId},
            {"organisations", result.organisations},
            {"events", result.events},
            {"guides", result.guides},
            {"images", result.images}};
}

std::optional<ImportResult> importResultFromJson(const nlohmann::json& json) {
    if (!json.is_object()) return std::nullopt;
    ImportResult result;
    std::string code;
    bool ok = takeJsonField(json, "error", code) && takeJsonField(json, "detail", result.detail) && takeJsonField(json, "pack_id", result.packId) &&
              takeJsonField(json, "sequence", result.sequence) && takeJsonField(json, "created_at", result.createdAt) &&
              takeJsonField(json, "default_language", result.defaultLanguage) &&
              takeJsonField(json, "signer_key_id", result.signerKeyId) && takeJsonField(json, "organisations", result.organisations) &&
              takeJsonField(json, "events", result.events) && takeJsonField(json, "guides", result.guides) &&
              takeJsonField(json, "images", result.images);
    if (!ok) return std::nullopt;
    auto error = importErrorFromCode(code);
    if (!error) return std::nullopt;
    result.error = *error;
    return result;
}

nlohmann::json diagnosticToJson(const Diagnostic& diagnostic) { return diagnostic; }

std::optional<Diagnostic> diagnosticFromJson(const nlohmann::json& json) {
    if (!json.is_object()) return std::nullopt;
    try {
        return json.get<Diagnostic>();
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

nlohmann::json stagedVersionToJson(const StagedVersion& staged) {
    return {{"version_name", staged.versionName}, {"result", importResultToJson(staged.result)}};
}

std::optional<StagedVersion> stagedVersionFromJson(const nlohmann::json& json) {
    if (!json.is_object()) return std::nullopt;
    StagedVersion staged;
    auto result = importResultFromJson(json.value("result", nlohmann::json()));
    if (!takeJsonField(json, "version_name", staged.versionName) || !result) return std::nullopt;
    staged.result = std::move(*result);
    return staged;
}

}  // namespace content
