// The benchmark's result: each figure with its budget and verdict, printed as
// a Markdown table (README-ready) and written as bench.json.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace bench {

struct Figure {
    std::string key;    // bench.json key, e.g. "startup_ms"
    std::string label;  // table text
    std::string unit;
    std::optional<double> value;   // empty = not measured
    std::optional<double> budget;  // empty = no budget (informative or comparison)
    bool upperBound = true;        // budget is a maximum (all of ours are)
    std::string note;              // how measured, or why not measured
};

class Report {
public:
    uint64_t seed = 0;
    std::string now;
    nlohmann::json extra = nlohmann::json::object();  // supporting numbers (counts, sizes, per-run values)

    // A judged figure (judged = false: shown against the budget of its p99 sibling but not judged).
    void set(const std::string& key, double value, double budget, const std::string& unit, const std::string& label,
             bool judged = true, const std::string& note = "");
    // A comparison figure without a budget.
    void info(const std::string& key, double value, const std::string& unit, const std::string& label,
              const std::string& note = "");
    void notMeasured(const std::string& key, const std::string& label, const std::string& unit,
                     const std::string& reason, std::optional<double> budget = std::nullopt);
    std::optional<double> value(const std::string& key) const;

    // kiosk/Chromium ratios for start-up and memory, when both are known.
    void finishRatios();

    std::string table() const;
    nlohmann::json json() const;

private:
    Figure& slot(const std::string& key);
    std::vector<Figure> figures_;
};

}  // namespace bench
