#!/usr/bin/env bash
# Screenshots of the fleet page (status/index.html) in headless Chromium at a
# desktop and a phone width, for a person to look at: six kiosks in every
# state the page knows (fine, stale, stopped, behind/refused, low disk with a
# clock ahead, unreadable). Chromium is a bench package (platform/dev.sh bench).
#
#   bench/fleet_page_screenshots.sh KIOSK_PACK_BIN OUT_DIR
set -euo pipefail
kiosk_pack=$1 out=$2
drop="$out/drop"
mkdir -p "$drop/status"
status() {  # status ID LAST_SEEN STATE SEQUENCE RESULT FREE_BYTES [MESSAGE]
  local local_time
  local_time=$(TZ=Europe/Berlin date -d "$2" +%Y-%m-%dT%H:%M:%S%:z)
  cat >"$drop/status/$1.json" <<JSON
{"format": 2, "kiosk_id": "$1", "app_version": "0.1.0", "state": "$3", "last_seen": "$2",
 "heartbeat_seconds": 600, "started_at": "2026-11-20T06:00:00Z", "uptime_seconds": 100000,
 "starts": {"last_24h": 1, "total": 12}, "last_exit": "stopped cleanly at 2026-11-20T05:59:00Z",
 "live": {"pack_id": "leipzig-city", "sequence": $4, "created_at": "2026-11-18T10:00:00Z", "age_days": 3},
 "last_import": {"result": "$5", "pack_file": "leipzig-city-$4.kpack", "message": "${7:-}"},
 "refused_packs": [], "touch_test": {"at": "2026-11-19T08:00:00Z", "result": "passed", "areas_touched": 12, "areas_total": 12},
 "clock": {"utc": "$2", "local": "$local_time", "time_zone": "Europe/Berlin"},
 "screen": {"width_px": 1920, "height_px": 1080, "width_mm": 531, "height_mm": 299}, "free_disk_bytes": $6}
JSON
}
status leipzig-gruenau-1 2026-11-21T09:58:00Z running 20261120 accepted 21474836480
status leipzig-gruenau-2 2026-11-21T07:10:00Z running 20261120 accepted 21474836480
status dresden-kulturbuero 2026-11-19T16:00:00Z stopped 20261120 accepted 21474836480
status spandau-nachbarschaft 2026-11-21T09:55:00Z running 20261101 refused 21474836480 \
  "The pack is not signed by a key this kiosk trusts; ask the coordinator for a pack signed with the city's key."
status leipzig-bibliothek 2026-11-21T10:12:00Z running 20261120 accepted 400000000
echo '{"format": 2, "kiosk_id": "broken"' >"$drop/status/leipzig-schule.json"
TZ=Europe/Berlin "$kiosk_pack" fleet "$drop" --now 2026-11-21T10:00:00Z --page "$out/index.html" >/dev/null || true
for size in 1280,1000:desktop 390,2200:phone; do
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size="${size%%:*}" \
    --screenshot="$out/fleet-${size##*:}.png" "file://$out/index.html" 2>/dev/null
done
ls -l "$out"/fleet-*.png
