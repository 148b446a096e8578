// The USB stick pulled while staff look at a preview, with the real
// build/kiosk in its own process (the stick goes while the kiosk runs, on
// real time): the preview ends with a clear message, nothing staged is left,
// and the live content is the one visitors had before.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "tests/support/kiosk_process.h"
#include "tests/support/publish_fixture.h"

using namespace pack_test;
using namespace publish_test;
using namespace std::chrono_literals;

TEST_CASE("the stick pulled during the preview: the preview ends, nothing staged is left, the live content is unchanged") {
    if (!std::getenv("DISPLAY")) {
        MESSAGE("no DISPLAY: this test runs the real kiosk under X (run it through platform/dev.sh test)");
        return;
    }
    PublishFixture f;
    const std::string script = kPin + "tap-label " + t("staff.ok") + "\n" +
                               "wait-for-label " + t("staff.source.preview") + "\n" +
                               "tap-label " + t("staff.source.preview") + "\n" +
                               "wait-for-label " + t("staff.preview.publish") + "\n" +
                               "wait-for-label " + t("staff.back_to_kiosk") + "\nwait 300\n";
    writeFile(f.temp.path / "pulled.replay", script);
    const fs::path log = f.temp.path / "pulled.log";
    kiosk_test::KioskProcess kiosk({f.arguments("pulled", "de"), log, {}, {}});
    // The worker logs when the preview is ready; the stick goes a moment after it is on screen.
    bool ready = false;
    for (int i = 0; i < 3000 && !ready; ++i) {
        std::this_thread::sleep_for(20ms);
        ready = fs::exists(log) && readFile(log).find("preview ready") != std::string::npos;
    }
    REQUIRE_MESSAGE(ready, readFile(log));
    std::this_thread::sleep_for(1000ms);
    fs::remove_all(f.stick);
    REQUIRE_MESSAGE(kiosk.wait() == 0, readFile(log));
    CHECK(f.drew("pulled", t("staff.preview.banner")));
    CHECK(f.drew("pulled", t("staff.preview.stick_pulled")));
    CHECK(f.liveTitle() == "test-pack");
    CHECK_FALSE(fs::exists(fs::symlink_status(f.data / "staging")));
    CHECK(f.versionCount() == 1);  // the live version only: the staged one is gone
}
