// A rebuild of the live (or previous) database after a software update
// (content/pack/rebuild.h) in the import child process: it is an import's
// working set (the whole content parsed, occurrences expanded, a database
// built), so it runs niced and memory-capped off the kiosk's heap, like an
// import. The request is {"rebuild": "live"|"previous", "options": ...}; the
// answer {"result": rebuildResultToJson(...)} (the pack's ImportResult inside).
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "content/pack/rebuild.h"
#include "content/station/import_child.h"

namespace content::station {

// Runs rebuildIfNeeded(options, target) in a child and waits for it. A child
// that crashes or is killed is a Failed rebuild (nothing switched: the
// rebuild is kill-safe like an import).
RebuildResult rebuildInChild(RebuildTarget target, const ImportOptions& options, const ImportChildSettings& settings);

// The child's side, for runImportChild.
bool isRebuildRequest(const nlohmann::json& request);
nlohmann::json answerRebuildRequest(const nlohmann::json& request, const ImportOptions& options);

}  // namespace content::station
