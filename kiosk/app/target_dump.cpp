#include "kiosk/app/target_dump.h"

#include <fstream>

#include <nlohmann/json.hpp>

namespace kiosk {

bool writeTapTargets(const std::string& file, const TapTargets& targets, float pxPerMm, std::string* error) {
    nlohmann::json list = nlohmann::json::array();
    for (const TapTarget& target : targets.visible()) {
        list.push_back({{"label", target.label},
                        {"x0", target.min.x},
                        {"y0", target.min.y},
                        {"x1", target.max.x},
                        {"y1", target.max.y},
                        {"full", {target.fullMin.x, target.fullMin.y, target.fullMax.x, target.fullMax.y}}});
    }
    std::ofstream out(file);
    out << nlohmann::json{{"px_per_mm", pxPerMm}, {"targets", list}}.dump(1) << "\n";
    if (!out) {
        if (error) *error = "cannot write " + file;
        return false;
    }
    return true;
}

}  // namespace kiosk
