// The command line of build/kiosk. Parsing only; the
// app, the station (config file, watchers) and the tests read the result.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kiosk {

struct KioskOptions {
    // Window and screen.
    bool fullscreen = true;
    int windowWidth = 1920, windowHeight = 1080;  // --windowed WxH
    bool windowSizeGiven = false;
    // --developer: a normal desktop window (sized to fit the screen unless
    // --windowed says otherwise) that Esc or its close button quits. For
    // `platform/dev.sh run` on a laptop; the installed kiosk never passes it.
    bool developerWindow = false;
    // --null-window WxH: a window that draws nothing and runs on its own clock
    // (platform/null_window.h): a replay without any display, for tests.
    bool nullWindow = false;
    float screenWidthMm = 531, screenHeightMm = 299;  // --screen-mm WxH (a 24-inch 16:9 panel)

    // Content and visitor defaults.
    std::string dataDir;           // --data DIR
    std::string language = "de";   // --lang CODE: the language the kiosk starts in and returns to
    std::optional<std::string> now;  // --now ISO8601: a fixed clock (tests, screenshots)
    // --clock-speed N: the kiosk's clock runs N times faster than real time,
    // from --now (or the real time) on, and the idle reset comes N times
    // sooner; the benchmark's soak run passes a day in 72 minutes with 20.
    double clockSpeed = 1;
    int idleSeconds = 90;          // --idle-seconds N
    int idleWarningSeconds = 20;   // --idle-warning-seconds N: "Sind Sie noch da?" this long before the reset
    bool audioEnabled = true;      // [audio] enabled
    int audioVolumePercent = 80;   // [audio] volume

    // --preview SRC: a coordinator's desktop window with the visitor screens
    // on a staff source folder, rebuilt whenever a file in it changes, and
    // the checker's problem list beside them (kiosk/app/desktop_preview.h).
    std::string previewFolder;

    // Test and development modes.
    std::string replayFile;      // --replay FILE
    std::string screenshotFile;  // --screenshot FILE.png
    std::string frameStatsFile;  // --frame-stats FILE.json
    std::string textDumpFile;    // --dump-text FILE.json: rectangles of every drawn text (layout tests)
    std::string targetDumpFile;  // --dump-targets FILE.json: every tap target at exit (touch-size test)

    // Station: resolved with the configuration file by resolveStationSettings().
    std::vector<std::string> trustedKeys;  // --trust PUB (repeatable)
    std::vector<std::string> watchDirs;    // --watch DIR (repeatable)
    std::vector<std::string> mediaRoots;   // --media-root DIR (repeatable)
    std::string configFile;                // --config FILE
    std::string kioskId;                   // --kiosk-id ID

    // Which options were given explicitly (a config file must not override them).
    bool languageGiven = false, idleGiven = false, idleWarningGiven = false, screenMmGiven = false, dataGiven = false;
};

// Parses argv into `options`. Returns false with a message for unknown
// options or bad values; `--help` sets `error` to the usage text and returns false.
bool parseCommandLine(int argc, const char* const* argv, KioskOptions& options, std::string* error);

std::string usageText();

}  // namespace kiosk
