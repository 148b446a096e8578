// `kiosk --preview` opens a normal desktop window: the window manager may
// resize it (no fixed size in its hints, unlike the kiosk's window), the
// preview draws at the new size, and it is titled after the folder.
#include "tests/support/kiosk_support.h"

#include "content/pack/starter_folder.h"

using namespace kiosk_test;

namespace {

// The window of process `pid` (found by its process id, so no other kiosk's window is picked).
std::string windowOf(const std::string& display, pid_t pid) {
    const fs::path out = tempDir("preview-window") / "window-id";
    const std::string command = "DISPLAY=" + display + " timeout 30 xdotool search --sync --onlyvisible --pid " +
                                std::to_string(pid) + " --name . 2>/dev/null | head -1 > " + quote(out.string());
    if (std::system(command.c_str()) != 0) return {};
    std::string id = readText(out);
    while (!id.empty() && (id.back() == '\n' || id.back() == ' ')) id.pop_back();
    return id;
}

std::string xprop(const std::string& display, const std::string& window) {
    const fs::path out = tempDir("preview-window") / "xprop";
    const std::string command = "DISPLAY=" + display + " xprop -id " + window + " WM_NORMAL_HINTS WM_NAME > " +
                                quote(out.string()) + " 2>&1";
    return std::system(command.c_str()) == 0 ? readText(out) : std::string();
}

}  // namespace

TEST_CASE("the preview window can be resized and draws at its new size") {
    if (std::system("command -v xdotool >/dev/null 2>&1 && command -v xprop >/dev/null 2>&1") != 0) {
        MESSAGE("xdotool or xprop is not installed (platform/dev.sh installs them)");
        return;
    }
    PrivateDisplay display;
    REQUIRE_FALSE(display.name().empty());
    const fs::path dir = tempDir("preview-window");
    const fs::path source = dir / "Mein Verein", shot = dir / "resized.png", replay = dir / "resize.replay";
    std::string error;
    REQUIRE_MESSAGE(content::pack::writeStarterFolder(source, &error), error);
    // Long enough for the test to resize the window in between.
    writeText(replay, "wait-rebuild 1\nwait 6000\nscreenshot " + shot.string() + "\n");
    KioskProcess kiosk({{"--preview", source.string(), "--windowed", "1280x800", "--now", kNow, "--config",
                         "/dev/null", "--replay", replay.string()},
                        dir / "kiosk.log",
                        display.name()});
    const std::string window = windowOf(display.name(), kiosk.pid());
    REQUIRE_MESSAGE(!window.empty(), readText(dir / "kiosk.log"));
    const std::string hints = xprop(display.name(), window);
    CHECK(hints.find("maximum size") == std::string::npos);  // a fixed-size window has one
    CHECK(hints.find("Vorschau / preview: " + source.string()) != std::string::npos);
    const std::string resize = "DISPLAY=" + display.name() + " xdotool windowsize " + window + " 1600 900";
    REQUIRE(std::system(resize.c_str()) == 0);
    int status = -1;
    REQUIRE_MESSAGE(kiosk.exited(60, &status), readText(dir / "kiosk.log"));
    CHECK_MESSAGE(status == 0, readText(dir / "kiosk.log"));
    int width = 0, height = 0, channels = 0;
    unsigned char* pixels = stbi_load(shot.c_str(), &width, &height, &channels, 3);
    REQUIRE(pixels);
    stbi_image_free(pixels);
    CHECK(width == 1600);
    CHECK(height == 900);
}
