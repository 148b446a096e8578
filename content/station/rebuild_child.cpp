#include "content/station/rebuild_child.h"

#include <optional>

#include <nlohmann/json.hpp>

#include "content/pack/import_json.h"

namespace content::station {

RebuildResult rebuildInChild(RebuildTarget target, const ImportOptions& options, const ImportChildSettings& settings) {
    std::optional<RebuildResult> answer;
    const ChildRun run = runInImportChild({{"rebuild", rebuildTargetName(target)}, {"options", importOptionsToJson(options)}},
                                          settings, [&](const nlohmann::json& result) {
                                              if (!result.is_object() || !result.contains("outcome")) return false;
                                              answer = rebuildResultFromJson(result);
                                              return true;
                                          });
    if (answer && !run.crashed) return *answer;
    // The child could not clean up after itself: the half-built folder goes now.
    if (run.crashed) cleanupDataDir(options.dataDir);
    RebuildResult failed;
    failed.outcome = RebuildResult::Outcome::Failed;
    failed.pack = run.failure;
    failed.detail = run.failure.detail;
    return failed;
}

bool isRebuildRequest(const nlohmann::json& request) {
    return request.is_object() && request.contains("rebuild") && request["rebuild"].is_string();
}

nlohmann::json answerRebuildRequest(const nlohmann::json& request, const ImportOptions& options) {
    const RebuildTarget target =
        request["rebuild"] == rebuildTargetName(RebuildTarget::Previous) ? RebuildTarget::Previous : RebuildTarget::Live;
    const RebuildResult result = rebuildIfNeeded(options, target);
    return rebuildResultToJson(result);
}

}  // namespace content::station
