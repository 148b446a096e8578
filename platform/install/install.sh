#!/usr/bin/env bash
# Turns a Debian 12 machine with a touchscreen into a kiosk. Run as root from
# a checkout of the repository:
#
#   sudo platform/install/install.sh                 build (if needed) and install
#   sudo platform/install/install.sh --no-build      install an existing build/kiosk
#   platform/install/install.sh --dry-run            print every change, make none
#   platform/install/install.sh --root DIR           install the files under DIR (a throwaway
#                                                    root for tests); system commands are printed only
#   --build DIR                                      take kiosk and kiosk-pack from DIR (implies --no-build)
#
# It installs the packages, builds the kiosk, creates the system user `kiosk`
# and /var/lib/kiosk, installs /etc/kiosk/kiosk.toml (never overwriting an
# existing one), the systemd units, the PAM session and the USB mount rule,
# and enables the kiosk. Running it again updates the programs and units and
# changes nothing else.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
build="$repo/build-release"
do_build=1
dry_run=0
dest=""   # --root: every path below is prefixed with it
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) do_build=0; build="$repo/build" ;;
    --build) do_build=0; build=$(cd "${2:?--build needs a folder}" && pwd); shift ;;
    --dry-run) dry_run=1; do_build=0; [ -x "$build/kiosk" ] || build="$repo/build" ;;
    --root) dest=$(mkdir -p "${2:?--root needs a folder}" && cd "$2" && pwd); do_build=0
            [ -x "$build/kiosk" ] || build="$repo/build"; shift ;;
    *) echo "install.sh: unknown option '$1' (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
  shift
done
live_system=1
[ "$dry_run" -eq 1 ] || [ -n "$dest" ] && live_system=0

if [ "$live_system" -eq 1 ] && [ "$(id -u)" -ne 0 ]; then
  echo "install.sh: please run as root (sudo $0), or try --dry-run" >&2
  exit 1
fi

# A change to the files: done, or only printed with --dry-run.
change() {
  if [ "$dry_run" -eq 1 ]; then echo "would run: $*"; else "$@"; fi
}
# A change to the running system (packages, users, systemd, udev): skipped
# with --dry-run and --root, where it is printed instead.
system() {
  if [ "$live_system" -eq 1 ]; then "$@"; else echo "would run on the live system: $*"; fi
}
# install(1) with owner and group only where the kiosk user exists for real.
install_as() {
  local owner=$1; shift
  if [ "$live_system" -eq 1 ]; then change install -o "$owner" -g kiosk "$@"; else change install "$@"; fi
}

# What the kiosk needs at run time besides its build packages (platform/dev.sh):
# the compositor with Xwayland, D-Bus/logind for the seat, blkid for sticks.
runtime_packages=(cage xwayland dbus libpam-systemd util-linux fonts-noto-core)

echo "== Packages"
system apt-get update -qq
system env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${runtime_packages[@]}"

if [ "$do_build" -eq 1 ]; then
  echo "== Build (release)"
  # dev.sh installs the build packages; then a release build of just the two programs.
  "$repo/platform/dev.sh" packages
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" --target kiosk kiosk-pack -j"$(nproc)"
fi
for program in kiosk kiosk-pack; do
  [ -x "$build/$program" ] || { echo "install.sh: $build/$program is missing" >&2; exit 1; }
done

echo "== User and folders"
id kiosk >/dev/null 2>&1 || system useradd --system --home-dir /var/lib/kiosk --no-create-home \
  --shell /usr/sbin/nologin --comment "Community kiosk" kiosk
for group in video input render; do
  getent group "$group" >/dev/null && system usermod -a -G "$group" kiosk
done
install_as kiosk -d -m 0750 "$dest/var/lib/kiosk"
install_as kiosk -d -m 0775 "$dest/srv/kiosk-drop"
change install -d -m 0755 "$dest/etc/kiosk" "$dest/etc/kiosk/keys" "$dest/usr/local/lib/kiosk" \
  "$dest/usr/local/bin" "$dest/etc/systemd/system" "$dest/etc/pam.d" "$dest/etc/udev/rules.d"

echo "== Programs"
change install -m 0755 "$build/kiosk" "$dest/usr/local/bin/kiosk"
change install -m 0755 "$build/kiosk-pack" "$dest/usr/local/bin/kiosk-pack"
change install -m 0755 "$here/kiosk-usb-mount" "$dest/usr/local/lib/kiosk/kiosk-usb-mount"
change install -m 0755 "$here/kiosk-session" "$dest/usr/local/lib/kiosk/kiosk-session"

echo "== Configuration"
config="$dest/etc/kiosk/kiosk.toml"
if [ ! -f "$config" ]; then
  install_as root -m 0640 "$here/kiosk.toml" "$config"
  change sed -i "s/^kiosk_id = .*/kiosk_id = \"$(hostname -s)\"/" "$config"
  echo "Installed $config - edit it, put your public key(s) into /etc/kiosk/keys/,"
  echo "and set the staff PIN with: sudo kiosk-pack set-pin --config /etc/kiosk/kiosk.toml"
else
  echo "Kept the existing $config"
fi

echo "== systemd units, PAM session, udev rule"
change install -m 0644 "$here/kiosk.service" "$dest/etc/systemd/system/kiosk.service"
change install -m 0644 "$here/kiosk-usb-mount@.service" "$dest/etc/systemd/system/kiosk-usb-mount@.service"
change install -m 0644 "$here/pam.d-kiosk" "$dest/etc/pam.d/kiosk"
change install -m 0644 "$here/90-kiosk-usb.rules" "$dest/etc/udev/rules.d/90-kiosk-usb.rules"
system systemctl daemon-reload
system udevadm control --reload-rules
# Boot into the kiosk, not a desktop or a login prompt on its console.
system systemctl set-default graphical.target
system systemctl enable kiosk.service
system systemctl disable getty@tty7.service 2>/dev/null || true

echo
if [ "$live_system" -eq 1 ]; then
  echo "Done. Start it now with: sudo systemctl restart kiosk"
  echo "Logs: journalctl -u kiosk -f   Status files: /srv/kiosk-drop/status/ (open index.html there)"
elif [ "$dry_run" -eq 1 ]; then
  echo "Dry run: nothing was changed."
else
  echo "Installed under $dest; the live system was not changed."
fi
