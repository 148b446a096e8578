#include "content/pack/durable_files.h"
#include "content/core/time_zone.h"
#include "content/station/touch_test.h"

#include <chrono>
#include <fstream>
#include <set>
#include <sstream>

#include "content/station/live_content.h"
#include "content/station/status_file.h"

namespace content::station {

std::string TouchTestResult::result() const {
    if (touches == 0) return "no-touch";
    return areasTouched == areasTotal ? "passed" : "incomplete";
}

nlohmann::json TouchTestResult::toJson() const {
    return {{"at", at}, {"result", result()}, {"touches", touches}, {"areas_touched", areasTouched},
            {"areas_total", areasTotal}};
}

std::optional<TouchTestResult> TouchTestResult::fromJson(const nlohmann::json& json) {
    if (!json.is_object() || !json.contains("at") || !json["at"].is_string()) return std::nullopt;
    TouchTestResult test;
    test.at = json["at"].get<std::string>();
    test.touches = json.value("touches", 0);
    test.areasTouched = json.value("areas_touched", 0);
    test.areasTotal = json.value("areas_total", 0);
    return test;
}

TouchTestResult summarizeTouchTest(const std::vector<std::pair<float, float>>& points, float width, float height,
                                   int64_t nowUtc) {
    TouchTestResult test;
    test.at = formatUtcIso(nowUtc);
    test.touches = static_cast<int>(points.size());
    test.areasTotal = kTouchTestColumns * kTouchTestRows;
    std::set<int> reached;
    for (const auto& [x, y] : points) {
        if (width <= 0 || height <= 0 || x < 0 || y < 0 || x >= width || y >= height) continue;
        const int column = static_cast<int>(x / width * kTouchTestColumns);
        const int row = static_cast<int>(y / height * kTouchTestRows);
        reached.insert(row * kTouchTestColumns + column);
    }
    test.areasTouched = static_cast<int>(reached.size());
    return test;
}

std::filesystem::path touchTestFile(const std::filesystem::path& dataDir) { return dataDir / "touch-test.json"; }

bool recordTouchTest(const std::filesystem::path& dataDir, const TouchTestResult& result, std::string* error) {
    return content::pack::writeFileAtomically(touchTestFile(dataDir), result.toJson().dump() + "\n", error);
}

std::optional<TouchTestResult> readTouchTest(const std::filesystem::path& dataDir) {
    std::ifstream in(touchTestFile(dataDir));
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return TouchTestResult::fromJson(nlohmann::json::parse(text.str(), nullptr, false));
}

}  // namespace content::station
