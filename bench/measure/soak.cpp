#include "bench/measure/soak.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "bench/budgets.h"
#include "bench/generator/random.h"
#include "bench/measure/process.h"
#include "bench/measure/stats.h"
#include "content/db/content_store.h"

namespace fs = std::filesystem;

namespace bench {

namespace {

constexpr int kWidth = 1920, kHeight = 1080;
// The kiosk's idle time (its default) and its fade to home.
constexpr int kIdleSeconds = 90;
constexpr double kFadeSeconds = 0.8;
// What a replay line costs beyond its own time: the driver waits for the
// screen to settle first (a frame or two under llvmpipe).
constexpr double kSettleOverheadSeconds = 0.25;

std::string point(Random& random) {
    return std::to_string(random.between(0, kWidth - 1)) + " " + std::to_string(random.between(0, kHeight - 1));
}

// One visitor: a few seconds to a minute or two of taps anywhere (buttons,
// cards, the keyboard, empty space) and drags (flings, slow scrolls, swipes
// that end off a list), then they walk away.
std::string visitor(Random& random, double& seconds) {
    std::string script;
    const int actions = random.between(3, 25);
    for (int i = 0; i < actions; ++i) {
        if (random.chance(60)) {
            script += "tap " + point(random) + "\n";
        } else {
            const int ms = random.between(60, 700);
            script += "drag " + point(random) + " " + point(random) + " " + std::to_string(ms) + "\n";
            seconds += ms / 1000.0;
        }
        // Shorter than the idle time, so the visitor stays one visitor.
        const int pause = random.between(150, 3000);
        script += "wait " + std::to_string(pause) + "\n";
        seconds += pause / 1000.0 + 2 * kSettleOverheadSeconds;
    }
    return script;
}

void dropPack(const fs::path& pack, const fs::path& dropDir, const fs::path& previous) {
    if (!previous.empty()) fs::remove(dropDir / previous.filename());
    copyIntoDropFolder(pack, dropDir);
}

}  // namespace

std::string soakReplay(uint64_t seed, double realSeconds, double idleRealSeconds, int* visitors) {
    Random random(seed ^ 0x50A4ull);
    std::string script = "assert-screen home\n";
    double seconds = 0;
    int count = 0;
    while (seconds < realSeconds) {
        script += "# visitor " + std::to_string(++count) + "\n" + visitor(random, seconds);
        // They leave: the kiosk fades home and forgets them, then shows its
        // attract screen until the next one comes (a few seconds to a
        // quarter of an hour of kiosk time).
        const int leave = int(std::ceil((idleRealSeconds + kFadeSeconds + 0.5) * 1000));
        const int attract = random.between(500, 45000);
        script += "wait " + std::to_string(leave) + "\nassert-screen home\nassert-fresh-visitor\n";
        script += "wait " + std::to_string(attract) + "\n";
        seconds += (leave + attract) / 1000.0 + 3 * kSettleOverheadSeconds;
    }
    if (visitors) *visitors = count;
    return script;
}

double rssGrowthPercent(const std::vector<std::pair<double, double>>& timeline, double warmUpShare) {
    const size_t n = timeline.size();
    const size_t window = std::max<size_t>(1, n / 10);
    const size_t start = size_t(double(n) * warmUpShare);
    if (n < 2 || start + window > n) return 0;
    auto medianOf = [&](size_t from) {
        std::vector<double> values;
        for (size_t i = from; i < from + window; ++i) values.push_back(timeline[i].second);
        return median(values);
    };
    const double baseline = medianOf(start), end = medianOf(n - window);
    return baseline > 0 ? (end - baseline) / baseline * 100 : 0;
}

void runSoakScenario(KioskRunner& runner, const SoakSettings& settings, const SoakInputs& inputs, Report& report) {
    const std::string failureLabel = "soak: crashes and failed checks";
    const std::string growthLabel = "soak: RSS growth after warm-up";
    auto notMeasured = [&](const std::string& why) {
        report.notMeasured("soak_failures", failureLabel, "", why, budgets::kSoakFailures);
        report.notMeasured("soak_rss_growth_pct", growthLabel, "%", why, budgets::kSoakRssGrowthPercent);
    };
    const double realSeconds = settings.realMinutes * 60;
    const double importEverySeconds = settings.importEverySimulatedMinutes * 60 / settings.clockSpeed;
    // The first pack comes half an hour in, so the warm-up holds an import
    // (the import runs inside the kiosk and its heap stays mapped).
    const double firstDropSeconds = importEverySeconds / 2;
    const int drops = std::max(1, int((realSeconds - firstDropSeconds) / importEverySeconds) + 1);

    // Packs of the same content with rising sequences: sequence 1 is live at
    // the start, the others arrive one by one.
    const fs::path work = runner.workDir() / "soak";
    const fs::path packs = work / "packs", data = work / "data", drop = work / "drop";
    fs::remove_all(data);
    fs::remove_all(drop);
    fs::create_directories(packs);
    fs::create_directories(drop);
    auto packFile = [&](int sequence) { return packs / ("soak-" + std::to_string(sequence) + ".kpack"); };
    for (int sequence = 1; sequence <= drops + 1; ++sequence) {
        if (fs::exists(packFile(sequence)) && fs::last_write_time(packFile(sequence)) > fs::last_write_time(inputs.packTool))
            continue;
        ProcessOptions build;
        build.argv = {inputs.packTool.string(), "build", inputs.source.string(), "--secret", inputs.secretKey.string(),
                      "-o", packFile(sequence).string(), "--sequence", std::to_string(sequence)};
        build.stdoutFile = work / "build.out";
        build.stderrFile = work / "build.err";
        build.sampleMemory = false;
        if (runProcess(build).exitCode != 0) return notMeasured("could not build the soak packs (see " + (work / "build.err").string() + ")");
    }
    ProcessOptions seed;
    seed.argv = {inputs.packTool.string(), "import", packFile(1).string(), "--data", data.string(), "--trust",
                 runner.publicKey().string(), "--now", runner.nowIso()};
    seed.stdoutFile = work / "seed.out";
    seed.stderrFile = work / "seed.err";
    if (runProcess(seed).exitCode != 0) return notMeasured("could not import the first soak pack");

    int visitors = 0;
    const std::string script =
        soakReplay(settings.seed, realSeconds, kIdleSeconds / settings.clockSpeed, &visitors);

    // The coordinator's drops, every simulated hour, while the visitors come and go.
    std::mutex mutex;
    std::condition_variable stop;
    bool done = false;
    int dropped = 0;
    std::thread dropper([&] {
        std::unique_lock lock(mutex);
        for (int i = 0; i < drops; ++i) {
            const double pause = i == 0 ? firstDropSeconds : importEverySeconds;
            if (stop.wait_for(lock, std::chrono::duration<double>(pause), [&] { return done; })) return;
            dropPack(packFile(i + 2), drop, i == 0 ? fs::path() : packFile(i + 1));
            ++dropped;
        }
    });
    RunLimits limits;
    // The replay's own length plus the settling it waits for on a busy machine.
    limits.timeout = std::chrono::milliseconds(int64_t(realSeconds * 2000) + 10 * 60 * 1000);
    limits.rssTimelineEvery = std::chrono::milliseconds(int64_t(60 * 1000 / settings.clockSpeed));
    std::string clockSpeed = std::to_string(settings.clockSpeed);
    KioskRun run = runner.run("soak", script,
                              {"--watch", drop.string(), "--trust", runner.publicKey().string(), "--clock-speed",
                               clockSpeed, "--idle-seconds", std::to_string(kIdleSeconds)},
                              data, limits);
    {
        std::lock_guard lock(mutex);
        done = true;
    }
    stop.notify_all();
    dropper.join();

    const auto& timeline = run.process.rssTimeline;
    const double wallMinutes = run.process.wallMs / 60000.0;
    std::string error;
    auto store = content::ContentStore::open(data, &error);
    const uint64_t liveSequence = store ? store->pack().sequence : 0;

    // A crash (a signal, a timeout) or a failed check of the replay (not home
    // after the idle time, something of a visitor left) counts; so does a
    // dropped pack that never went live.
    int failures = 0;
    std::string note;
    if (run.process.signal || run.process.timedOut) {
        ++failures;
        note += run.process.timedOut ? "timed out; " : "killed by signal " + std::to_string(run.process.signal) + "; ";
    } else if (run.process.exitCode != 0) {
        ++failures;
        note += "exit " + std::to_string(run.process.exitCode) + (run.replayError.empty() ? "" : ": " + run.replayError) + "; ";
    }
    if (int64_t(liveSequence) != dropped + 1) {
        ++failures;
        note += "live sequence " + std::to_string(liveSequence) + " after " + std::to_string(dropped) + " drops; ";
    }
    char summary[240];
    std::snprintf(summary, sizeof summary,
                  "%.1f real minutes at %gx = %.1f kiosk hours, %d random visitors, %d packs dropped, live sequence %llu",
                  wallMinutes, settings.clockSpeed, wallMinutes * settings.clockSpeed / 60, visitors, dropped,
                  static_cast<unsigned long long>(liveSequence));
    report.set("soak_failures", failures, budgets::kSoakFailures, "", failureLabel, true, note + summary);
    if (timeline.size() >= 20) {
        report.set("soak_rss_growth_pct", rssGrowthPercent(timeline, settings.warmUpShare),
                   budgets::kSoakRssGrowthPercent, "%", growthLabel, true,
                   "VmRSS every kiosk minute; median of the last tenth against the median of the tenth after the first " +
                       std::to_string(int(settings.warmUpShare * 100)) + " % (warm-up)");
    } else {
        report.notMeasured("soak_rss_growth_pct", growthLabel, "%", "fewer than 20 memory samples",
                           budgets::kSoakRssGrowthPercent);
    }

    nlohmann::json& details = report.extra["soak"];
    details["real_minutes"] = wallMinutes;
    details["kiosk_hours"] = wallMinutes * settings.clockSpeed / 60;
    details["clock_speed"] = settings.clockSpeed;
    details["visitors"] = visitors;
    details["packs_dropped"] = dropped;
    details["live_sequence"] = liveSequence;
    details["frames"] = run.stats.is_object() ? run.stats.value("frames", 0.0) : 0.0;
    details["rss_peak_mb"] = run.process.peakHwmMb;
    if (!timeline.empty()) {
        details["rss_first_mb"] = timeline.front().second;
        details["rss_last_mb"] = timeline.back().second;
        double highest = 0;
        for (const auto& sample : timeline) highest = std::max(highest, sample.second);
        details["rss_highest_sample_mb"] = highest;
    }
    // The curve, one sample per kiosk minute: [kiosk minute, MB].
    nlohmann::json curve = nlohmann::json::array();
    for (const auto& [seconds, mb] : timeline)
        curve.push_back({std::lround(seconds * settings.clockSpeed / 60), std::round(mb * 10) / 10});
    details["rss_mb_by_kiosk_minute"] = curve;
}

}  // namespace bench
