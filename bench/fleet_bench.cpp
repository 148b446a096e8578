// kiosk-fleet-bench: how big status/index.html gets and how long a kiosk
// takes to rewrite it, for 10, 50 and 200 kiosks' status files in one drop
// folder (every kiosk rewrites the page after each heartbeat). Prints JSON;
// `platform/dev.sh bench` runs it after kiosk-bench. Figures only, no budget:
// the page is written on the import worker's thread, never the drawing one.
//
//   kiosk-fleet-bench [--runs N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "content/station/fleet_page.h"
#include "content/station/fleet_status.h"
#include "content/station/status_file.h"

namespace {

namespace fs = std::filesystem;
using namespace content::station;
using Clock = std::chrono::steady_clock;

constexpr int64_t kNow = 1795255200;  // 2026-11-21T10:00:00Z, fixed so every run sees the same files

// A realistic status: every field filled, a refusal with its message on every fifth kiosk.
StatusSnapshot kioskStatus(int index) {
    StatusSnapshot status;
    status.kioskId = "leipzig-kiosk-" + std::to_string(100 + index);
    status.appVersion = "0.1.0";
    status.live.present = true;
    status.live.packId = "leipzig-city";
    status.live.sequence = 20261120100000;
    status.live.createdAt = "2026-11-20T10:00:00Z";
    status.lastImport.result = index % 5 == 0 ? "refused" : "accepted";
    status.lastImport.message = "The pack is not signed by a key this kiosk trusts; ask the coordinator for a pack "
                                "signed with the city's key.";
    status.lastImport.packFile = "leipzig-city-2026-11.kpack";
    status.startedAt = "2026-11-20T06:00:00Z";
    status.freeDiskBytes = int64_t(20) << 30;
    status.nowUtc = kNow - index * 11;
    status.uptimeSeconds = 100000;
    status.starts = {1, 40, "stopped cleanly at 2026-11-20T05:59:00Z"};
    status.timeZone = "Europe/Berlin";
    status.screen = {1920, 1080, 531, 299};
    status.touchTest = TouchTestResult{"2026-11-19T08:00:00Z", 40, 12, 12};
    if (index % 5 == 0) status.refused = {{"other.kpack", "untrusted-key", status.lastImport.message, "2026-11-21T09:00:00Z"}};
    return status;
}

double medianMs(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 20;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: kiosk-fleet-bench [--runs N]\n");
            return 2;
        }
    }
    std::string pattern = (fs::temp_directory_path() / "kiosk-fleet-bench-XXXXXX").string();
    const fs::path root = ::mkdtemp(pattern.data());
    nlohmann::json out = nlohmann::json::array();
    for (int kiosks : {10, 50, 200}) {
        const fs::path drop = root / std::to_string(kiosks);
        for (int i = 0; i < kiosks; ++i) writeStatusFile(drop, kioskStatus(i), nullptr);
        std::vector<double> readMs, renderMs, writeMs;
        size_t pageBytes = 0;
        for (int run = 0; run < runs; ++run) {
            const auto start = Clock::now();
            const FleetTable table = readFleet(drop, kNow);
            const auto read = Clock::now();
            const std::string html = fleetPageHtml(table, {"Europe/Berlin", "leipzig-kiosk-100"});
            const auto rendered = Clock::now();
            std::string error;
            writeFleetPage(drop, kNow, {"Europe/Berlin", "leipzig-kiosk-100"}, &error);
            const auto written = Clock::now();
            pageBytes = html.size();
            readMs.push_back(std::chrono::duration<double, std::milli>(read - start).count());
            renderMs.push_back(std::chrono::duration<double, std::milli>(rendered - read).count());
            writeMs.push_back(std::chrono::duration<double, std::milli>(written - rendered).count());
        }
        out.push_back({{"kiosks", kiosks},
                       {"page_bytes", pageBytes},
                       {"read_status_files_ms_median", medianMs(readMs)},
                       {"render_html_ms_median", medianMs(renderMs)},
                       {"read_render_write_fsync_ms_median", medianMs(writeMs)},
                       {"runs", runs}});
    }
    std::error_code ignored;
    fs::remove_all(root, ignored);
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
}
