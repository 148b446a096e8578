#include "content/pack/import_json.h"

namespace content {
namespace {

constexpr ImportError kLastError = ImportError::ImportCrashed;

// Copies json[key] into `field` when present; false when it has the wrong type.
template <typename T>
bool take(const nlohmann::json& json, const char* key, T& field) {
    auto found = json.find(key);
    if (found == json.end()) return true;
    try {
        field = found->get<T>();
        return true;
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

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
    bool ok = take(json, "data_dir", dataDir) && take(json, "trusted_public_keys", options.trustedPublicKeys) &&
              take(json, "now_utc", options.nowUtc) && take(json, "time_limit_seconds", options.timeLimitSeconds);
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
    bool ok = take(json, "error", code) && take(json, "detail", result.detail) && take(json, "pack_id", result.packId) &&
              take(json, "sequence", result.sequence) && take(json, "created_at", result.createdAt) &&
              take(json, "default_language", result.defaultLanguage) &&
              take(json, "signer_key_id", result.signerKeyId) && take(json, "organisations", result.organisations) &&
              take(json, "events", result.events) && take(json, "guides", result.guides) &&
              take(json, "images", result.images);
    if (!ok) return std::nullopt;
    auto error = importErrorFromCode(code);
    if (!error) return std::nullopt;
    result.error = *error;
    return result;
}

}  // namespace content
