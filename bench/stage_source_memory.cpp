// What staging a staff source folder costs the kiosk process in memory: runs
// the kiosk's import worker (the same queue the staff screen uses) on one
// source folder, "Show the preview" then "Discard" (or, with --publish,
// "Publish": the switch and the pack written onto the stick), and prints this
// process's resident memory before and its peak (VmHWM) after. The staging
// itself runs where the worker runs it (its child process, whose peak it
// prints too), so this process stands for the kiosk around it.
//
//   kiosk-stage-memory --source DIR --data DIR [--now ISO8601] [--publish]
// With --publish the folder's parent is written to, as a stick's would be:
// give it a copy.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>

#include "content/core/time_zone.h"
#include "content/station/import_worker.h"

namespace {

// "VmHWM:    12345 kB" of this process, in kB.
long statusFieldKb(const char* field) {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(field, 0) == 0) return std::strtol(line.c_str() + std::strlen(field), nullptr, 10);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::string source, data, now = "2026-11-18T10:00:00+01:00";
    bool publish = false;
    for (int i = 1; i < argc; ++i) {
        const std::string option = argv[i];
        if (option == "--publish") {
            publish = true;
            continue;
        }
        if (i + 1 >= argc) break;
        if (option == "--source") source = argv[i + 1];
        else if (option == "--data") data = argv[i + 1];
        else if (option == "--now") now = argv[i + 1];
        ++i;
    }
    if (source.empty() || data.empty()) {
        std::fprintf(stderr, "usage: kiosk-stage-memory --source DIR --data DIR [--now ISO8601]\n");
        return 2;
    }
    content::station::ImportWorker::Settings settings;
    settings.config.kioskId = "stage-memory";
    settings.config.dataDir = data;
    settings.config.statusIntervalSeconds = 3600;
    auto parsed = content::parseIsoToUtc(now, "Europe/Berlin");
    settings.nowUtc = parsed ? *parsed : 0;
    content::station::ImportWorker worker(settings);
    worker.start();
    worker.waitUntilIdle();
    const long before = statusFieldKb("VmRSS:");
    const std::filesystem::path folder = std::filesystem::absolute(source);
    worker.requestSourceStaging({folder, folder.parent_path()});
    worker.waitUntilIdle();
    const content::station::SourceStatus status = worker.sourceStatus();
    const long peak = statusFieldKb("VmHWM:");
    if (publish && status.step == content::station::SourceStatus::Step::Staged) worker.requestPublishStaged();
    else worker.requestDiscardStaged();
    worker.waitUntilIdle();
    const long peakAfterPublish = statusFieldKb("VmHWM:");
    std::printf("staged: %s (%zu errors, %zu warnings%s%s)\n", status.staging.ok() ? "yes" : "no",
                status.staging.check.errorCount(), status.staging.check.warningCount(),
                status.staging.buildError.empty() ? "" : "; ", status.staging.buildError.c_str());
    std::printf("this process: RSS before %ld MB, peak (VmHWM) %ld MB while staging", before / 1024, peak / 1024);
    if (publish) std::printf(", %ld MB after publishing (%s)", peakAfterPublish / 1024,
                             worker.sourceStatus().publication.import.ok() ? "live" : "not published");
    std::printf("\nthe import child: peak %lld MB\n", static_cast<long long>(status.childPeakRssKb / 1024));
    return status.staging.ok() ? 0 : 1;
}
