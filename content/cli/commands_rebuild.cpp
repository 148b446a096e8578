// rebuild, and the rebuild that import, show and rollback do first: after a
// software update with a new database schema the live (or previous) database
// is rebuilt from the content its version folder keeps (content/pack/rebuild.h),
// as the kiosk does at its start.
#include <cstdio>

#include "content/cli/cli_args.h"
#include "content/cli/commands.h"
#include "content/pack/rebuild.h"

namespace kiosk_pack {

using Outcome = content::RebuildResult::Outcome;

Outcome rebuildBefore(const std::string& dataDir, content::RebuildTarget target, int64_t nowUtc, const std::string& lang) {
    content::ImportOptions options;
    options.dataDir = dataDir;
    options.nowUtc = nowUtc;
    const content::RebuildResult result = content::rebuildIfNeeded(options, target);
    if (result.outcome == Outcome::NotNeeded) return result.outcome;
    const std::string sentence = content::describeRebuild(result, lang);
    if (result.outcome == Outcome::Rebuilt)
        std::fprintf(stderr, "kiosk-pack: %s: '%s', sequence %llu (schema %d to the current one; the old version is kept as previous).\n",
                    sentence.c_str(), result.pack.packId.c_str(), static_cast<unsigned long long>(result.pack.sequence),
                    result.fromSchema);
    else
        complain(sentence);
    return result.outcome;
}

int runRebuild(const Args& rawArgs) {
    Arguments args(rawArgs, {"data", "now", "lang"}, {});
    if (!args.ok()) return complain(args.error(), 2);
    auto data = args.value("data");
    if (!data || !args.positional().empty())
        return complain("usage: kiosk-pack rebuild --data DIR [--now ISO8601] [--lang de|en]", 2);
    auto now = parseNowOption(args.value("now"));
    if (!now) return complain("--now must be an ISO 8601 time like 2026-11-21T10:00:00Z", 2);
    const Outcome outcome = rebuildBefore(*data, content::RebuildTarget::Live, *now, args.value("lang").value_or("en"));
    if (outcome == Outcome::NotNeeded) std::printf("The live content database matches this software; nothing to rebuild.\n");
    return outcome == Outcome::NotNeeded || outcome == Outcome::Rebuilt ? 0 : 1;
}

}  // namespace kiosk_pack
