#include "kiosk/app/launch.h"

#include <cstdio>

#include "kiosk/app/kiosk_app.h"
#include "kiosk/app/station.h"
#include "platform/glfw_window.h"
#include "platform/null_window.h"

namespace kiosk {

std::unique_ptr<platform::Window> openWindowFor(const KioskOptions& options, std::string* error) {
    if (options.nullWindow) return std::make_unique<platform::NullWindow>(options.windowWidth, options.windowHeight);
    platform::WindowOptions windowOptions;
    windowOptions.fullscreen = options.fullscreen;
    windowOptions.width = options.windowWidth;
    windowOptions.height = options.windowHeight;
    windowOptions.title = "Kiosk";
    windowOptions.developer = options.developerWindow;
    windowOptions.fitScreen = options.developerWindow && !options.windowSizeGiven;
    if (!options.previewFolder.empty()) {
        // A coordinator's desktop: a normal window to move, resize and close.
        windowOptions.fullscreen = false;
        windowOptions.developer = windowOptions.resizable = true;
        windowOptions.fitScreen = !options.windowSizeGiven;
        windowOptions.title = "Kiosk – Vorschau / preview: " + options.previewFolder;
    }
    return platform::GlfwWindow::open(windowOptions, error);
}

int runKiosk(const KioskOptions& options, platform::Window& window, double processStart, int settleMs) {
    // The configuration file fills in what the command line left open (data
    // folder, idle time, screen size, language).
    StationSettings settings = resolveStationSettings(options, settleMs);
    KioskApp app(std::move(settings), window, processStart);
    std::string error;
    if (!app.start(&error)) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return 2;
    }
    if (!options.previewFolder.empty())
        std::printf("kiosk: preview of %s - every saved change is built again; close the window or press Esc to quit.\n",
                    options.previewFolder.c_str());
    else if (options.developerWindow)
        std::printf("kiosk: developer window - press Esc or close the window to quit "
                    "(the installed kiosk runs fullscreen and ignores both).\n");
    std::fflush(stdout);
    window.run(app);
    return app.finish();
}

}  // namespace kiosk
