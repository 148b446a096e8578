// ImportOptions and ImportResult as JSON: how the kiosk hands an import to its
// child process (content/station/import_child.h) and gets the result back;
// a check's Diagnostic and a StagedVersion too, for a source folder staged in
// that child (content/station/source_child.h).
// Every data field travels, so a field added to ImportOptions is added here
// too (tests/test_import_child.cpp round-trips a fully set value); callbacks
// (cancelled, progress) stay behind: the child makes its own.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "content/pack/importer.h"
#include "content/pack/staging.h"
#include "content/parse/source_folder.h"

namespace content {

nlohmann::json importOptionsToJson(const ImportOptions& options);
// Fields missing from `json` keep their defaults; nullopt when a field has the wrong type.
std::optional<ImportOptions> importOptionsFromJson(const nlohmann::json& json);

nlohmann::json importResultToJson(const ImportResult& result);
std::optional<ImportResult> importResultFromJson(const nlohmann::json& json);

// Every field of a Diagnostic (one list in import_json.cpp, so a field added
// to the struct is one word there); nullopt when a field has the wrong type.
nlohmann::json diagnosticToJson(const Diagnostic& diagnostic);
std::optional<Diagnostic> diagnosticFromJson(const nlohmann::json& json);

nlohmann::json stagedVersionToJson(const StagedVersion& staged);
std::optional<StagedVersion> stagedVersionFromJson(const nlohmann::json& json);

// Copies json[key] into `field` when present; false when it has the wrong
// type (what every *FromJson here and in source_child.h reads fields with).
template <typename T>
bool takeJsonField(const nlohmann::json& json, const char* key, T& field) {
    auto found = json.find(key);
    if (found == json.end()) return true;
    try {
        field = found->get<T>();
        return true;
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

// The error named by importErrorCode(), nullopt for an unknown code.
std::optional<ImportError> importErrorFromCode(const std::string& code);

}  // namespace content
