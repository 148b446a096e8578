// What the staff screen shows about the kiosk's content and history, read on
// demand (when the staff screen opens), never per frame.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace content::station {

// How many texts (organisation, event and guide texts) the live content has
// per language, most first. Empty when there is no live content.
std::vector<std::pair<std::string, int64_t>> textsPerLanguage(const std::filesystem::path& dataDir);

struct ImportLogEntry {
    std::string time, packFile, result, detail, packId;
    uint64_t sequence = 0;
};

// The last `count` lines of DATA/import-log.jsonl, newest first.
std::vector<ImportLogEntry> recentImports(const std::filesystem::path& dataDir, size_t count);

}  // namespace content::station
