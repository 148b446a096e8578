// Numbers for --frame-stats: how many frames were drawn, how long the start
// took, and what each frame cost on the CPU (the brief's budgets).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kiosk {

class FrameStats {
public:
    // The moment main() started (steady clock seconds).
    void markProcessStart(double steadySeconds) { processStart_ = steadySeconds; }
    // After each drawn frame: the drawing thread's CPU time and the frame's
    // elapsed (wall) time, both in seconds, and the screen it drew (its name):
    // a frame that draws another screen than the one before opens it.
    void recordFrame(double cpuSeconds, double wallSeconds, const std::string& screen = {});
    // Why the frame was drawn ("input", "settle", "request", ...), for the
    // frames of a replay `wait`: a test can then say which frames were due.
    void noteReason(const char* reason) { frameReasons_.push_back(reason ? reason : ""); }
    // {"reason": count, ...} over frames [first, first + count).
    std::string reasonsJson(size_t first, size_t count) const;
    // The first frame that shows the content and reacts to touch.
    void markInteractive(double steadySeconds);

    // Each time the fonts changed: built on the drawing thread, or taken from
    // the start-up (built on another core while the window opened).
    enum class FontsFrom { Built, StartUp };
    void noteFonts(FontsFrom from) { ++(from == FontsFrom::Built ? fontBuilds_ : fontsFromStartUp_); }

    size_t frames() const { return frameCpuMs_.size(); }
    double startupMs() const { return startupMs_; }
    // Percentile (0..100) of frame CPU time in milliseconds.
    double percentileMs(double percentile) const;
    // The same over frames [first, first + count) only (the frames of one replay `wait`).
    double percentileMs(double percentile, size_t first, size_t count) const;
    // The same for the frame's wall time (includes waiting for the GL driver).
    double wallPercentileMs(double percentile) const;

    // Extra members for the JSON object, e.g. "\"idle_waits\": [...]" (the replay's waits).
    void setExtraJson(std::string members) { extraJson_ = std::move(members); }

    std::string json() const;
    bool write(const std::string& path, std::string* error) const;

    // Each time a screen opened: its first frame, and the slowest of its
    // first kOpeningFrames frames (a list built a page at a time spreads
    // over several).
    struct Opening {
        std::string screen;
        double firstWallMs = 0, firstCpuMs = 0, maxWallMs = 0, maxCpuMs = 0;
        size_t frames = 0;
    };
    static constexpr size_t kOpeningFrames = 30;
    const std::vector<Opening>& openings() const { return openings_; }

private:
    double processStart_ = 0;
    std::string lastScreen_;
    std::vector<Opening> openings_;
    double startupMs_ = -1;
    std::vector<double> frameCpuMs_;
    std::vector<double> frameWallMs_;
    std::vector<const char*> frameReasons_;
    int fontBuilds_ = 0, fontsFromStartUp_ = 0;
    std::string extraJson_;
};

// Steady-clock seconds (monotonic, comparable across the process).
double steadySeconds();

}  // namespace kiosk
