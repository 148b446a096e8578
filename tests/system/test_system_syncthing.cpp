// Two real Syncthing instances on 127.0.0.1 (office and kiosk side) and two
// real kiosks: a pack dropped at the office is imported by both, their status
// files and index.html come back, Syncthing's temporary files are never
// imported (left over, or of a transfer cut by stopping Syncthing), a SIGTERM
// shows as "stopped" at the office
// (tests/system/syncthing_fleet.sh). Needs X for the kiosks (Xvfb in dev.sh test).
#include <cstdlib>

#include "tests/system/script_run.h"

using namespace system_test;

TEST_CASE("a pack goes office -> kiosks over real Syncthing, and statuses and the fleet page come back") {
    if (!std::getenv("DISPLAY")) {
        MESSAGE("no DISPLAY: the kiosks need X (run through platform/dev.sh test or xvfb-run)");
        return;
    }
    WorkDir work("kiosk-syncthing-test");
    const ScriptResult result = runScript("syncthing_fleet.sh", {KIOSK_BIN, KIOSK_PACK_BIN,
                                                                 std::string(KIOSK_SOURCE_DIR) + "/content/demo",
                                                                 (work.path / "run").string()});
    INFO(result.output);
    CHECK(result.exitCode == 0);
    for (const char* step : {"ok: two Syncthing homes", "ok: both Syncthing instances answer on 127.0.0.1 only",
                             "ok: office and kiosk connected over 127.0.0.1",
                             "ok: both kiosks' status files reached the office", "ok: pack dropped on the office side",
                             "ok: both kiosks imported the pack and their status came back to the office",
                             "ok: index.html came back with both kiosks fine", "ok: the kiosks' reports came back",
                             "ok: Syncthing's temporary file was never imported; each kiosk imported once",
                             "ok: kiosk-pack fleet on the office side exits 0",
                             "ok: SIGTERM stopped gruenau-1 cleanly and the office sees it stopped",
                             "ok: a pack half-synced when Syncthing stopped was never imported"})
        CHECK_MESSAGE(result.has(step), step);
    CHECK(result.output.find("ok: no conflict copies; finished in ") != std::string::npos);
}
