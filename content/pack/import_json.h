// ImportOptions and ImportResult as JSON: how the kiosk hands an import to its
// child process (content/station/import_child.h) and gets the result back.
// Every data field travels, so a field added to ImportOptions is added here
// too (tests/test_import_child.cpp round-trips a fully set value); callbacks
// (cancelled, progress) stay behind: the child makes its own.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "content/pack/importer.h"

namespace content {

nlohmann::json importOptionsToJson(const ImportOptions& options);
// Fields missing from `json` keep their defaults; nullopt when a field has the wrong type.
std::optional<ImportOptions> importOptionsFromJson(const nlohmann::json& json);

nlohmann::json importResultToJson(const ImportResult& result);
std::optional<ImportResult> importResultFromJson(const nlohmann::json& json);

// The error named by importErrorCode(), nullopt for an unknown code.
std::optional<ImportError> importErrorFromCode(const std::string& code);

}  // namespace content
