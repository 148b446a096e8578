#include "content/station/rebuild_child.h"

#include <nlohmann/json.hpp>

#include "content/pack/import_json.h"

namespace content::station {

RebuildResult rebuildInChild(RebuildTarget target, const ImportOptions& options, const ImportChildSettings& settings) {
    const nlohmann::json request = {{"rebuild", rebuildTargetName(target)},
                                    {"options", importOptionsToJson(options)},
                                    {"memory_limit_mb", settings.memoryLimitMb},
                                    {"nice", settings.nice}};
    const ImportChildOutcome outcome = runInChild(request.dump(), settings);
    const auto answer = nlohmann::json::parse(outcome.resultLine, nullptr, false);
    if (answer.is_object() && answer.contains("rebuild")) return rebuildResultFromJson(answer["rebuild"]);
    // The child could not clean up after itself: the half-built folder goes now.
    if (outcome.crashed) cleanupDataDir(options.dataDir);
    RebuildResult failed;
    failed.outcome = RebuildResult::Outcome::Failed;
    failed.pack = outcome.result;
    failed.detail = outcome.result.detail;
    return failed;
}

bool isRebuildRequest(const nlohmann::json& request) {
    return request.is_object() && request.contains("rebuild") && request["rebuild"].is_string();
}

nlohmann::json answerRebuildRequest(const nlohmann::json& request, const ImportOptions& options) {
    const RebuildTarget target =
        request["rebuild"] == rebuildTargetName(RebuildTarget::Previous) ? RebuildTarget::Previous : RebuildTarget::Live;
    const RebuildResult result = rebuildIfNeeded(options, target);
    return {{"result", importResultToJson(result.pack)}, {"rebuild", rebuildResultToJson(result)}};
}

}  // namespace content::station
