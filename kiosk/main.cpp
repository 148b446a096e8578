// build/kiosk: the visitor's touchscreen application. See kiosk/app/options.h
// for the command line, kiosk/app/launch.h for what runs and
// kiosk/app/kiosk_app.h for how a frame comes about.
#include <cstdio>
#include <cstdlib>

#include "kiosk/app/frame_stats.h"
#include "kiosk/app/launch.h"
#include "kiosk/app/options.h"
#include "kiosk/app/startup_warmup.h"
#include "platform/process_memory.h"
#include "platform/stop_signals.h"

int main(int argc, char** argv) {
    const double processStart = kiosk::steadySeconds();
    platform::watchStopSignals();  // before any thread: systemd's SIGTERM becomes a clean stop
    // A kiosk runs for months: a fixed mmap threshold hands big freed blocks
    // (atlases, pictures) back to the system (the soak run: RSS growth 6.6 %
    // in 3 kiosk hours without it, 0.3 % with it).
    platform::tuneAllocatorForKiosk();
    // Translations, fonts and the content are read, and the fonts built, on
    // another core while the window opens (it must outlive the window).
    kiosk::StartupWarmup warmup;
    kiosk::KioskOptions options;
    std::string error;
    if (!kiosk::parseCommandLine(argc, argv, options, &error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    // KIOSK_SETTLE_MS shortens the drop folders' settle time for tests.
    const char* settle = std::getenv("KIOSK_SETTLE_MS");
    return kiosk::launchKiosk(options, warmup, processStart, settle ? std::atoi(settle) : 0);
}
