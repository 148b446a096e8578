#include "bench/measure/scenarios.h"

#include <atomic>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

#include "bench/budgets.h"
#include "bench/measure/static_page.h"
#include "bench/measure/stats.h"
#include "content/db/content_store.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace bench {

namespace {

std::string readText(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string replayFailure(const std::string& stderrText) {
    size_t at = stderrText.find("replay line");
    if (at == std::string::npos) return {};
    size_t end = stderrText.find('\n', at);
    return stderrText.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

double number(const json& stats, const char* key) {
    if (!stats.is_object() || !stats.contains(key) || !stats[key].is_number()) return -1;
    return stats[key].get<double>();
}

// A fling: a fast upward (or downward) drag in the middle of the list area;
// the replay driver waits for the momentum to die down before the next line.
std::string flings(int count, bool down) {
    std::string out;
    for (int i = 0; i < count; ++i)
        out += down ? "drag 960 950 960 250 120\n" : "drag 960 250 960 950 120\n";
    return out;
}

// Scrolling both big lists and opening details with pictures on the way.
std::string eventsScript() {
    return "assert-screen home\n"
           "tap-label Events\n"
           "assert-screen events\n" +
           flings(12, true) +
           "tap 700 560\n"
           "wait 300\n"
           // Home is on the list and on a detail page alike, so the script
           // goes on whether or not the tap opened an event.
           "tap-label Home\n"
           "assert-screen home\n"
           "tap-label Events\n" +
           flings(12, true) + flings(4, false) +
           "tap-label Home\n"
           "assert-screen home\n";
}

std::string organisationsScript() {
    return "assert-screen home\n"
           "tap-label Organisations\n"
           "assert-screen organisations\n" +
           flings(12, true) +
           // Wherever the flings left the list, the row under the point (rows
           // tile the list; tap-target fails, naming what is there, if not).
           "tap-target 700 560\n"
           "assert-screen organisation\n"
           "wait 300\n" +
           flings(3, true) +
           "tap-label Back\n"
           "assert-screen organisations\n" +
           flings(12, true) +
           "tap-target 700 700\n"
           "assert-screen organisation\n"
           "wait 300\n"
           "tap-label Back\n" +
           flings(6, false) +
           "tap-label Home\n"
           "assert-screen home\n";
}

// Opens each list once from home, as a visitor's first touches would.
std::string listsScript() {
    return "assert-screen home\n"
           "tap-label Events\nassert-screen events\nwait 500\ntap-label Home\nassert-screen home\n"
           "tap-label Organisations\nassert-screen organisations\nwait 500\ntap-label Home\nassert-screen home\n"
           "tap-label Guides\nassert-screen guides\nwait 500\ntap-label Home\nassert-screen home\n"
           "tap-label Search\nassert-screen search\nwait 500\ntype Beratung\nwait 500\ntap-label Home\n"
           "assert-screen home\n";
}

// The kiosk's own line about its import process (content/station/import_worker.cpp).
double importChildPeakMb(const std::string& stderrText) {
    const std::string marker = "import process: peak resident memory ";
    double peak = -1;
    for (size_t at = stderrText.find(marker); at != std::string::npos; at = stderrText.find(marker, at + 1))
        peak = std::max(peak, std::atof(stderrText.c_str() + at + marker.size()));
    return peak;
}

// The highest of the runs whose name starts with `prefix`.
double peakOfRuns(const std::map<std::string, double>& runs, const std::string& prefix) {
    double peak = 0;
    for (const auto& [name, value] : runs)
        if (name.rfind(prefix, 0) == 0) peak = std::max(peak, value);
    return peak;
}
}  // namespace

void copyIntoDropFolder(const fs::path& pack, const fs::path& dropDir) {
    // Like a sync tool: write under a temporary name, then rename into place.
    fs::path part = dropDir / (pack.filename().string() + ".part");
    fs::copy_file(pack, part, fs::copy_options::overwrite_existing);
    fs::rename(part, dropDir / pack.filename());
}

KioskRunner::KioskRunner(fs::path kiosk, fs::path data, fs::path publicKey, std::string nowIso, fs::path workDir)
    : kiosk_(std::move(kiosk)), data_(std::move(data)), publicKey_(std::move(publicKey)), nowIso_(std::move(nowIso)),
      workDir_(std::move(workDir)) {
    fs::create_directories(workDir_);
}

KioskRun KioskRunner::run(const std::string& name, const std::string& replay, std::vector<std::string> extraArgs,
                          const fs::path& dataOverride, const RunLimits& limits) {
    const fs::path replayFile = workDir_ / (name + ".replay");
    const fs::path statsFile = workDir_ / (name + ".frames.json");
    std::ofstream(replayFile) << replay;
    fs::remove(statsFile);

    ProcessOptions options;
    options.argv = {kiosk_.string(), "--windowed", "1920x1080", "--data",
                    (dataOverride.empty() ? data_ : dataOverride).string(), "--now", nowIso_, "--lang", "en",
                    "--replay", replayFile.string(), "--frame-stats", statsFile.string()};
    for (auto& arg : extraArgs) options.argv.push_back(std::move(arg));
    options.stdoutFile = workDir_ / (name + ".out");
    options.stderrFile = workDir_ / (name + ".err");
    // Generous: on a busy 2-core machine under Xvfb a long replay can take minutes.
    options.timeout = limits.timeout;
    options.rssTimelineEvery = limits.rssTimelineEvery;

    KioskRun result;
    result.process = runProcess(options);
    if (fs::exists(statsFile)) {
        try {
            result.stats = json::parse(readText(statsFile));
        } catch (const std::exception&) {
            result.stats = nullptr;
        }
    }
    result.replayError = replayFailure(readText(options.stderrFile));
    // A run that did not get to its screens (no display, a crash) says nothing about memory.
    if (result.ok()) {
        peakRssMb_ = std::max(peakRssMb_, result.process.peakHwmMb);
        runPeaks_[name] = result.process.peakHwmMb;
        runPss_[name] = result.process.peakPssMb;
    }
    if (!result.ok())
        std::fprintf(stderr, "  kiosk run '%s': exit %d%s %s\n", name.c_str(), result.process.exitCode,
                     result.process.timedOut ? " (timed out)" : "", result.replayError.c_str());
    return result;
}

void runKioskScenarios(KioskRunner& runner, int runs, const fs::path& largePack, const fs::path& smallPack,
                       Report& report) {
    if (!fs::exists(runner.kiosk())) {
        for (const char* key : {"startup_ms", "frame_cpu_p50_ms", "frame_cpu_p99_ms", "idle_frames", "rss_mb",
                                "import_frame_cpu_p99_ms"})
            report.notMeasured(key, key, "", "build/kiosk was not built");
        return;
    }

    // Start-up. The kiosk measures from the top of main(); what happens
    // before main (exec, the dynamic loader, static initialisers) is the
    // median wall time of `kiosk --help`, added so the figure is truly
    // "process start to first interactive frame".
    std::vector<double> execMs, startupMs, inAppMs;
    for (int i = 0; i < runs; ++i) {
        ProcessOptions help;
        help.argv = {runner.kiosk().string(), "--help"};
        help.stdoutFile = runner.workDir() / "help.out";
        help.stderrFile = runner.workDir() / "help.err";
        help.sampleMemory = false;
        help.sampleEvery = std::chrono::milliseconds(1);
        execMs.push_back(runProcess(help).wallMs);
    }
    const double execOverhead = median(execMs);
    for (int i = 0; i < runs; ++i) {
        KioskRun run = runner.run("startup-" + std::to_string(i), "assert-screen home\n");
        double ms = number(run.stats, "startup_ms");
        if (run.ok() && ms >= 0) inAppMs.push_back(ms);
    }
    if (!inAppMs.empty()) {
        report.set("startup_ms", median(inAppMs) + execOverhead, budgets::kStartupMs, "ms",
                   "start to first interactive frame, large set",
                   true, "median of " + std::to_string(inAppMs.size()) + " runs: the kiosk's own start-to-interactive "
                   "(from --frame-stats) plus the median exec-to-exit time of `kiosk --help` for what precedes main()");
        report.extra["startup_in_app_ms"] = inAppMs;
        report.extra["startup_in_app_median_ms"] = median(inAppMs);
        report.extra["startup_exec_overhead_ms"] = execOverhead;
    } else {
        report.notMeasured("startup_ms", "start to first interactive frame, large set", "ms",
                           "the kiosk did not reach its first frame (see bench-cache/.../kiosk-runs/startup-*.err)",
                           budgets::kStartupMs);
    }

    // Flinging through the 5,000-item events list and the 2,000-item
    // organisations list, opening details with pictures.
    KioskRun scroll = runner.run("scroll", eventsScript() + organisationsScript());
    std::string scrollNote = "one replay at 1920x1080: flings through the events list and the organisations list, "
                             "three detail pages with pictures; frame CPU time from --frame-stats";
    if (!scroll.ok()) {
        // The events screen may not exist yet: measure what can be measured.
        std::string why = scroll.replayError.empty() ? "exit " + std::to_string(scroll.process.exitCode)
                                                     : scroll.replayError;
        scroll = runner.run("scroll-organisations", organisationsScript());
        scrollNote = "organisations list only (the events part failed: " + why + ")";
    }
    if (scroll.ok()) {
        report.set("frame_cpu_p50_ms", number(scroll.stats, "frame_cpu_p50_ms"), budgets::kFrameCpuP99Ms, "ms",
                   "frame CPU while flinging, median", false);
        report.set("frame_cpu_p99_ms", number(scroll.stats, "frame_cpu_p99_ms"), budgets::kFrameCpuP99Ms, "ms",
                   "frame CPU while flinging, p99", true, scrollNote);
        report.extra["scroll_frames"] = number(scroll.stats, "frames");
        report.extra["scroll_frame_cpu_max_ms"] = number(scroll.stats, "frame_cpu_max_ms");
        // Frame CPU is the drawing thread's own CPU time; wall time also holds
        // the waits for the software renderer's threads.
        report.extra["scroll_frame_wall_p50_ms"] = number(scroll.stats, "frame_wall_p50_ms");
        report.extra["scroll_frame_wall_p99_ms"] = number(scroll.stats, "frame_wall_p99_ms");
    } else {
        std::string why = scroll.replayError.empty() ? "exit " + std::to_string(scroll.process.exitCode)
                                                     : scroll.replayError;
        report.notMeasured("frame_cpu_p50_ms", "frame CPU while flinging, median", "ms", why);
        report.notMeasured("frame_cpu_p99_ms", "frame CPU while flinging, p99", "ms", why, budgets::kFrameCpuP99Ms);
    }

    // Read-aloud: an organisation page read for 15 s. The frames are the
    // highlight moving from sentence to sentence, drawn while the worker
    // synthesises and plays the next one (silent sink under Xvfb: same pace).
    KioskRun speaking = runner.run("speaking", "assert-screen home\ntap-label Organisations\nassert-screen organisations\n"
                                               "tap-target 700 560\nassert-screen organisation\nread-aloud\nassert-highlight 0\n"
                                               "wait 15000\nassert-speaking\n");
    if (speaking.ok() && speaking.stats.contains("idle_waits") && speaking.stats["idle_waits"].size() == 1) {
        const json& wait = speaking.stats["idle_waits"][0];
        report.set("speaking_frame_cpu_p99_ms", wait.value("frame_cpu_p99_ms", -1.0), budgets::kSpeakingFrameCpuP99Ms,
                   "ms", "frame CPU while read-aloud speaks, p99", true,
                   "the frames of a 15 s `wait` while an organisation page is read aloud (one per new sentence)");
        report.extra["speaking_frames_in_15s"] = wait.value("frames", 0.0);
        report.extra["speaking_samples"] = number(speaking.stats, "speech_samples");
    } else {
        report.notMeasured("speaking_frame_cpu_p99_ms", "frame CPU while read-aloud speaks, p99", "ms",
                           speaking.replayError, budgets::kSpeakingFrameCpuP99Ms);
    }

    // Idling: the same walk twice, once with 10 s pauses on home and on a
    // list. The kiosk counts the frames drawn during each `wait` (idle_waits
    // in --frame-stats): their sum over the 10 s pauses is the figure. The
    // difference of the two runs' total frame counts is kept in details; it
    // also counts frames that settle a screen just after a 0.5 s pause (a
    // picture arriving, an animation ending) and so moves with machine load.
    const std::string idleShort = "assert-screen home\nwait 500\ntap-label Organisations\nassert-screen organisations\nwait 500\n";
    const std::string idleLong = "assert-screen home\nwait 10000\ntap-label Organisations\nassert-screen organisations\nwait 10000\n";
    KioskRun brief = runner.run("idle-short", idleShort), idle = runner.run("idle-long", idleLong);
    const bool waitsReported = idle.ok() && idle.stats.contains("idle_waits") && idle.stats["idle_waits"].is_array();
    if (brief.ok() && waitsReported) {
        double frames = 0;
        for (const auto& wait : idle.stats["idle_waits"]) frames += wait.value("frames", 0.0);
        report.set("idle_frames", frames, budgets::kIdleFrames, "frames", "frames drawn in 10 s idle on home + 10 s on a list",
                   true, "frames the kiosk drew during the two 10 s pauses of the replay (--frame-stats idle_waits)");
        report.extra["idle_frames_run_difference"] =
            std::max(0.0, number(idle.stats, "frames") - number(brief.stats, "frames"));
    } else {
        report.notMeasured("idle_frames", "frames drawn in 10 s idle on home + 10 s on a list", "frames",
                           idle.replayError.empty() ? brief.replayError : idle.replayError, budgets::kIdleFrames);
    }

    // The attract state: a visitor leaves, the kiosk fades home after 2 s and
    // cycles its welcome through the languages (4 s each, as installed);
    // the frames drawn during 20 s of it, per second, are the figure.
    {
        const fs::path config = runner.workDir() / "attract.toml";
        std::ofstream(config) << "[attract]\nnight = \"\"\nseconds_per_language = 4\n";
        const std::string attractScript =
            "tap-label Organisations\nassert-screen organisations\nwait 4000\nassert-screen home\nassert-attract on\nwait 20000\n";
        KioskRun attract = runner.run("attract", attractScript, {"--idle-seconds", "2", "--config", config.string()});
        const bool reported = attract.ok() && attract.stats.contains("idle_waits") &&
                              attract.stats["idle_waits"].is_array() && attract.stats["idle_waits"].size() == 2;
        if (reported) {
            double frames = attract.stats["idle_waits"][1].value("frames", 0.0);
            report.set("attract_fps", frames / 20.0, budgets::kAttractFramesPerSecond, "frames/s",
                       "frames per second in the attract state", true,
                       "frames the kiosk drew during 20 s of the attract state (--frame-stats idle_waits)");
        } else {
            report.notMeasured("attract_fps", "frames per second in the attract state", "frames/s",
                               attract.replayError.empty() ? "exit " + std::to_string(attract.process.exitCode)
                                                           : attract.replayError,
                               budgets::kAttractFramesPerSecond);
        }
    }

    // A live import: the kiosk shows the small pack, the large pack arrives
    // in its drop folder while a visitor flings through the organisations.
    const fs::path liveData = runner.workDir() / "live-import-data";
    const fs::path drop = runner.workDir() / "live-import-drop";
    fs::remove_all(liveData);
    fs::remove_all(drop);
    fs::create_directories(drop);
    ProcessOptions seedImport;
    seedImport.argv = {(runner.kiosk().parent_path() / "kiosk-pack").string(), "import", smallPack.string(), "--data",
                       liveData.string(), "--trust", runner.publicKey().string(), "--now", runner.nowIso()};
    seedImport.stdoutFile = runner.workDir() / "live-import-seed.out";
    seedImport.stderrFile = runner.workDir() / "live-import-seed.err";
    if (runProcess(seedImport).exitCode == 0) {
        std::atomic<bool> done{false};
        std::thread dropper([&] {
            // Let the kiosk start and the visitor begin scrolling first.
            for (int i = 0; i < 30 && !done; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
            if (!done) copyIntoDropFolder(largePack, drop);
        });
        std::string script = "assert-screen home\ntap-label Organisations\nassert-screen organisations\n";
        for (int i = 0; i < 40; ++i) script += flings(1, i % 8 < 6) + "wait 200\n";
        // The replay cannot wait for "import finished", and an import still
        // running when the kiosk exits is cancelled: stay on home long enough
        // for the slowest import seen here (idle frames cost nothing). The
        // visitor's session outlasts that wait (--idle-seconds): with the
        // default 90 s, the last minute was the attract state, whose frames
        // (1.5 a second, each after an idle pause) are attract_fps's subject,
        // were 106 of this run's 1,451 frames and set its p99.
        script += "tap-label Home\nwait 150000\n";
        KioskRun live = runner.run("live-import", script,
                                   {"--watch", drop.string(), "--trust", runner.publicKey().string(), "--idle-seconds", "600"},
                                   liveData);
        done = true;
        dropper.join();
        std::string error;
        auto store = content::ContentStore::open(liveData, &error);
        const bool switched = store && store->organisationCount() > 100;
        if (live.ok() && switched) {
            report.set("import_frame_cpu_p99_ms", number(live.stats, "frame_cpu_p99_ms"), budgets::kImportFrameCpuP99Ms,
                       "ms", "frame CPU while importing in a live kiosk, p99", true,
                       "flinging through the organisations list while the large pack is imported from a watched drop folder");
        } else {
            report.notMeasured("import_frame_cpu_p99_ms", "frame CPU while importing in a live kiosk, p99", "ms",
                               live.ok() ? "the live kiosk did not import the dropped pack (no watcher wired into build/kiosk yet?)"
                                         : "the live-import replay failed: " + live.replayError,
                               budgets::kImportFrameCpuP99Ms);
        }
    } else {
        report.notMeasured("import_frame_cpu_p99_ms", "frame CPU while importing in a live kiosk, p99", "ms",
                           "could not import the small pack first", budgets::kImportFrameCpuP99Ms);
    }

    // The first opening of each list, from a fresh start: its first frame and
    // the slowest of the frames right after (a list built a page at a time).
    // One wall-clock maximum is at the mercy of one preemption of the whole
    // machine (a run here once showed 168 ms wall for a frame of 4.5 ms CPU),
    // so each list's figure is the median over `runs` fresh starts of that
    // maximum: a frame that is slow every time still shows.
    std::map<std::string, std::vector<double>> wall, firstWall, firstCpu, cpu;
    std::string failed;
    for (int i = 0; i < runs; ++i) {
        KioskRun lists = runner.run("lists-open-" + std::to_string(i), listsScript());
        if (!lists.ok() || !lists.stats.contains("screen_openings")) {
            failed = lists.replayError.empty() ? "the lists replay failed" : lists.replayError;
            break;
        }
        for (const char* screen : {"events", "organisations", "guides", "search"}) {
            for (const auto& opening : lists.stats["screen_openings"]) {
                if (opening.value("screen", "") != screen) continue;
                wall[screen].push_back(opening.value("max_wall_ms", 0.0));
                firstWall[screen].push_back(opening.value("first_wall_ms", 0.0));
                // The drawing thread's own CPU time: what the kiosk costs, without llvmpipe and the machine's load.
                firstCpu[screen].push_back(opening.value("first_cpu_ms", 0.0));
                cpu[screen].push_back(opening.value("max_cpu_ms", 0.0));
                break;
            }
        }
    }
    if (failed.empty() && wall.size() == 4) {
        double worst = 0;
        for (const auto& [screen, values] : wall) {
            report.extra["list_first_open_ms"][screen] = median(values);
            report.extra["list_first_open_runs_ms"][screen] = values;
            report.extra["list_first_open_first_frame_ms"][screen] = median(firstWall[screen]);
            report.extra["list_first_open_first_frame_cpu_ms"][screen] = median(firstCpu[screen]);
            report.extra["list_first_open_cpu_ms"][screen] = median(cpu[screen]);
            worst = std::max(worst, median(values));
        }
        report.set("list_first_open_ms", worst, budgets::kListFirstOpenMs, "ms", "first open of a list, slowest frame",
                   true, "events, organisations, guides and search opened once each from home on the large set, in " +
                   std::to_string(runs) + " fresh starts: per list the slowest wall-clock frame among the opening's "
                   "first 30, median over the starts; the worst list (details.list_first_open_ms per list)");
    } else {
        report.notMeasured("list_first_open_ms", "first open of a list, slowest frame", "ms",
                           failed.empty() ? "a list did not open" : failed, budgets::kListFirstOpenMs);
    }

    // Memory by moment: at home (the start-up runs), flinging, during a live
    // import; RSS is the kernel's peak (VmHWM), PSS splits shared pages fairly.
    report.extra["rss_mb_per_run"] = runner.runPeaks();
    report.extra["pss_mb_per_run"] = runner.runPss();
    const std::pair<const char*, const char*> moments[] = {{"home", "startup-"}, {"flinging", "scroll"},
                                                            {"live_import", "live-import"}};
    for (const auto& [moment, prefix] : moments) {
        const double rss = peakOfRuns(runner.runPeaks(), prefix), pss = peakOfRuns(runner.runPss(), prefix);
        if (rss <= 0) continue;
        report.info(std::string("rss_") + moment + "_mb", rss, "MB", std::string("kiosk RSS, ") + moment);
        report.info(std::string("pss_") + moment + "_mb", pss, "MB", std::string("kiosk PSS, ") + moment);
    }
    const double childPeak = importChildPeakMb(readText(runner.workDir() / "live-import.err"));
    if (childPeak > 0)
        report.set("import_child_rss_mb", childPeak, budgets::kImportChildRssMb, "MB",
                   "import process, peak RSS (large pack)", true,
                   "the kiosk's import child during the live import: ru_maxrss of the ended child, as the kiosk logs it");
    else
        report.notMeasured("import_child_rss_mb", "import process, peak RSS (large pack)", "MB",
                           "the live import did not log its import process", budgets::kImportChildRssMb);
    if (runner.peakRssMb() > 0)
        report.set("rss_mb", runner.peakRssMb(), budgets::kRssMb, "MB", "peak resident memory of the kiosk", true,
                   "highest VmHWM of the kiosk process (not its import child) over every run above: start-up, "
                   "flinging, idling, lists, live import");
    else
        report.notMeasured("rss_mb", "peak resident memory of the kiosk", "MB", "no kiosk run", budgets::kRssMb);
    double peakPss = 0;
    for (const auto& [name, pss] : runner.runPss()) peakPss = std::max(peakPss, pss);
    if (peakPss > 0) report.info("pss_mb", peakPss, "MB", "peak PSS of the kiosk");
}

namespace {

struct FloorRun {
    double startupMs = -1, rssMb = 0, pssMb = 0;
};

FloorRun runFloorOnce(const fs::path& floorProgram, const fs::path& dataDir, const fs::path& workDir, int index) {
    const fs::path stats = workDir / ("floor-" + std::to_string(index) + ".json");
    fs::remove(stats);
    ProcessOptions options;
    options.argv = {floorProgram.string(), "--data", dataDir.string(), "--windowed", "1920x1080", "--idle-ms",
                    "2000", "--frame-stats", stats.string()};
    options.stdoutFile = workDir / ("floor-" + std::to_string(index) + ".out");
    options.stderrFile = workDir / ("floor-" + std::to_string(index) + ".err");
    options.timeout = std::chrono::minutes(2);
    ProcessResult result = runProcess(options);
    FloorRun run;
    run.rssMb = result.peakHwmMb;
    run.pssMb = result.peakPssMb;
    try {
        double ms = json::parse(readText(stats)).value("startup_ms", -1.0);
        if (result.exitCode == 0 && ms >= 0) run.startupMs = ms;
    } catch (const std::exception&) {
    }
    return run;
}

}  // namespace

void runFloorScenario(const fs::path& floorProgram, const fs::path& dataDir, const fs::path& workDir, int runs,
                      KioskRunner* kiosk, Report& report) {
    if (!fs::exists(floorProgram)) {
        report.notMeasured("floor_startup_ms", "floor: empty GLFW + ImGui window, start", "ms", "kiosk-floor was not built");
        return;
    }
    fs::create_directories(workDir);
    // The kiosk and the floor start one right after the other, pair by pair,
    // so both meet the same machine (its file cache, whatever else it does);
    // a first pair warms the caches and is not counted. One start varies by
    // tens of milliseconds here, more than the budget: the figure is the
    // median of the pairs' differences, over more pairs than other runs (15: each pair is a second).
    const int pairs = std::max(runs, 15);
    std::vector<double> startupMs, differences;
    double rss = 0, pss = 0;
    for (int i = 0; i <= pairs; ++i) {
        double kioskMs = -1;
        if (kiosk) {
            KioskRun run = kiosk->run("startup-pair-" + std::to_string(i), "assert-screen home\n");
            if (run.ok()) kioskMs = number(run.stats, "startup_ms");
        }
        const FloorRun floor = runFloorOnce(floorProgram, dataDir, workDir, i);
        rss = std::max(rss, floor.rssMb);
        pss = std::max(pss, floor.pssMb);
        if (i == 0 || floor.startupMs < 0) continue;
        startupMs.push_back(floor.startupMs);
        if (kioskMs >= 0) differences.push_back(kioskMs - floor.startupMs);
    }
    if (startupMs.empty()) {
        report.notMeasured("floor_startup_ms", "floor: empty GLFW + ImGui window, start", "ms",
                           "kiosk-floor did not draw a frame (see bench-cache/.../floor/floor-*.err)");
        return;
    }
    report.info("floor_startup_ms", median(startupMs), "ms", "floor: empty GLFW + ImGui window + fonts, start",
                "kiosk-floor (bench/floor_window.cpp), top of main() to its first frame, median of " +
                    std::to_string(startupMs.size()) + " runs");
    report.info("floor_rss_mb", rss, "MB", "floor: RSS", "highest VmHWM of kiosk-floor over its runs");
    report.info("floor_pss_mb", pss, "MB", "floor: PSS");
    report.extra["floor_startup_ms_runs"] = startupMs;
    report.extra["startup_above_floor_pairs_ms"] = differences;
    if (!differences.empty())
        report.set("startup_above_floor_ms", median(differences), budgets::kStartupAboveFloorMs, "ms",
                   "start-up above the floor", true,
                   "median over " + std::to_string(differences.size()) +
                       " pairs of the kiosk's in-app start-to-interactive minus kiosk-floor's, started one after the "
                       "other (a first pair warms the caches)");
    else
        report.notMeasured("startup_above_floor_ms", "start-up above the floor", "ms", "kiosk or floor not measured",
                           budgets::kStartupAboveFloorMs);
}

void finishFloorComparison(Report& report) {
    auto home = report.value("rss_home_mb"), floorRss = report.value("floor_rss_mb");
    if (home && floorRss)
        report.set("rss_above_floor_mb", *home - *floorRss, budgets::kRssAboveFloorMb, "MB", "kiosk RSS at home above the floor",
                   true, "peak RSS of the start-up runs minus the peak RSS of kiosk-floor, same run");
    else
        report.notMeasured("rss_above_floor_mb", "kiosk RSS at home above the floor", "MB", "kiosk or floor not measured",
                           budgets::kRssAboveFloorMb);
}

void runChromiumScenario(const fs::path& dataDir, int64_t nowUtc, const fs::path& workDir, int runs, Report& report) {
    const fs::path chromium = "/usr/bin/chromium";
    if (!fs::exists(chromium)) {
        report.notMeasured("chromium_startup_ms", "Chromium: start to first contentful paint", "ms",
                           "Debian's chromium is not installed (platform/dev.sh bench installs it)");
        report.notMeasured("chromium_rss_mb", "Chromium: peak resident memory, all processes", "MB", "chromium not installed");
        return;
    }
    fs::create_directories(workDir);
    const fs::path page = workDir / "page.html";
    StaticPageStats pageStats;
    std::string error;
    if (!writeStaticPage(dataDir, nowUtc, page, &pageStats, &error)) {
        report.notMeasured("chromium_startup_ms", "Chromium: start to first contentful paint", "ms", "no page: " + error);
        report.notMeasured("chromium_rss_mb", "Chromium: peak resident memory, all processes", "MB", "no page: " + error);
        return;
    }
    report.extra["chromium_page_mb"] = pageStats.bytes / 1e6;
    report.extra["chromium_page_items"] = pageStats.organisations + pageStats.events + pageStats.guides;

    std::vector<double> fcpMs, loadMs, rssMb, pssMb;
    for (int i = 0; i < runs; ++i) {
        const fs::path profile = workDir / ("profile-" + std::to_string(i));
        fs::remove_all(profile);
        const fs::path log = workDir / ("chromium-" + std::to_string(i) + ".err");
        ProcessOptions options;
        options.argv = {chromium.string(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--user-data-dir=" + profile.string(), "--window-size=1920,1080",
                        "--enable-logging=stderr", "--v=0", "file://" + page.string()};
        options.stdoutFile = workDir / ("chromium-" + std::to_string(i) + ".out");
        options.stderrFile = log;
        options.timeout = std::chrono::seconds(60);
        options.sampleEvery = std::chrono::milliseconds(50);
        options.stopWhen = [&] {
            std::string text = readText(log);
            return text.find(std::string(kPageTimingMarker) + "first-contentful-paint") != std::string::npos &&
                   text.find(std::string(kPageTimingMarker) + "load") != std::string::npos;
        };
        // Keep sampling a little after load: lazy images in view decode then.
        options.lingerAfterStop = std::chrono::milliseconds(1500);
        ProcessResult result = runProcess(options);
        const std::string text = readText(log);
        auto timestamp = [&](const std::string& entry) -> double {
            size_t at = text.find(std::string(kPageTimingMarker) + entry + " ");
            if (at == std::string::npos) return -1;
            return std::atof(text.c_str() + at + std::strlen(kPageTimingMarker) + entry.size() + 1);
        };
        double fcp = timestamp("first-contentful-paint"), load = timestamp("load");
        if (!result.stoppedByCondition || fcp < 0) {
            std::fprintf(stderr, "  chromium run %d: no first-contentful-paint seen (see %s)\n", i, log.c_str());
            continue;
        }
        fcpMs.push_back(fcp - result.startEpochMs);
        if (load >= 0) loadMs.push_back(load - result.startEpochMs);
        rssMb.push_back(result.peakGroupRssMb);
        pssMb.push_back(result.peakGroupPssMb);
        fs::remove_all(profile);
    }
    if (fcpMs.empty()) {
        report.notMeasured("chromium_startup_ms", "Chromium: start to first contentful paint", "ms", "no run reached a paint");
        report.notMeasured("chromium_rss_mb", "Chromium: peak resident memory, all processes", "MB", "no run reached a paint");
        return;
    }
    report.info("chromium_startup_ms", median(fcpMs), "ms", "Chromium: start to first contentful paint",
                "median of " + std::to_string(fcpMs.size()) + " headless runs with a fresh profile each: process spawn "
                "to the page's first-contentful-paint entry (performance.timeOrigin + startTime, logged to the console)");
    report.info("chromium_rss_mb", percentile(rssMb, 100), "MB", "Chromium: peak resident memory, all processes",
                "highest sum of VmRSS over Chromium's process tree, sampled every 50 ms until 1.5 s after load");
    report.extra["chromium_fcp_ms_runs"] = fcpMs;
    report.extra["chromium_load_ms"] = median(loadMs);
    report.info("chromium_pss_mb", percentile(pssMb, 100), "MB", "Chromium: peak PSS, all processes",
                "the same samples with PSS (shared pages split fairly between Chromium's processes)");
}

}  // namespace bench
