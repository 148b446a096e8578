#include "kiosk/app/frame_stats.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <sstream>

namespace kiosk {

double steadySeconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void FrameStats::recordFrame(double cpuSeconds, double wallSeconds, const std::string& screen) {
    frameCpuMs_.push_back(cpuSeconds * 1000.0);
    frameWallMs_.push_back(wallSeconds * 1000.0);
    if (screen.empty()) return;
    if (screen != lastScreen_) {
        lastScreen_ = screen;
        openings_.push_back({screen, wallSeconds * 1000.0, cpuSeconds * 1000.0, wallSeconds * 1000.0, cpuSeconds * 1000.0, 1});
    } else if (!openings_.empty() && openings_.back().frames < kOpeningFrames) {
        Opening& opening = openings_.back();
        opening.maxWallMs = std::max(opening.maxWallMs, wallSeconds * 1000.0);
        opening.maxCpuMs = std::max(opening.maxCpuMs, cpuSeconds * 1000.0);
        ++opening.frames;
    }
}

void FrameStats::markInteractive(double steadySeconds) {
    if (startupMs_ < 0) startupMs_ = (steadySeconds - processStart_) * 1000.0;
}

namespace {

double nearestRankPercentile(std::vector<double> sorted, double percentile) {
    if (sorted.empty()) return 0;
    std::sort(sorted.begin(), sorted.end());
    // Nearest-rank percentile: the smallest value with at least p% of frames at or below it.
    size_t rank = size_t(std::ceil(percentile / 100.0 * sorted.size()));
    rank = std::clamp<size_t>(rank, 1, sorted.size());
    return sorted[rank - 1];
}

}  // namespace

double FrameStats::percentileMs(double percentile) const { return nearestRankPercentile(frameCpuMs_, percentile); }

double FrameStats::percentileMs(double percentile, size_t first, size_t count) const {
    first = std::min(first, frameCpuMs_.size());
    count = std::min(count, frameCpuMs_.size() - first);
    std::vector<double> part(frameCpuMs_.begin() + long(first), frameCpuMs_.begin() + long(first + count));
    return nearestRankPercentile(part, percentile);
}

std::string FrameStats::reasonsJson(size_t first, size_t count) const {
    std::map<std::string, int> counts;
    for (size_t i = first; i < first + count && i < frameReasons_.size(); ++i) ++counts[frameReasons_[i]];
    std::string json = "{";
    for (const auto& [reason, n] : counts)
        json += (json.size() > 1 ? ", \"" : "\"") + reason + "\": " + std::to_string(n);
    return json + "}";
}

double FrameStats::wallPercentileMs(double percentile) const {
    return nearestRankPercentile(frameWallMs_, percentile);
}

std::string FrameStats::json() const {
    std::ostringstream out;
    out.setf(std::ios::fixed);
    out.precision(3);
    out << "{\n  \"frames\": " << frames() << ",\n  \"startup_ms\": " << std::max(0.0, startupMs_)
        << ",\n  \"frame_cpu_p50_ms\": " << percentileMs(50) << ",\n  \"frame_cpu_p95_ms\": " << percentileMs(95)
        << ",\n  \"frame_cpu_p99_ms\": " << percentileMs(99) << ",\n  \"frame_cpu_max_ms\": "
        << (frameCpuMs_.empty() ? 0.0 : *std::max_element(frameCpuMs_.begin(), frameCpuMs_.end()))
        << ",\n  \"frame_wall_p50_ms\": " << wallPercentileMs(50) << ",\n  \"frame_wall_p99_ms\": "
        << wallPercentileMs(99);
    out << ",\n  \"font_builds\": " << fontBuilds_ << ",\n  \"fonts_from_start_up\": " << fontsFromStartUp_;
    out << ",\n  \"screen_openings\": [";
    for (size_t i = 0; i < openings_.size(); ++i) {
        const Opening& opening = openings_[i];
        out << (i ? ",\n    " : "\n    ") << "{\"screen\": \"" << opening.screen << "\", \"first_wall_ms\": "
            << opening.firstWallMs << ", \"first_cpu_ms\": " << opening.firstCpuMs << ", \"max_wall_ms\": "
            << opening.maxWallMs << ", \"max_cpu_ms\": " << opening.maxCpuMs << "}";
    }
    out << "]";
    if (!extraJson_.empty()) out << ",\n  " << extraJson_;
    out << "\n}\n";
    return out.str();
}

bool FrameStats::write(const std::string& path, std::string* error) const {
    std::ofstream file(path, std::ios::trunc);
    file << json();
    if (!file) {
        if (error) *error = "cannot write " + path;
        return false;
    }
    return true;
}

}  // namespace kiosk
