// platform/install/install.sh run for real on a throwaway root (twice: the
// second run changes nothing) and as a dry run, and the installed systemd
// units through `systemd-analyze verify` (tests/system/install_root.sh).
#include "tests/system/script_run.h"

using namespace system_test;

TEST_CASE("install.sh completes on a throwaway root, is safe twice, dry-runs, and its units verify") {
    WorkDir work("kiosk-install-test");
    const ScriptResult result = runScript("install_root.sh", {KIOSK_BINARY_DIR, (work.path / "run").string()});
    INFO(result.output);
    CHECK(result.exitCode == 0);
    CHECK(result.has("ok: install.sh --root installs every file"));
    CHECK(result.has("ok: a second run changes nothing and keeps the edited kiosk.toml"));
    CHECK(result.has("ok: --dry-run prints every change and makes none"));
    CHECK(result.has("ok: systemd-analyze verify passes on both units without a warning"));
}
