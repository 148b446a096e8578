// kiosk-generate: writes a large, realistic staff source folder for the
// benchmark (or a small one for tests), deterministically from a seed.
//
//   kiosk-generate --seed N --out DIR [--scale small|large]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "bench/generator/source_generator.h"

namespace {

int usage() {
    std::fprintf(stderr, "usage: kiosk-generate --seed N --out DIR [--scale small|large]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    bench::GeneratorOptions options;
    std::string out;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        if (arg == "--seed") {
            const char* v = value();
            if (!v) return usage();
            char* end = nullptr;
            options.seed = std::strtoull(v, &end, 10);
            if (!end || *end) return usage();
        } else if (arg == "--out") {
            const char* v = value();
            if (!v) return usage();
            out = v;
        } else if (arg == "--scale") {
            const char* v = value();
            if (!v) return usage();
            std::string scale = v;
            if (scale == "small") options.scale = bench::GeneratorScale::small();
            else if (scale == "large") options.scale = bench::GeneratorScale::large();
            else return usage();
        } else {
            return usage();
        }
    }
    if (out.empty()) return usage();

    auto started = std::chrono::steady_clock::now();
    bench::GeneratorReport report;
    std::string error;
    if (!bench::generateSourceFolder(options, out, &report, &error)) {
        std::fprintf(stderr, "kiosk-generate: %s\n", error.c_str());
        return 1;
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("Wrote %s: %d organisations, %d recurring + %d single events (+%d cancelled) in %d calendars, "
                "%d guides (%d texts), %d pictures, %.1f MB in %.1f s\n",
                out.c_str(), report.organisations, report.recurringEvents, report.singleEvents,
                report.cancelledEvents, report.calendarFiles, report.guides, report.guideFiles, report.pictures,
                report.bytesWritten / 1e6, seconds);
    return 0;
}
