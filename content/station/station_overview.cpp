#include "content/station/station_overview.h"

#include <sqlite3.h>

#include <algorithm>
#include <deque>
#include <fstream>
#include <nlohmann/json.hpp>

#include "content/core/data_dir.h"

namespace content::station {

std::vector<std::pair<std::string, int64_t>> textsPerLanguage(const std::filesystem::path& dataDir) {
    std::vector<std::pair<std::string, int64_t>> counts;
    const auto database = data_dir::live(dataDir) / data_dir::kDatabaseFile;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(database.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return counts;
    }
    const char* sql =
        "SELECT lang, COUNT(*) FROM (SELECT lang FROM organisation_texts UNION ALL SELECT lang FROM event_texts "
        "UNION ALL SELECT lang FROM guide_texts) GROUP BY lang ORDER BY COUNT(*) DESC, lang";
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            const auto* lang = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
            counts.emplace_back(lang ? lang : "", sqlite3_column_int64(statement, 1));
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return counts;
}

std::vector<ImportLogEntry> recentImports(const std::filesystem::path& dataDir, size_t count) {
    std::ifstream in(data_dir::importLog(dataDir));
    std::deque<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        lines.push_back(std::move(line));
        if (lines.size() > count) lines.pop_front();
    }
    std::vector<ImportLogEntry> entries;
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        auto json = nlohmann::json::parse(*it, nullptr, false);
        if (!json.is_object()) continue;
        ImportLogEntry entry;
        entry.time = json.value("time", "");
        entry.packFile = std::filesystem::path(json.value("pack_file", "")).filename().string();
        entry.result = json.value("result", "");
        entry.detail = json.value("detail", "");
        entry.packId = json.value("pack_id", "");
        entry.sequence = json.value("sequence", uint64_t{0});
        entries.push_back(std::move(entry));
    }
    return entries;
}

}  // namespace content::station
