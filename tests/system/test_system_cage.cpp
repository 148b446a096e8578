// The service's real command line: kiosk-session runs cage headless with
// Xwayland, as a non-root user, and build/kiosk inside draws its home screen;
// a kiosk killed under cage makes the session fail; SIGTERM to the session
// stops the kiosk cleanly (tests/system/cage_kiosk.sh).
#include <stb/stb_image.h>

#include <set>

#include "tests/system/script_run.h"

using namespace system_test;

TEST_CASE("under cage the kiosk draws its home screen, and a killed kiosk makes the session exit 137") {
    WorkDir work("kiosk-cage-test");
    // The kiosk runs as another (non-root) user, who must reach the files.
    fs::permissions(work.path, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                   fs::perms::others_read | fs::perms::others_exec);
    const fs::path run = work.path / "run";
    const ScriptResult result = runScript("cage_kiosk.sh", {KIOSK_BIN, KIOSK_PACK_BIN,
                                                            std::string(KIOSK_SOURCE_DIR) + "/content/demo", run.string()});
    INFO(result.output);
    if (result.exitCode == 77) {
        MESSAGE("skipped: " << result.output);
        return;
    }
    CHECK(result.exitCode == 0);
    CHECK(result.has("ok: the kiosk drew its home screen under cage and saved home.png"));
    CHECK(result.has("ok: a kiosk killed under cage makes the session exit 137"));
    CHECK(result.has("ok: SIGTERM to the session stops the kiosk cleanly (exit 0, last status stopped)"));

    // The screenshot is cage's whole headless output, with the home screen on it:
    // many colours (text, the three doors), not a blank or single-colour frame.
    int width = 0, height = 0, channels = 0;
    unsigned char* pixels = stbi_load((run / "home.png").c_str(), &width, &height, &channels, 3);
    REQUIRE(pixels);
    CHECK(width >= 640);
    CHECK(height >= 480);
    std::set<uint32_t> colours;
    for (int i = 0; i < width * height; i += 7)
        colours.insert(uint32_t(pixels[i * 3]) << 16 | uint32_t(pixels[i * 3 + 1]) << 8 | pixels[i * 3 + 2]);
    stbi_image_free(pixels);
    CHECK(colours.size() > 50);
}
