// kiosk-bench: every number of the brief's "Numbers that define good",
// measured on the large generated content set, side by side with Debian's
// Chromium showing the same content as one static page.
//
//   kiosk-bench --source ROOT --build BUILD [--seed N] [--runs N] [--no-chromium]
//
// Run through `platform/dev.sh bench` (release build, Xvfb). Prints a table
// and writes BUILD/bench.json and BUILD/bench.md. See bench/README.md for
// how each figure is taken.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/budgets.h"
#include "bench/generator/calendar_writer.h"
#include "bench/measure/machine_probe.h"
#include "bench/measure/process.h"
#include "bench/measure/report.h"
#include "bench/measure/search_bench.h"
#include "bench/measure/static_page.h"
#include "bench/measure/stats.h"
#include "bench/measure/scenarios.h"
#include "bench/measure/soak.h"
#include "content/db/content_store.h"
#include "content/db/sqlite_handle.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Settings {
    fs::path source, build;
    uint64_t seed = 1;
    int runs = 5;
    bool chromium = true;
    std::string only;  // import, rebuild, search, kiosk, startup, chromium or soak: measure one part (to re-check a fix quickly)
    fs::path kiosk;    // another build's kiosk (with its kiosk-pack beside it), to compare before and after
    // The soak run is long (a whole day at 20x is 72 minutes): it runs with
    // --only soak, or in a full run when --soak-minutes is given.
    double soakMinutes = 0;
    bool wants(const char* part) const { return only.empty() || only == part; }
    bool wantsSoak() const { return only == "soak" || (only.empty() && soakMinutes > 0); }
};

// The clock every run uses: inside the generated content's event window, so
// the figures do not drift with the date the benchmark runs on.
constexpr const char* kNowIso = "2026-11-18T10:00:00+01:00";
int64_t nowUtc() { return bench::daysFromCivil({2026, 11, 18}) * 86400 + 9 * 3600; }

int usage() {
    std::fprintf(stderr, "usage: kiosk-bench --source ROOT --build BUILD [--seed N] [--runs N] [--no-chromium]\n"
                         "                   [--only import|rebuild|search|kiosk|startup|chromium|soak] [--kiosk OTHER_BUILD/kiosk]\n"
                         "                   [--soak-minutes M]\n");
    return 2;
}

void say(const std::string& text) {
    std::printf("%s\n", text.c_str());
    std::fflush(stdout);
}

bool parse(int argc, char** argv, Settings& settings) {
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (arg == "--source") settings.source = value();
        else if (arg == "--build") settings.build = value();
        else if (arg == "--seed") settings.seed = std::strtoull(value().c_str(), nullptr, 10);
        else if (arg == "--runs") settings.runs = std::max(1, std::atoi(value().c_str()));
        else if (arg == "--no-chromium") settings.chromium = false;
        else if (arg == "--only") settings.only = value();
        else if (arg == "--kiosk") settings.kiosk = value();
        else if (arg == "--soak-minutes") settings.soakMinutes = std::atof(value().c_str());
        else return false;
    }
    return !settings.source.empty() && !settings.build.empty();
}

// Runs a preparation step; a failure ends the benchmark with its log.
bool step(const std::string& what, const std::vector<std::string>& argv, const fs::path& log,
          bench::ProcessResult* out = nullptr, std::chrono::milliseconds timeout = std::chrono::minutes(15)) {
    bench::ProcessOptions options;
    options.argv = argv;
    options.stdoutFile = log;
    options.stderrFile = fs::path(log.string() + ".err");
    options.timeout = timeout;
    bench::ProcessResult result = bench::runProcess(options);
    if (out) *out = result;
    if (result.exitCode != 0) {
        std::fprintf(stderr, "kiosk-bench: %s failed (exit %d%s): %s\nsee %s and %s.err\n", what.c_str(),
                     result.exitCode, result.timedOut ? ", timed out" : "", bench::describeCommand(argv).c_str(),
                     log.c_str(), log.c_str());
        return false;
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    Settings settings;
    if (!parse(argc, argv, settings)) return usage();
    settings.build = fs::absolute(settings.build);
    settings.source = fs::absolute(settings.source);

    const fs::path cache = settings.build / "bench-cache" / ("seed-" + std::to_string(settings.seed));
    const fs::path logs = cache / "logs";
    fs::create_directories(logs);
    const fs::path generator = settings.build / "kiosk-generate";
    const fs::path packTool = settings.build / "kiosk-pack";
    const fs::path kiosk = settings.kiosk.empty() ? settings.build / "kiosk" : fs::absolute(settings.kiosk);

    bench::Report report;
    report.seed = settings.seed;
    report.now = kNowIso;

    // 1. The large source folder, cached by seed (the generator is deterministic).
    const fs::path source = cache / "source";
    const fs::path smallSource = cache / "source-small";
    // Anything cached is redone when the tool that made it is newer (a
    // changed generator, pack format or database schema).
    auto stale = [](const fs::path& product, const fs::path& tool) {
        std::error_code ec;
        return !fs::exists(product) || fs::last_write_time(product, ec) < fs::last_write_time(tool, ec);
    };
    // The soak run alone needs only the small set and the key.
    const bool large = settings.only != "soak";
    if (large && stale(source / ".kiosk-generate", generator)) {
        say("Generating the large content set (seed " + std::to_string(settings.seed) + ") ...");
        if (!step("generating content", {generator, "--seed", std::to_string(settings.seed), "--out", source},
                  logs / "generate.log"))
            return 1;
    }
    if (stale(smallSource / ".kiosk-generate", generator) &&
        !step("generating the small content", {generator, "--seed", std::to_string(settings.seed), "--scale", "small", "--out", smallSource},
              logs / "generate-small.log"))
        return 1;

    // 2. Keys and signed packs. The small pack (sequence 1) is what a kiosk
    // shows before the large one (sequence 2) arrives during a live import.
    const fs::path secret = cache / "bench.key", publicKey = cache / "bench.pub";
    if (!fs::exists(secret) &&
        !step("making a signing key", {packTool, "keygen", "--secret", secret, "--public", publicKey}, logs / "keygen.log"))
        return 1;
    const fs::path pack = cache / "large.kpack", smallPack = cache / "small.kpack";
    if (large && (stale(pack, source / ".kiosk-generate") || stale(pack, packTool))) {
        say("Building and signing the large pack ...");
        bench::ProcessResult built;
        if (!step("building the pack", {packTool, "build", source, "--secret", secret, "-o", pack, "--sequence", "2"},
                  logs / "build.log", &built))
            return 1;
        report.extra["pack_build_s"] = built.wallMs / 1000.0;
    }
    if ((stale(smallPack, smallSource / ".kiosk-generate") || stale(smallPack, packTool)) &&
        !step("building the small pack", {packTool, "build", smallSource, "--secret", secret, "-o", smallPack, "--sequence", "1"},
              logs / "build-small.log"))
        return 1;
    if (large) report.extra["pack_mb"] = fs::file_size(pack) / 1e6;

    // 3. Import of the large pack into a fresh data directory (the other
    // parts measure on that data, so it is imported when missing in any case).
    const fs::path data = cache / "data";
    if (large && (settings.wants("import") || stale(data / "live", pack) || stale(data / "live", packTool))) {
        say("Importing the large pack ...");
        fs::remove_all(data);
        bench::ProcessResult imported;
        if (!step("importing the pack",
                  {packTool, "import", pack, "--data", data, "--trust", publicKey, "--now", kNowIso},
                  logs / "import.log", &imported))
            return 1;
        report.set("import_s", imported.wallMs / 1000.0, bench::budgets::kImportSeconds, "s", "import of the large pack");
        report.extra["import_peak_rss_mb"] = imported.peakHwmMb;
    }
    if (large) {
        std::string error;
        auto store = content::ContentStore::open(data, &error);
        if (!store) {
            std::fprintf(stderr, "kiosk-bench: the imported content does not open: %s\n", error.c_str());
            return 1;
        }
        report.extra["organisations"] = store->organisationCount();
        report.extra["event_series"] = store->eventSeriesCount();
        report.extra["guides"] = store->guideCount();
        report.extra["events_next_120_days"] = store->events("de", nowUtc(), nowUtc() + 120 * 86400).size();
    }

    // 3b. The rebuild after a software update (content/pack/rebuild.h): a copy
    // of the imported data with its database marked as schema 1, rebuilt from
    // the version's kept content; and what that kept copy costs on disk.
    if (large && settings.wants("rebuild")) {
        say("Rebuilding the large content's database as after a software update ...");
        const fs::path rebuildData = cache / "rebuild-data";
        fs::remove_all(rebuildData);
        fs::copy(data, rebuildData, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
        const fs::path liveFolder = fs::canonical(rebuildData / "live");
        content::db::Connection db;
        std::string error;
        if (!db.open(liveFolder / "content.db", SQLITE_OPEN_READWRITE, &error) ||
            !db.exec("UPDATE meta SET value = '1' WHERE key = 'schema_version'", &error)) {
            std::fprintf(stderr, "kiosk-bench: cannot mark the copy as schema 1: %s\n", error.c_str());
            return 1;
        }
        db.close();
        bench::ProcessResult rebuilt;
        if (!step("rebuilding the database", {packTool, "rebuild", "--data", rebuildData, "--now", kNowIso},
                  logs / "rebuild.log", &rebuilt))
            return 1;
        report.extra["rebuild_s"] = rebuilt.wallMs / 1000.0;
        report.extra["rebuild_peak_rss_mb"] = rebuilt.peakHwmMb;
        report.extra["content_copy_mb"] = fs::file_size(liveFolder / "content-copy.zip") / 1e6;
        report.extra["content_db_mb"] = fs::file_size(liveFolder / "content.db") / 1e6;
        fs::remove_all(rebuildData);
    }

    // 4. Search, per keystroke, through ContentStore.
    bench::SearchFigures search;
    if (settings.wants("search")) {
        say("Measuring search ...");
        search = bench::measureSearch(data, bench::planQueries(settings.seed, 200));
        if (!search.error.empty()) {
            std::fprintf(stderr, "kiosk-bench: search: %s\n", search.error.c_str());
            return 1;
        }
        report.set("search_p50_ms", search.p50Ms, bench::budgets::kSearchP99Ms, "ms", "search per keystroke, median", false);
        report.set("search_p99_ms", search.p99Ms, bench::budgets::kSearchP99Ms, "ms", "search per keystroke, p99");
        report.extra["search_keystrokes"] = search.keystrokes;
        report.extra["search_max_ms"] = search.maxMs;
        report.extra["search_cpu_p50_ms"] = search.cpuP50Ms;
        report.extra["search_cpu_p99_ms"] = search.cpuP99Ms;
        report.extra["search_queries_without_hits"] = search.emptyFinalResults;
        for (const auto& [keystroke, ms] : search.slowest) report.extra["search_slowest_keystrokes"][keystroke] = ms;
    }

    // 5. The kiosk itself: start-up, scrolling, idling, memory, live import.
    // 6. The floor of this stack, in the same run, started in turn with the kiosk.
    if (settings.wants("kiosk")) {
        say("Measuring what this machine charges for waking up ...");
        const bench::AfterIdleProbe wake = bench::probeAfterIdle();
        report.info("machine_warm_ms", wake.warmMs, "ms", "machine: a fixed piece of work, warm",
                    "four passes over 2 MB, thread CPU, median of 5 back to back");
        report.info("machine_after_idle_ms", wake.afterIdleMs, "ms", "machine: the same work after 3 s asleep",
                    "median of 3, each after a 3 s sleep: what the first frame after an idle pause pays on top "
                    "(read-aloud's frames, one per sentence, come after such pauses)");
        bench::KioskRunner runner(kiosk, data, publicKey, kNowIso, cache / "kiosk-runs");
        say("Measuring the kiosk (start-up " + std::to_string(settings.runs) + " runs, flinging, idling, live import) ...");
        bench::runKioskScenarios(runner, settings.runs, pack, smallPack, report);
        say("Measuring the floor (an empty GLFW + ImGui window with the same fonts), in turn with the kiosk ...");
        bench::runFloorScenario(settings.build / "kiosk-floor", data, cache / "floor", settings.runs, &runner, report);
        bench::finishFloorComparison(report);
    } else if (settings.only == "startup") {
        // Only the kiosk/floor start-up pairs (about half a minute), to check a start-up change.
        bench::KioskRunner runner(kiosk, data, publicKey, kNowIso, cache / "kiosk-runs");
        say("Measuring start-up only: kiosk and floor in turn ...");
        bench::runFloorScenario(settings.build / "kiosk-floor", data, cache / "floor", settings.runs, &runner, report);
    }

    // 7. The soak run: a kiosk day at 20x speed.
    if (settings.wantsSoak()) {
        bench::SoakSettings soak;
        if (settings.soakMinutes > 0) soak.realMinutes = settings.soakMinutes;
        soak.seed = settings.seed;
        bench::KioskRunner runner(kiosk, data, publicKey, kNowIso, cache / "kiosk-runs");
        char what[160];
        std::snprintf(what, sizeof what, "Soak run: %.0f real minutes at %gx (%.1f kiosk hours) ...", soak.realMinutes,
                      soak.clockSpeed, soak.realMinutes * soak.clockSpeed / 60);
        say(what);
        bench::runSoakScenario(runner, soak, {packTool, smallSource, secret}, report);
    }

    // 8. Chromium on the same content as one static page.
    if (settings.chromium && settings.wants("chromium")) {
        say("Measuring Chromium on the same content ...");
        bench::runChromiumScenario(data, nowUtc(), cache / "chromium", settings.runs, report);
    }

    report.finishRatios();
    const std::string table = report.table();
    std::printf("\n%s\n", table.c_str());
    // A partial run (--only) never overwrites the full result.
    const std::string stem = settings.only.empty() ? "bench" : "bench-" + settings.only;
    std::ofstream(settings.build / (stem + ".md")) << table;
    std::ofstream(settings.build / (stem + ".json")) << report.json().dump(2) << "\n";
    say("Wrote " + (settings.build / (stem + ".json")).string() + " and " + stem + ".md");
    return 0;
}
