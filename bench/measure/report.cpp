#include "bench/measure/report.h"

#include <cstdio>

namespace bench {

Figure& Report::slot(const std::string& key) {
    for (auto& figure : figures_)
        if (figure.key == key) return figure;
    figures_.push_back(Figure{key, "", "", std::nullopt, std::nullopt, true, ""});
    return figures_.back();
}

void Report::set(const std::string& key, double value, double budget, const std::string& unit,
                 const std::string& label, bool judged, const std::string& note) {
    Figure& figure = slot(key);
    figure.label = label;
    figure.unit = unit;
    figure.value = value;
    figure.budget = judged ? std::optional<double>(budget) : std::nullopt;
    figure.note = note;
}

void Report::info(const std::string& key, double value, const std::string& unit, const std::string& label,
                  const std::string& note) {
    Figure& figure = slot(key);
    figure.label = label;
    figure.unit = unit;
    figure.value = value;
    figure.budget.reset();
    figure.note = note;
}

void Report::notMeasured(const std::string& key, const std::string& label, const std::string& unit,
                         const std::string& reason, std::optional<double> budget) {
    Figure& figure = slot(key);
    figure.label = label;
    figure.unit = unit;
    figure.value.reset();
    figure.budget = budget;
    figure.note = reason;
}

std::optional<double> Report::value(const std::string& key) const {
    for (const auto& figure : figures_)
        if (figure.key == key) return figure.value;
    return std::nullopt;
}

void Report::finishRatios() {
    auto ratio = [&](const char* key, const char* ours, const char* theirs, const char* label) {
        auto a = value(ours), b = value(theirs);
        if (a && b && *b > 0) info(key, *a / *b, "x", label, "kiosk / Chromium; below 1 means the kiosk needs less");
    };
    ratio("startup_ratio", "startup_ms", "chromium_startup_ms", "start-up, kiosk / Chromium");
    ratio("rss_ratio", "rss_mb", "chromium_rss_mb", "memory (RSS), kiosk / Chromium");
    ratio("pss_ratio", "pss_mb", "chromium_pss_mb", "memory (PSS), kiosk / Chromium");
}

namespace {

std::string format(double value, const std::string& unit) {
    char buffer[64];
    if (unit == "frames" || unit == "count") std::snprintf(buffer, sizeof buffer, "%.0f", value);
    else if (unit == "x") std::snprintf(buffer, sizeof buffer, "%.2f", value);
    else if (value < 10) std::snprintf(buffer, sizeof buffer, "%.2f", value);
    else std::snprintf(buffer, sizeof buffer, "%.0f", value);
    return std::string(buffer) + (unit == "x" || unit == "count" ? "" : " " + unit);
}

}  // namespace

std::string Report::table() const {
    std::string out = "| figure | value | budget | holds? |\n| --- | --- | --- | --- |\n";
    for (const auto& figure : figures_) {
        std::string value = figure.value ? format(*figure.value, figure.unit) : "not measured";
        std::string budget = figure.budget ? (*figure.budget == 0 ? "0" : "< " + format(*figure.budget, figure.unit)) : "";
        std::string holds;
        if (figure.value && figure.budget)
            holds = (*figure.budget == 0 ? *figure.value <= 0 : *figure.value < *figure.budget) ? "yes" : "**NO**";
        else if (!figure.value)
            holds = "-";
        out += "| " + figure.label + " (`" + figure.key + "`) | " + value + " | " + budget + " | " + holds + " |\n";
    }
    std::string notes;
    for (const auto& figure : figures_)
        if (!figure.note.empty()) notes += "- `" + figure.key + "`: " + figure.note + "\n";
    if (!notes.empty()) out += "\n" + notes;
    return out;
}

nlohmann::json Report::json() const {
    nlohmann::json out = nlohmann::json::object();
    nlohmann::json budgets = nlohmann::json::object(), holds = nlohmann::json::object(), notes = nlohmann::json::object();
    for (const auto& figure : figures_) {
        out[figure.key] = figure.value ? nlohmann::json(*figure.value) : nlohmann::json(nullptr);
        if (!figure.value) out[figure.key] = "not measured";
        if (figure.budget) {
            budgets[figure.key] = *figure.budget;
            if (figure.value)
                holds[figure.key] = *figure.budget == 0 ? *figure.value <= 0 : *figure.value < *figure.budget;
        }
        if (!figure.note.empty()) notes[figure.key] = figure.note;
    }
    out["budgets"] = budgets;
    out["holds"] = holds;
    out["notes"] = notes;
    out["details"] = extra;
    out["seed"] = seed;
    out["now"] = now;
    return out;
}

}  // namespace bench
