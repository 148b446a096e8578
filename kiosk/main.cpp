// build/kiosk: the visitor's touchscreen application. See kiosk/app/options.h
// for the command line and kiosk/app/kiosk_app.h for how a frame comes about.
#include <malloc.h>

#include <cstdio>
#include <cstdlib>

#include "kiosk/app/frame_stats.h"
#include "kiosk/app/kiosk_app.h"
#include "kiosk/app/options.h"
#include "kiosk/app/station.h"
#include "platform/runner.h"
#include "platform/stop_signals.h"
#include "platform/window.h"

int main(int argc, char** argv) {
    const double processStart = kiosk::steadySeconds();
#ifdef __GLIBC__
    // A kiosk runs for months. glibc raises its mmap threshold each time a
    // large block (a font atlas, a decoded picture) is freed, and later ones
    // then come from the heap and stay resident: the soak run saw 140 MB grow
    // to 153-165 MB after one visitor's larger text size. A fixed threshold
    // hands every block of 1 MiB or more back to the system when it is freed.
    ::mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
    platform::watchStopSignals();  // before any thread: systemd's SIGTERM becomes a clean stop
    kiosk::KioskOptions options;
    std::string error;
    if (!kiosk::parseCommandLine(argc, argv, options, &error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    platform::WindowOptions windowOptions;
    windowOptions.fullscreen = options.fullscreen;
    windowOptions.width = options.windowWidth;
    windowOptions.height = options.windowHeight;
    windowOptions.title = "Kiosk";
    windowOptions.developer = options.developerWindow;
    windowOptions.fitScreen = options.developerWindow && !options.windowSizeGiven;
    auto window = platform::Window::open(windowOptions, &error);
    if (!window) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return 3;
    }
    // The configuration file fills in what the command line left open (data
    // folder, idle time, screen size, language); KIOSK_SETTLE_MS shortens the
    // drop folders' settle time for tests.
    const char* settle = std::getenv("KIOSK_SETTLE_MS");
    kiosk::StationSettings settings = kiosk::resolveStationSettings(options, settle ? std::atoi(settle) : 0);
    kiosk::KioskApp app(std::move(settings), *window, processStart);
    if (!app.start(&error)) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return 2;
    }
    if (options.developerWindow)
        std::printf("kiosk: developer window - press Esc or close the window to quit "
                    "(the installed kiosk runs fullscreen and ignores both).\n");
    std::fflush(stdout);
    platform::runLoop(*window, app);
    return app.finish();
}
