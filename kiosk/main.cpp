// build/kiosk: the visitor's touchscreen application. See kiosk/app/options.h
// for the command line, kiosk/app/launch.h for what runs and
// kiosk/app/kiosk_app.h for how a frame comes about.
#include <malloc.h>

#include <cstdio>
#include <cstdlib>

#include "kiosk/app/frame_stats.h"
#include "kiosk/app/launch.h"
#include "kiosk/app/options.h"
#include "platform/stop_signals.h"

int main(int argc, char** argv) {
    const double processStart = kiosk::steadySeconds();
#ifdef __GLIBC__
    // A kiosk runs for months. glibc raises its mmap threshold each time a
    // large block (a font atlas, a decoded picture) is freed, and later ones
    // then come from the heap and stay resident: the soak run's kiosk grew
    // 6.6 % in 3 kiosk hours (140 MB became 153-185 MB after one visitor's
    // larger text size). A fixed threshold hands every block of 1 MiB or more
    // back to the system when it is freed (growth 0.3 %; frame CPU unchanged).
    ::mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
    platform::watchStopSignals();  // before any thread: systemd's SIGTERM becomes a clean stop
    kiosk::KioskOptions options;
    std::string error;
    if (!kiosk::parseCommandLine(argc, argv, options, &error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    auto window = kiosk::openWindowFor(options, &error);
    if (!window) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return 3;
    }
    // KIOSK_SETTLE_MS shortens the drop folders' settle time for tests.
    const char* settle = std::getenv("KIOSK_SETTLE_MS");
    return kiosk::runKiosk(options, *window, processStart, settle ? std::atoi(settle) : 0);
}
