// Work of the start that needs no window, done while the window opens.
// Opening the window (GLX, Mesa's llvmpipe and its LLVM) takes 80 ms on the
// main thread, which only GLFW may use; meanwhile a second core parses the
// eight translation files, reads fonts.toml and the font files, and gathers
// the interface's code points, about 12 ms that came after the window before.
// Every result lands in a cache the kiosk reads later anyway; join() before
// the first use (the join is what makes the results visible to the caller).
#pragma once

#include <thread>

namespace kiosk {

class StartupWarmup {
public:
    StartupWarmup();
    ~StartupWarmup() { join(); }
    StartupWarmup(const StartupWarmup&) = delete;
    StartupWarmup& operator=(const StartupWarmup&) = delete;

    void join() {
        if (thread_.joinable()) thread_.join();
    }

private:
    std::thread thread_;
};

}  // namespace kiosk
