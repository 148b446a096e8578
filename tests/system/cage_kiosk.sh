#!/usr/bin/env bash
# The installed kiosk's command line for real: platform/install/kiosk-session
# runs Debian's cage headless (wlroots headless backend, pixman renderer, no
# input devices, a private XDG_RUNTIME_DIR) with Xwayland, as a non-root user
# (cage refuses root), and build/kiosk inside it. Run by
# tests/system/test_system_cage.cpp:
#
#   cage_kiosk.sh KIOSK_BIN KIOSK_PACK_BIN SOURCE_DIR WORK_DIR
#
# 1. The kiosk draws its home screen and saves WORK_DIR/home.png; the session exits 0.
# 2. A kiosk killed with SIGKILL under cage makes the session exit 137 (so
#    systemd logs a failure; Restart=always restarts it either way).
# 3. SIGTERM to the session (as systemd stops it, KillMode=mixed) stops the
#    kiosk cleanly: the session exits 0 and the last status says "stopped".
# Prints "ok: ..." per step, "SKIP: ..." (exit 77) when no non-root user can be had.
set -euo pipefail
kiosk_bin=$1 kiosk_pack=$2 source_dir=$3 work=$4
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
session="$here/../../platform/install/kiosk-session"
mkdir -p "$work"
chmod 0755 "$work"
fail() { echo "FAIL: $*"; for log in "$work"/*.log; do echo "--- $log"; tail -n 20 "$log"; done; exit 1; }

# cage refuses to run as root: as root, run as a system user made for this test.
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  user=kiosk-cage-test
  if ! id "$user" >/dev/null 2>&1; then
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$user" 2>"$work/useradd.log" ||
      { echo "SKIP: cannot create the user $user for cage: $(cat "$work/useradd.log")"; exit 77; }
  fi
  as_user=(setpriv --reuid="$user" --regid="$user" --clear-groups --reset-env --)
  owner=$user
else
  owner=$(id -un)
fi
# The build must be readable by that user (a checkout under a private home is not).
"${as_user[@]}" test -x "$kiosk_bin" || { echo "SKIP: $owner cannot run $kiosk_bin (folder permissions)"; exit 77; }

runtime="$work/runtime"
mkdir -p "$runtime" "$work/drop"
"$kiosk_pack" keygen --secret "$work/city.key" --public "$work/city.pub" >/dev/null
"$kiosk_pack" build "$source_dir" --secret "$work/city.key" -o "$work/city.kpack" >/dev/null
"$kiosk_pack" import "$work/city.kpack" --data "$work/data" --trust "$work/city.pub" --now 2026-11-21T10:00:00Z >/dev/null
cat >"$work/kiosk.toml" <<TOML
kiosk_id = "cage-test"
data_dir = "$work/data"
[trust]
public_keys = ["$work/city.pub"]
[watch]
media_roots = []
drop_folders = ["$work/drop"]
TOML
if [ -n "$owner" ] && [ "$(id -u)" -eq 0 ]; then chown -R "$owner" "$work"; fi
chmod 0700 "$runtime"

in_cage() {  # in_cage LOG KIOSK_ARGS...: the session as the service runs it, bounded to 25 s
  local log=$1; shift
  timeout -s KILL 25 "${as_user[@]}" env PATH=/usr/bin:/bin HOME="$work" XDG_RUNTIME_DIR="$runtime" \
    WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 KIOSK_BIN="$kiosk_bin" \
    "$session" --config "$work/kiosk.toml" "$@" >"$log" 2>&1
}

status=0
in_cage "$work/screenshot.log" --now 2026-11-21T10:00:00+01:00 --screenshot "$work/home.png" || status=$?
[ "$status" -eq 0 ] || fail "the session with --screenshot exited $status"
[ -s "$work/home.png" ] || fail "no screenshot"
echo "ok: the kiosk drew its home screen under cage and saved home.png"

# The kiosk runs until it is killed; find it below the session and SIGKILL it.
in_cage "$work/killed.log" --now 2026-11-21T10:00:00+01:00 &
session_pid=$!
kiosk_pid=""
for _ in $(seq 1 150); do
  # The kiosk whose ancestors include our session (other tests may run kiosks too).
  kiosk_pid=$( (pgrep -u "$owner" -x kiosk || true) | while read -r pid; do
    p=$pid
    while [ "${p:-1}" -gt 1 ]; do
      [ "$p" -eq "$session_pid" ] && { echo "$pid"; break; }
      p=$(ps -o ppid= -p "$p" | tr -d ' ')
    done
  done)
  [ -n "$kiosk_pid" ] && [ -s "$work/drop/status/cage-test.json" ] && break
  sleep 0.2
done
[ -n "$kiosk_pid" ] || fail "the kiosk under cage did not start"
kill -KILL $kiosk_pid
status=0
wait "$session_pid" || status=$?
[ "$status" -eq 137 ] || fail "the session exited $status after its kiosk was killed (expected 137)"
echo "ok: a kiosk killed under cage makes the session exit 137"

# SIGTERM to the session, as `systemctl stop` sends it: find the session
# shell (timeout's child) and signal only it.
rm -f "$work/drop/status/cage-test.json"
in_cage "$work/stopped.log" --now 2026-11-21T10:00:00+01:00 &
job_pid=$!
for _ in $(seq 1 150); do
  [ -s "$work/drop/status/cage-test.json" ] && grep -q '"width_px": [1-9]' "$work/drop/status/cage-test.json" && break
  sleep 0.2
done
grep -q '"state": "running"' "$work/drop/status/cage-test.json" || fail "the kiosk under cage wrote no running status"
timeout_pid=$(pgrep -P "$job_pid" -x timeout)
session_shell=$(pgrep -P "$timeout_pid" | head -n 1)
[ -n "$session_shell" ] || fail "no session shell below timeout"
kill -TERM "$session_shell"
status=0
wait "$job_pid" || status=$?
[ "$status" -eq 0 ] || fail "the session exited $status after SIGTERM (expected 0)"
grep -q '"state": "stopped"' "$work/drop/status/cage-test.json" || fail "the last status does not say stopped"
grep -q "stopping (signal 15)" "$work/stopped.log" || fail "the kiosk did not see the SIGTERM"
echo "ok: SIGTERM to the session stops the kiosk cleanly (exit 0, last status stopped)"
