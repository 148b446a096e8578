// The scenarios kiosk-bench drives: the kiosk under replay scripts (start-up,
// flinging through the big lists, idling, a live import) and Chromium loading
// the same content as a static page.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/measure/process.h"
#include "bench/measure/report.h"

namespace bench {

struct KioskRun {
    ProcessResult process;
    nlohmann::json stats;     // the kiosk's --frame-stats file, null when missing
    std::string replayError;  // "replay line N: ..." from stderr, empty when it succeeded
    bool ok() const { return process.exitCode == 0 && !stats.is_null(); }
};

// For long runs: how long the run may take and how often its memory is sampled.
struct RunLimits {
    std::chrono::milliseconds timeout = std::chrono::minutes(10);
    std::chrono::milliseconds rssTimelineEvery{0};
};

class KioskRunner {
public:
    KioskRunner(std::filesystem::path kiosk, std::filesystem::path data, std::filesystem::path publicKey,
                std::string nowIso, std::filesystem::path workDir);

    // Runs build/kiosk at 1920x1080 in English on the data directory with a
    // replay script; every run's peak memory counts towards rss_mb.
    KioskRun run(const std::string& name, const std::string& replay, std::vector<std::string> extraArgs = {},
                 const std::filesystem::path& dataOverride = {}, const RunLimits& limits = {});
    const std::filesystem::path& kiosk() const { return kiosk_; }
    const std::filesystem::path& publicKey() const { return publicKey_; }
    const std::filesystem::path& workDir() const { return workDir_; }
    const std::string& nowIso() const { return nowIso_; }
    double peakRssMb() const { return peakRssMb_; }
    // Peak VmHWM and PSS of every run by name, to see which scenario costs the memory.
    const std::map<std::string, double>& runPeaks() const { return runPeaks_; }
    const std::map<std::string, double>& runPss() const { return runPss_; }

private:
    std::filesystem::path kiosk_, data_, publicKey_;
    std::string nowIso_;
    std::filesystem::path workDir_;
    double peakRssMb_ = 0;
    std::map<std::string, double> runPeaks_;
    std::map<std::string, double> runPss_;
};

// Puts a pack into a drop folder the way a sync tool does (.part, then rename).
void copyIntoDropFolder(const std::filesystem::path& pack, const std::filesystem::path& dropDir);

void runKioskScenarios(KioskRunner& runner, int runs, const std::filesystem::path& largePack,
                       const std::filesystem::path& smallPack, Report& report);

// The floor of this stack (build/kiosk-floor: an empty GLFW + ImGui window
// with the kiosk's fonts for the same content): start-up and memory, in the
// same run as the kiosk, so the kiosk's own share can be told apart.
// `kiosk` (may be null) starts before each floor run: start-up above the floor
// is measured pair by pair.
void runFloorScenario(const std::filesystem::path& floorProgram, const std::filesystem::path& dataDir,
                      const std::filesystem::path& workDir, int runs, KioskRunner* kiosk, Report& report);

// What needs the kiosk and the floor both: the kiosk above the floor.
void finishFloorComparison(Report& report);

void runChromiumScenario(const std::filesystem::path& dataDir, int64_t nowUtc, const std::filesystem::path& workDir,
                         int runs, Report& report);

}  // namespace bench
