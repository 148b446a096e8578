#include "kiosk/app/launch.h"

#include <cstdio>

#include "kiosk/app/kiosk_app.h"
#include "kiosk/app/station.h"
#include "platform/glfw_window.h"
#include "platform/null_window.h"

namespace kiosk {

std::unique_ptr<platform::Window> openWindowFor(const KioskOptions& options, std::string* error,
                                                StartupWarmup* warmup) {
    if (options.nullWindow) {
        if (!warmup) return std::make_unique<platform::NullWindow>(options.windowWidth, options.windowHeight);
        warmup->windowSizeKnown(options.windowWidth, options.windowHeight);
        return std::make_unique<platform::NullWindow>(options.windowWidth, options.windowHeight, warmup->finishFonts());
    }
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
    if (warmup) {
        windowOptions.sizeKnown = [warmup](int width, int height) { warmup->windowSizeKnown(width, height); };
        windowOptions.fontAtlas = [warmup] { return warmup->finishFonts(); };
    }
    return platform::GlfwWindow::open(windowOptions, error);
}

std::optional<VisitorStartPlan> visitorStartPlan(const StationSettings& settings) {
    if (!settings.options.previewFolder.empty()) return std::nullopt;
    VisitorStartPlan plan;
    plan.dataDir = settings.options.dataDir;
    plan.screenWidthMm = settings.options.screenWidthMm;
    plan.screenHeightMm = settings.options.screenHeightMm;
    plan.easyLanguage = settings.options.language == content::kEasyGerman;
    return plan;
}

int launchKiosk(const KioskOptions& commandLine, StartupWarmup& warmup, double processStart, int settleMs) {
    StationSettings settings = resolveStationSettings(commandLine, settleMs);
    if (auto plan = visitorStartPlan(settings)) warmup.prepareVisitorStart(std::move(*plan));
    std::string error;
    auto window = openWindowFor(settings.options, &error, &warmup);
    PreparedStart prepared = warmup.take();
    if (!window) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return 3;
    }
    return runKiosk(std::move(settings), *window, processStart, std::move(prepared));
}

int runKiosk(StationSettings settings, platform::Window& window, double processStart, PreparedStart prepared) {
    const std::string previewFolder = settings.options.previewFolder;  // the app takes the settings
    const bool developer = settings.options.developerWindow;
    KioskApp app(std::move(settings), window, processStart, std::move(prepared));
    std::string error;
    if (!app.start(&error)) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return 2;
    }
    if (!previewFolder.empty())
        std::printf("kiosk: preview of %s - every saved change is built again; close the window or press Esc to quit.\n",
                    previewFolder.c_str());
    else if (developer)
        std::printf("kiosk: developer window - press Esc or close the window to quit "
                    "(the installed kiosk runs fullscreen and ignores both).\n");
    std::fflush(stdout);
    window.run(app);
    return app.finish();
}

}  // namespace kiosk
