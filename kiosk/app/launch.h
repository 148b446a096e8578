// What build/kiosk does once its command line is read: open the window the
// options ask for, wire the station, run the app until it is done. Tests call
// the same with a NullWindow to run the whole kiosk in-process.
#pragma once

#include <memory>
#include <string>

#include "kiosk/app/options.h"
#include "platform/window.h"

namespace kiosk {

// A GLFW window (fullscreen, windowed or a developer window), or a null
// window for --null-window. Nullptr with a message when none can be opened.
std::unique_ptr<platform::Window> openWindowFor(const KioskOptions& options, std::string* error);

// Runs the kiosk in `window`; returns the process's exit code (2: bad
// arguments or replay file). `settleMs` > 0 shortens the drop folders' settle
// time (tests).
int runKiosk(const KioskOptions& options, platform::Window& window, double processStart, int settleMs = 0);

}  // namespace kiosk
