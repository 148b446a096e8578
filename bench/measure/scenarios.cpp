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
           "tap 700 560\n"
           "assert-screen organisation\n"
           "wait 300\n" +
           flings(3, true) +
           "tap-label Back\n"
           "assert-screen organisations\n" +
           flings(12, true) +
           "tap 700 700\n"
           "assert-screen organisation\n"
           "wait 300\n"
           "tap-label Back\n" +
           flings(6, false) +
           "tap-label Home\n"
           "assert-screen home\n";
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
    peakRssMb_ = std::max(peakRssMb_, result.process.peakHwmMb);
    runPeaks_[name] = result.process.peakHwmMb;
    if (fs::exists(statsFile)) {
        try {
            result.stats = json::parse(readText(statsFile));
        } catch (const std::exception&) {
            result.stats = nullptr;
        }
    }
    result.replayError = replayFailure(readText(options.stderrFile));
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
        // for the slowest import seen here (idle frames cost nothing).
        script += "tap-label Home\nwait 90000\n";
        KioskRun live = runner.run("live-import", script, {"--watch", drop.string(), "--trust", runner.publicKey().string()},
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

    report.extra["rss_mb_per_run"] = runner.runPeaks();
    if (runner.peakRssMb() > 0)
        report.set("rss_mb", runner.peakRssMb(), budgets::kRssMb, "MB", "peak resident memory of the kiosk", true,
                   "highest VmHWM of the kiosk process over every run above (start-up, flinging, idling, live import)");
    else
        report.notMeasured("rss_mb", "peak resident memory of the kiosk", "MB", "no kiosk run", budgets::kRssMb);
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
    report.extra["chromium_pss_mb"] = percentile(pssMb, 100);
}

}  // namespace bench
