#include "content/pack/durable_files.h"
#include "content/core/time_zone.h"
#include "content/station/start_history.h"

#include <chrono>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "content/station/live_content.h"
#include "content/station/status_file.h"

namespace content::station {
namespace {

constexpr int64_t kDaySeconds = 24 * 3600;

nlohmann::json readHistory(const std::filesystem::path& dataDir) {
    std::ifstream in(startHistoryFile(dataDir));
    std::ostringstream text;
    text << in.rdbuf();
    nlohmann::json json = nlohmann::json::parse(text.str(), nullptr, false);
    return json.is_object() ? json : nlohmann::json::object();
}

void writeHistory(const std::filesystem::path& dataDir, const nlohmann::json& json) {
    std::error_code ec;
    std::filesystem::create_directories(dataDir, ec);
    content::pack::writeFileAtomically(startHistoryFile(dataDir), json.dump() + "\n", nullptr);
}

std::string isoAt(int64_t utc) { return formatUtcIso(utc); }

}  // namespace

std::filesystem::path startHistoryFile(const std::filesystem::path& dataDir) { return dataDir / "starts.json"; }

StartHistory recordStart(const std::filesystem::path& dataDir, int64_t nowUtc) {
    nlohmann::json json = readHistory(dataDir);
    StartHistory history;
    if (json.value("running", false)) {
        history.lastExit = "ended without a clean stop (crash, kill, watchdog or power loss) after starting at " +
                           json.value("started_at", std::string("an unknown time"));
    } else if (json.contains("last_exit") && json["last_exit"].is_string()) {
        history.lastExit = json["last_exit"].get<std::string>();
    }
    // Only the last day's start times are kept; a start "in the future" (the
    // clock was set back) is kept too, so a kiosk with a jumping clock still counts.
    nlohmann::json recent = nlohmann::json::array();
    if (json.contains("recent") && json["recent"].is_array()) {
        for (const auto& at : json["recent"])
            if (at.is_number_integer() && at.get<int64_t>() > nowUtc - kDaySeconds) recent.push_back(at);
    }
    recent.push_back(nowUtc);
    history.startsLast24h = static_cast<int>(recent.size());
    const nlohmann::json& total = json.contains("total") ? json["total"] : nlohmann::json();
    history.startsTotal = (total.is_number_integer() ? total.get<int64_t>() : 0) + 1;

    json["total"] = history.startsTotal;
    json["recent"] = recent;
    json["running"] = true;
    json["started_at"] = isoAt(nowUtc);
    json["last_exit"] = history.lastExit;
    writeHistory(dataDir, json);
    return history;
}

void recordCleanStop(const std::filesystem::path& dataDir, int64_t nowUtc, const std::string& reason) {
    nlohmann::json json = readHistory(dataDir);
    json["running"] = false;
    json["last_exit"] = reason + " at " + isoAt(nowUtc);
    writeHistory(dataDir, json);
}

}  // namespace content::station
