#!/usr/bin/env bash
# platform/install/install.sh on a throwaway root and as a dry run, and the
# installed systemd units through `systemd-analyze verify`. Run by
# tests/system/test_system_install.cpp:
#
#   install_root.sh BUILD_DIR WORK_DIR
#
# Prints "ok: ..." per step; exits non-zero at the first failure.
set -euo pipefail
build=$1 work=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
install_sh="$here/../../platform/install/install.sh"
root="$work/root"
mkdir -p "$work"
fail() { echo "FAIL: $*"; exit 1; }
# Every file and folder with its mode and content hash: what "the same" means.
snapshot() { (cd "$root" && find . -printf '%p %m %y\n' | sort && find . -type f -exec sha256sum {} + | sort -k2); }

"$install_sh" --root "$root" --build "$build" >"$work/first.log" 2>&1 || fail "first run: $(tail -5 "$work/first.log")"
for file in usr/local/bin/kiosk usr/local/bin/kiosk-pack usr/local/lib/kiosk/kiosk-session \
            usr/local/lib/kiosk/kiosk-usb-mount etc/kiosk/kiosk.toml etc/systemd/system/kiosk.service \
            etc/systemd/system/kiosk-usb-mount@.service etc/pam.d/kiosk etc/udev/rules.d/90-kiosk-usb.rules; do
  [ -f "$root/$file" ] || fail "not installed: /$file"
done
[ -d "$root/srv/kiosk-drop" ] && [ -d "$root/var/lib/kiosk" ] && [ -d "$root/etc/kiosk/keys" ] || fail "folders missing"
grep -q "^kiosk_id = \"$(hostname -s)\"" "$root/etc/kiosk/kiosk.toml" || fail "kiosk_id is not the host name"
grep -q "^would run on the live system: systemctl enable kiosk.service" "$work/first.log" || fail "enable not printed"
echo "ok: install.sh --root installs every file"

before=$(snapshot)
echo 'staff_pin_hash = "$argon2id$kept"' >>"$root/etc/kiosk/kiosk.toml"
edited=$(snapshot)
"$install_sh" --root "$root" --build "$build" >"$work/second.log" 2>&1 || fail "second run: $(tail -5 "$work/second.log")"
grep -q "^Kept the existing $root/etc/kiosk/kiosk.toml" "$work/second.log" || fail "second run did not keep kiosk.toml"
[ "$(snapshot)" = "$edited" ] || fail "the second run changed the installed tree"
[ "$before" != "$edited" ] || fail "the snapshot does not see an edit"
echo "ok: a second run changes nothing and keeps the edited kiosk.toml"

"$install_sh" --dry-run --build "$build" >"$work/dry.log" 2>&1 || fail "dry run: $(tail -5 "$work/dry.log")"
grep -qx "would run: install -m 0755 $build/kiosk /usr/local/bin/kiosk" "$work/dry.log" || fail "dry run misses the kiosk"
grep -qx "would run: install -m 0644 $(cd "$here/../../platform/install" && pwd)/kiosk.service /etc/systemd/system/kiosk.service" \
  "$work/dry.log" || fail "dry run misses the unit"
grep -qx "Dry run: nothing was changed." "$work/dry.log" || fail "dry run end"
if grep -v "^would run\|^==\|^Dry run\|^$\|^Kept\|^Installed\|^and set the staff PIN" "$work/dry.log" | grep -q .; then
  fail "dry run printed something else: $(grep -v '^would run' "$work/dry.log" | head -3)"
fi
echo "ok: --dry-run prints every change and makes none"

# systemd-analyze verify checks that each program a unit starts exists, so the
# units are verified with their /usr/local paths pointed into the throwaway root.
mkdir -p "$work/units"
for unit in kiosk.service kiosk-usb-mount@.service; do
  sed "s|/usr/local/|$root/usr/local/|g" "$root/etc/systemd/system/$unit" >"$work/units/$unit"
done
grep -q "^ExecStart=$root/usr/local/lib/kiosk/kiosk-session --config /etc/kiosk/kiosk.toml$" "$work/units/kiosk.service" ||
  fail "kiosk.service does not start the installed kiosk-session"
out=$(systemd-analyze verify "$work/units/kiosk.service" "$work/units/kiosk-usb-mount@.service" 2>&1) ||
  fail "systemd-analyze verify failed: $out"
[ -z "$out" ] || fail "systemd-analyze verify warned: $out"
echo "ok: systemd-analyze verify passes on both units without a warning"
