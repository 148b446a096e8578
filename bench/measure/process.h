// Running the programs we measure (the kiosk, kiosk-pack, Chromium) as child
// processes: wall time, exit status, and memory sampled from /proc while they
// run - peak VmHWM of the main process and the peak SUM of VmRSS and of PSS
// over the whole process group (Chromium is a dozen processes).
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bench {

struct ProcessResult {
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;       // -1 when killed by a signal
    int signal = 0;
    double wallMs = 0;       // spawn to exit
    double startEpochMs = 0; // wall-clock time of the spawn (ms since the epoch), to compare with browser timestamps
    double peakHwmMb = 0;    // VmHWM of the main process (kernel's own peak)
    double peakPssMb = 0;    // highest PSS of the main process (smaps_rollup: shared pages split fairly)
    double peakGroupRssMb = 0;  // highest sum of VmRSS over the process group
    double peakGroupPssMb = 0;  // highest sum of PSS over the process group (shared pages split fairly)
    // ru_maxrss from wait4: the larger of the process's own peak and that of
    // its largest child (the kiosk's import process), so only a fallback.
    double maxRssMb = 0;
    bool stoppedByCondition = false;
    // VmRSS of the main process every ProcessOptions::rssTimelineEvery:
    // (seconds since the spawn, MB).
    std::vector<std::pair<double, double>> rssTimeline;
};

struct ProcessOptions {
    std::vector<std::string> argv;
    std::filesystem::path stdoutFile;  // empty = inherit
    std::filesystem::path stderrFile;  // empty = inherit
    std::vector<std::string> extraEnvironment;  // "NAME=value"
    std::chrono::milliseconds timeout{120000};
    std::chrono::milliseconds sampleEvery{25};
    bool sampleMemory = true;
    // For programs that do not exit by themselves (a browser showing a page):
    // checked at every sample; once true, memory is sampled for
    // `lingerAfterStop` more, then the whole group is stopped.
    std::function<bool()> stopWhen;
    std::chrono::milliseconds lingerAfterStop{0};
    // A memory curve for long runs (the soak); 0 = peaks only.
    std::chrono::milliseconds rssTimelineEvery{0};
};

ProcessResult runProcess(const ProcessOptions& options);

// A command line for messages.
std::string describeCommand(const std::vector<std::string>& argv);

}  // namespace bench
