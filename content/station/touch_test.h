// The touch test of the staff screen, summed up for the status file: the
// screen is cut into a 4 x 3 grid and the test counts which areas a finger
// reached, so a dead strip of the touch panel shows in the fleet page as
// "9 of 12 areas". Kept in the data directory (touch-test.json) across restarts.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace content::station {

struct TouchTestResult {
    std::string at;  // ISO 8601 UTC
    int touches = 0;
    int areasTouched = 0;
    int areasTotal = 0;

    // "passed" (every area answered), "incomplete" or "no-touch".
    std::string result() const;
    nlohmann::json toJson() const;
    static std::optional<TouchTestResult> fromJson(const nlohmann::json& json);
};

inline constexpr int kTouchTestColumns = 4, kTouchTestRows = 3;

// Points in screen pixels; points outside the screen count as touches but reach no area.
TouchTestResult summarizeTouchTest(const std::vector<std::pair<float, float>>& points, float width, float height,
                                   int64_t nowUtc);

std::filesystem::path touchTestFile(const std::filesystem::path& dataDir);
bool recordTouchTest(const std::filesystem::path& dataDir, const TouchTestResult& result, std::string* error);
std::optional<TouchTestResult> readTouchTest(const std::filesystem::path& dataDir);

}  // namespace content::station
