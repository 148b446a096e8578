// build/kiosk: the visitor's touchscreen application. See kiosk/app/options.h
// for the command line and kiosk/app/kiosk_app.h for how a frame comes about.
#include <cstdio>

#include "kiosk/app/frame_stats.h"
#include "kiosk/app/kiosk_app.h"
#include "kiosk/app/options.h"
#include "platform/runner.h"
#include "platform/stop_signals.h"
#include "platform/window.h"

int main(int argc, char** argv) {
    const double processStart = kiosk::steadySeconds();
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
    auto window = platform::Window::open(windowOptions, &error);
    if (!window) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return 3;
    }
    kiosk::KioskApp app(options, *window, processStart);
    if (!app.start(&error)) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return 2;
    }
    platform::runLoop(*window, app);
    return app.finish();
}
