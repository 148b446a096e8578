// What build/kiosk does once its command line is read: open the window the
// options ask for, wire the station, run the app until it is done. Tests call
// the same with a NullWindow to run the whole kiosk in-process.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "kiosk/app/options.h"
#include "kiosk/app/startup_warmup.h"
#include "kiosk/app/station.h"
#include "platform/window.h"

namespace kiosk {

// A GLFW window (fullscreen, windowed or a developer window), or a null
// window for --null-window. Nullptr with a message when none can be opened.
// With `warmup`, it hears the window's size early and the window's ImGui
// context uses the fonts it built (the window must go before `warmup`).
std::unique_ptr<platform::Window> openWindowFor(const KioskOptions& options, std::string* error,
                                                StartupWarmup* warmup = nullptr);

// What the warm-up prepares for the kiosk these settings describe (nothing
// for the desktop preview: it makes its content and sizes its fonts itself).
std::optional<VisitorStartPlan> visitorStartPlan(const StationSettings& settings);

// Runs the kiosk in `window`; returns the process's exit code (2: bad
// arguments or replay file). `prepared`: the warm-up's content and fonts.
int runKiosk(StationSettings settings, platform::Window& window, double processStart, PreparedStart prepared);

// All of build/kiosk after its command line is read: the configuration
// file fills in what the command line left open, `warmup` prepares the
// content and fonts for that while the window opens, then the kiosk runs
// (3: no window). `settleMs` > 0 shortens the drop folders' settle time (tests).
int launchKiosk(const KioskOptions& commandLine, StartupWarmup& warmup, double processStart, int settleMs = 0);

}  // namespace kiosk
