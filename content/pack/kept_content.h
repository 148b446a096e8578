// The copy of a pack's content that each version folder keeps, so a newer
// software can rebuild the database without the pack (content/pack/rebuild.h).
// The import writes it from the content.json it has just verified against the
// signed manifest; reading it back verifies it again against that manifest's
// size and SHA-256, so a copy changed on disk is never rebuilt from.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace content::pack {

// Deflates `verifiedContentJson` into versionDir/content-copy.zip (not
// synced: the import syncs the whole version folder once). False + error.
bool keepContentCopy(const std::filesystem::path& verifiedContentJson, const std::filesystem::path& versionDir,
                     std::string* error);

enum class KeptContentProblem { None, Missing, Changed };

// The kept content.json of `versionDir`, verified against its manifest.json;
// nullopt with `problem` (Missing: no copy or no manifest entry for it;
// Changed: size or hash differ, or the archive is damaged) and `detail`.
std::optional<std::string> readKeptContent(const std::filesystem::path& versionDir, KeptContentProblem* problem,
                                           std::string* detail);

}  // namespace content::pack
