#include "kiosk/app/options.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace kiosk {

namespace {

bool parseInt(const std::string& text, int& out) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

// "1920x1080" (also with 'X' or '*').
template <typename T>
bool parseSize(const std::string& text, T& width, T& height) {
    size_t x = text.find_first_of("xX*");
    if (x == std::string::npos) return false;
    char* end = nullptr;
    std::string w = text.substr(0, x), h = text.substr(x + 1);
    double wv = std::strtod(w.c_str(), &end);
    if (w.empty() || *end) return false;
    double hv = std::strtod(h.c_str(), &end);
    if (h.empty() || *end) return false;
    if (wv <= 0 || hv <= 0) return false;
    width = T(wv);
    height = T(hv);
    return true;
}

}  // namespace

std::string usageText() {
    return "usage: kiosk [options]\n"
           "  --windowed WxH        a window instead of fullscreen (tests)\n"
           "  --developer           a desktop window that Esc or closing quits (platform/dev.sh run)\n"
           "  --null-window WxH     draw nothing, on a clock of its own: a replay without a display (tests)\n"
           "  --data DIR            the kiosk's data directory (live content)\n"
           "  --lang CODE           start language (de, de-x-easy, en, ar, fa, uk, ru, tr)\n"
           "  --now ISO8601         a fixed clock\n"
           "  --clock-speed N       the clock (from --now or the real time) runs N times faster (soak runs)\n"
           "  --screen-mm WxH       physical screen size in millimetres (default 531x299)\n"
           "  --idle-seconds N      back to the home screen after N s without a touch (default 90)\n"
           "  --idle-warning-seconds N  ask \"still there?\" N s before that (default 20, 0 = never)\n"
           "  --preview SRC         a desktop window with the visitor screens on the source folder SRC,\n"
           "                        rebuilt whenever a file in it changes, and its problem list beside them\n"
           "  --replay FILE         run a replay script, then exit (0 = every line succeeded)\n"
           "  --screenshot FILE.png save the first settled screen and exit\n"
           "  --frame-stats FILE    write frame statistics as JSON at exit\n"
           "  --dump-text FILE      write every drawn text's rectangle as JSON at exit\n"
           "  --dump-targets FILE   write every tap target of the last frame as JSON at exit\n"
           "  --trust PUB, --watch DIR, --media-root DIR (repeatable), --config FILE, --kiosk-id ID\n";
}

bool parseCommandLine(int argc, const char* const* argv, KioskOptions& options, std::string* error) {
    auto fail = [&](std::string message) {
        if (error) *error = std::move(message);
        return false;
    };
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") return fail(usageText());
        if (arg == "--developer") {  // the one option without a value
            options.developerWindow = true;
            options.fullscreen = false;
            continue;
        }
        static const char* const kKnown[] = {"--windowed", "--null-window", "--screen-mm", "--data", "--lang", "--now",
                                             "--clock-speed",
                                             "--idle-seconds", "--idle-warning-seconds", "--replay", "--screenshot", "--frame-stats",
                                             "--dump-text", "--dump-targets", "--preview", "--trust", "--watch", "--media-root", "--config",
                                             "--kiosk-id"};
        std::string name = arg.substr(0, arg.find('='));
        if (std::find(std::begin(kKnown), std::end(kKnown), name) == std::end(kKnown))
            return fail("unknown option " + name + "\n" + usageText());
        // Every option takes one value; "--opt=value" works too.
        std::string value;
        size_t eq = arg.find('=');
        if (arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
        } else {
            if (i + 1 >= argc) return fail(arg + " needs a value\n" + usageText());
            value = argv[++i];
        }
        if (arg == "--windowed" || arg == "--null-window") {
            if (!parseSize(value, options.windowWidth, options.windowHeight))
                return fail(arg + " expects WxH, e.g. 1920x1080, not '" + value + "'");
            options.fullscreen = false;
            options.windowSizeGiven = true;
            options.nullWindow = arg == "--null-window";
        } else if (arg == "--screen-mm") {
            if (!parseSize(value, options.screenWidthMm, options.screenHeightMm))
                return fail("--screen-mm expects WxH in millimetres, e.g. 531x299, not '" + value + "'");
            options.screenMmGiven = true;
        } else if (arg == "--data") {
            options.dataDir = value;
            options.dataGiven = true;
        } else if (arg == "--lang") {
            options.language = value;
            options.languageGiven = true;
        } else if (arg == "--now") {
            options.now = value;
        } else if (arg == "--clock-speed") {
            char* end = nullptr;
            options.clockSpeed = std::strtod(value.c_str(), &end);
            if (value.empty() || *end || !(options.clockSpeed >= 1 && options.clockSpeed <= 1000))
                return fail("--clock-speed expects a number from 1 to 1000, not '" + value + "'");
        } else if (arg == "--idle-seconds") {
            if (!parseInt(value, options.idleSeconds) || options.idleSeconds < 1)
                return fail("--idle-seconds expects a whole number of seconds, not '" + value + "'");
            options.idleGiven = true;
        } else if (arg == "--idle-warning-seconds") {
            if (!parseInt(value, options.idleWarningSeconds) || options.idleWarningSeconds < 0)
                return fail("--idle-warning-seconds expects a whole number of seconds, not '" + value + "'");
            options.idleWarningGiven = true;
        } else if (arg == "--preview") {
            options.previewFolder = value;
            options.fullscreen = false;
        } else if (arg == "--replay") {
            options.replayFile = value;
        } else if (arg == "--screenshot") {
            options.screenshotFile = value;
        } else if (arg == "--frame-stats") {
            options.frameStatsFile = value;
        } else if (arg == "--dump-text") {
            options.textDumpFile = value;
        } else if (arg == "--dump-targets") {
            options.targetDumpFile = value;
        } else if (arg == "--trust") {
            options.trustedKeys.push_back(value);
        } else if (arg == "--watch") {
            options.watchDirs.push_back(value);
        } else if (arg == "--media-root") {
            options.mediaRoots.push_back(value);
        } else if (arg == "--config") {
            options.configFile = value;
        } else if (arg == "--kiosk-id") {
            options.kioskId = value;
        } else {
            return fail("unknown option " + arg + "\n" + usageText());
        }
    }
    return true;
}

}  // namespace kiosk
