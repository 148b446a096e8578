#!/usr/bin/env bash
# Real Syncthing between an "office" and a "kiosk" side on this machine, with
# two real kiosks on the kiosk side. Run by tests/system/test_system_syncthing.cpp:
#
#   syncthing_fleet.sh KIOSK_BIN KIOSK_PACK_BIN SOURCE_DIR WORK_DIR
#
# Both Syncthing instances have their own homes, listen on 127.0.0.1 only
# (sync and GUI/API, with an API key), and have global discovery, local
# discovery, relays, NAT traversal, usage reporting, crash reporting and
# upgrades off. The folder settings are the ones platform/install/syncthing.md
# documents. Everything is stopped at the end, whatever happens. Prints one
# "ok: ..." line per step; exits non-zero at the first step that fails.
set -euo pipefail
kiosk_bin=$1 kiosk_pack=$2 source_dir=$3 work=$4
deadline=$((SECONDS + 55))
mkdir -p "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; for log in "$work"/*.log; do echo "--- $log"; tail -n 15 "$log"; done; exit 1; }
wait_for() {  # wait_for DESCRIPTION COMMAND...: polls until the command succeeds or the time is up
  local what=$1; shift
  until "$@"; do
    [ $SECONDS -lt $deadline ] || fail "timed out waiting for: $what"
    sleep 0.2
  done
}

# Free ports near a per-process base, so parallel runs do not collide.
base=$((20000 + ($$ % 2000) * 4))
office_port=$base kiosk_port=$((base + 1)) office_gui=$((base + 2)) kiosk_gui=$((base + 3))
api_key="kiosk-fleet-test-$$"
export STNODEFAULTFOLDER=1 STNOUPGRADE=1 STNORESTART=1

make_home() {  # make_home NAME LISTEN_PORT GUI_PORT
  local home="$work/$1-home"
  syncthing generate --home="$home" --no-default-folder --skip-port-probing >"$work/$1-generate.log" 2>&1
  # One element per line in Syncthing's config.xml: plain sed is enough.
  sed -i \
    -e "s|<listenAddress>.*</listenAddress>|<listenAddress>tcp://127.0.0.1:$2</listenAddress>|" \
    -e "s|<globalAnnounceEnabled>true<|<globalAnnounceEnabled>false<|" \
    -e "s|<localAnnounceEnabled>true<|<localAnnounceEnabled>false<|" \
    -e "s|<relaysEnabled>true<|<relaysEnabled>false<|" \
    -e "s|<natEnabled>true<|<natEnabled>false<|" \
    -e "s|<urAccepted>[-0-9]*<|<urAccepted>-1<|" \
    -e "s|<crashReportingEnabled>true<|<crashReportingEnabled>false<|" \
    -e "s|<autoUpgradeIntervalH>[0-9]*<|<autoUpgradeIntervalH>0<|" \
    -e "s|<startBrowser>true<|<startBrowser>false<|" \
    -e "s|<address>127.0.0.1:8384</address>|<address>127.0.0.1:$3</address>|" \
    "$home/config.xml"
  sed -n 's/.*Device ID: //p' "$work/$1-generate.log"
}
office_id=$(make_home office "$office_port" "$office_gui" | tail -n 1)
kiosk_id=$(make_home kiosk "$kiosk_port" "$kiosk_gui" | tail -n 1)
[ -n "$office_id" ] && [ -n "$kiosk_id" ] || fail "no device ids"
echo "ok: two Syncthing homes"

start_syncthing() {  # start_syncthing NAME GUI_PORT
  syncthing serve --home="$work/$1-home" --no-browser --no-restart --no-upgrade \
    --gui-address="127.0.0.1:$2" --gui-apikey="$api_key" --logflags=0 >"$work/$1-syncthing.log" 2>&1 &
  pids+=($!)
}
start_syncthing office "$office_gui"
start_syncthing kiosk "$kiosk_gui"
api() {  # api GUI_PORT METHOD PATH [JSON]
  curl -fsS -X "$2" -H "X-API-Key: $api_key" ${4:+-H "Content-Type: application/json" -d "$4"} \
    "http://127.0.0.1:$1$3"
}
both_answer() { api "$office_gui" GET /rest/system/ping >/dev/null 2>&1 && api "$kiosk_gui" GET /rest/system/ping >/dev/null 2>&1; }
wait_for "both Syncthing APIs" both_answer
echo "ok: both Syncthing instances answer on 127.0.0.1 only"

office_dir="$work/office/kiosk-drop" kiosk_dir="$work/kiosk/kiosk-drop"
mkdir -p "$office_dir" "$kiosk_dir"
# The folder settings of platform/install/syncthing.md, the same on both sides:
# send & receive (packs go out, status files come back), no versioning, no
# conflict copies (each kiosk writes only its own files; index.html may be
# written by several, and the newest wins), Syncthing's and the kiosk's
# temporary files never synced.
add_side() {  # add_side GUI_PORT PATH OTHER_ID OTHER_PORT
  api "$1" PUT "/rest/config/devices/$3" \
    "{\"deviceID\":\"$3\",\"addresses\":[\"tcp://127.0.0.1:$4\"],\"autoAcceptFolders\":false}" >/dev/null
  api "$1" PUT /rest/config/folders/kiosk-drop \
    "{\"id\":\"kiosk-drop\",\"label\":\"kiosk-drop\",\"path\":\"$2\",\"type\":\"sendreceive\",
      \"devices\":[{\"deviceID\":\"$3\"}],\"rescanIntervalS\":60,\"fsWatcherEnabled\":true,\"fsWatcherDelayS\":1,
      \"versioning\":{\"type\":\"\"},\"maxConflicts\":0,\"ignorePerms\":false}" >/dev/null
  api "$1" POST "/rest/db/ignores?folder=kiosk-drop" '{"ignore":["(?d).*.tmp-*"]}' >/dev/null
}
add_side "$office_gui" "$office_dir" "$kiosk_id" "$kiosk_port"
add_side "$kiosk_gui" "$kiosk_dir" "$office_id" "$office_port"
connected() { api "$office_gui" GET /rest/system/connections | grep -q '"connected": *true'; }
wait_for "the two instances to connect" connected
echo "ok: office and kiosk connected over 127.0.0.1"

# Two real kiosks on the kiosk side, each with its own data folder, a short
# heartbeat, and the folder Syncthing fills.
"$kiosk_pack" keygen --secret "$work/city.key" --public "$work/city.pub" >/dev/null
for kiosk in gruenau-1 gruenau-2; do
  cat >"$work/$kiosk.toml" <<TOML
kiosk_id = "$kiosk"
data_dir = "$work/data-$kiosk"
status_interval_seconds = 5
[trust]
public_keys = ["$work/city.pub"]
[watch]
media_roots = []
drop_folders = ["$kiosk_dir"]
settle_ms = 500
TOML
  "$kiosk_bin" --windowed 800x600 --config "$work/$kiosk.toml" >"$work/$kiosk.log" 2>&1 &
  pids+=($!)
  eval "pid_${kiosk//-/_}=\$!"
done
both_status() { [ -s "$office_dir/status/gruenau-1.json" ] && [ -s "$office_dir/status/gruenau-2.json" ]; }
wait_for "both kiosks' first status on the office side" both_status
echo "ok: both kiosks' status files reached the office"

# Syncthing's leftovers of an interrupted transfer on the kiosk side: a
# truncated pack under Syncthing's temporary name. It must never be imported.
"$kiosk_pack" build "$source_dir" --secret "$work/city.key" -o "$work/city.kpack" --sequence 20261121100000 >/dev/null
head -c 20000 "$work/city.kpack" >"$kiosk_dir/.syncthing.half-city.kpack.tmp"
# The pack dropped on the office side, written the way a staff member copies it.
cp "$work/city.kpack" "$office_dir/city.kpack"
echo "ok: pack dropped on the office side"

accepted() {  # accepted KIOSK: its status on the OFFICE side says the pack is live
  grep -q '"sequence": 20261121100000' "$office_dir/status/$1.json" 2>/dev/null &&
    grep -q '"result": "accepted"' "$office_dir/status/$1.json"
}
wait_for "gruenau-1 to import and report back" accepted gruenau-1
wait_for "gruenau-2 to import and report back" accepted gruenau-2
echo "ok: both kiosks imported the pack and their status came back to the office"
page_lists_both() {
  [ -s "$office_dir/status/index.html" ] && grep -q '<strong>gruenau-1</strong>' "$office_dir/status/index.html" &&
    grep -q '<strong>gruenau-2</strong>' "$office_dir/status/index.html" &&
    grep -q 'Alle 2 Kiosks in Ordnung' "$office_dir/status/index.html"
}
wait_for "index.html with both kiosks fine on the office side" page_lists_both
echo "ok: index.html came back with both kiosks fine"
[ -s "$office_dir/kiosk-report-gruenau-1.txt" ] || fail "no report of gruenau-1 on the office side"
echo "ok: the kiosks' reports came back"

if grep -h "/\.syncthing\." "$work"/gruenau-*.log | grep -q .; then
  fail "a Syncthing temporary file was imported"
fi
[ -e "$kiosk_dir/.syncthing.half-city.kpack.tmp" ] || fail "the temporary file vanished"
for kiosk in gruenau-1 gruenau-2; do
  imports=$(grep -c "importing " "$work/$kiosk.log" || true)
  [ "$imports" -eq 1 ] || fail "$kiosk imported $imports times (expected once)"
done
echo "ok: Syncthing's temporary file was never imported; each kiosk imported once"
"$kiosk_pack" fleet "$office_dir" >"$work/fleet.txt" || fail "kiosk-pack fleet sees trouble: $(cat "$work/fleet.txt")"
echo "ok: kiosk-pack fleet on the office side exits 0"

# A clean stop (SIGTERM, as systemd sends it) reaches the office as "stopped".
kill -TERM "$pid_gruenau_1"
wait "$pid_gruenau_1" || fail "gruenau-1 did not exit 0 on SIGTERM"
stopped() { grep -q '"state": "stopped"' "$office_dir/status/gruenau-1.json"; }
wait_for "gruenau-1's last status (stopped) on the office side" stopped
echo "ok: SIGTERM stopped gruenau-1 cleanly and the office sees it stopped"
# A pack half-synced when Syncthing stops is never imported: the kiosk side
# receives slowly (rate limit, also on the LAN), and its Syncthing is stopped
# while the pack is still under Syncthing's temporary name.
api "$kiosk_gui" PATCH /rest/config/options '{"maxRecvKbps":100,"limitBandwidthInLan":true}' >/dev/null
head -c 3000000 /dev/urandom >"$work/big.kpack"
cp "$work/big.kpack" "$office_dir/city-big.kpack"
partial() { [ -s "$kiosk_dir/.syncthing.city-big.kpack.tmp" ]; }
wait_for "the big pack to be half on the kiosk side" partial
kill -TERM "${pids[1]}"
wait "${pids[1]}" || true
sleep 2  # longer than the kiosks' settle time
[ -e "$kiosk_dir/.syncthing.city-big.kpack.tmp" ] || fail "the half-synced temporary file is gone"
[ ! -e "$kiosk_dir/city-big.kpack" ] || fail "the big pack arrived whole: the transfer was not interrupted"
if grep -q "city-big" "$work/gruenau-2.log"; then fail "the half-synced pack was looked at: $(grep city-big "$work/gruenau-2.log")"; fi
echo "ok: a pack half-synced when Syncthing stopped was never imported"
# No conflict copies anywhere: every kiosk wrote only its own files.
if find "$office_dir" "$kiosk_dir" -name '*sync-conflict*' | grep -q .; then fail "conflict copies appeared"; fi
echo "ok: no conflict copies; finished in $SECONDS s"
