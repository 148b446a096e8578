#!/usr/bin/env bash
# Turns a Debian 12 machine with a touchscreen into a kiosk. Run as root from
# a checkout of the repository:
#
#   sudo platform/install/install.sh            build (if needed) and install
#   sudo platform/install/install.sh --no-build install an existing build/kiosk
#
# It installs the packages, builds the kiosk, creates the system user `kiosk`
# and /var/lib/kiosk, installs /etc/kiosk/kiosk.toml (never overwriting an
# existing one), the systemd units, the PAM session and the USB mount rule,
# and enables the kiosk. Running it again updates the programs and units.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build="$root/build-release"
do_build=1
[ "${1:-}" = "--no-build" ] && { do_build=0; build="$root/build"; }

if [ "$(id -u)" -ne 0 ]; then
  echo "install.sh: please run as root (sudo $0)" >&2
  exit 1
fi

# What the kiosk needs at run time besides its build packages (platform/dev.sh):
# the compositor with Xwayland, D-Bus/logind for the seat, blkid for sticks.
runtime_packages=(cage xwayland dbus libpam-systemd util-linux fonts-noto-core)

echo "== Packages"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${runtime_packages[@]}"

if [ "$do_build" -eq 1 ]; then
  echo "== Build (release)"
  # dev.sh installs the build packages; then a release build of just the two programs.
  "$root/platform/dev.sh" packages
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" --target kiosk kiosk-pack -j"$(nproc)"
fi
for program in kiosk kiosk-pack; do
  [ -x "$build/$program" ] || { echo "install.sh: $build/$program is missing" >&2; exit 1; }
done

echo "== User and folders"
if ! id kiosk >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/kiosk --no-create-home --shell /usr/sbin/nologin \
    --comment "Community kiosk" kiosk
fi
for group in video input render; do
  getent group "$group" >/dev/null && usermod -a -G "$group" kiosk
done
install -d -o kiosk -g kiosk -m 0750 /var/lib/kiosk
install -d -o kiosk -g kiosk -m 0775 /srv/kiosk-drop
install -d -m 0755 /etc/kiosk /etc/kiosk/keys /usr/local/lib/kiosk

echo "== Programs"
install -m 0755 "$build/kiosk" /usr/local/bin/kiosk
install -m 0755 "$build/kiosk-pack" /usr/local/bin/kiosk-pack
install -m 0755 "$here/kiosk-usb-mount" /usr/local/lib/kiosk/kiosk-usb-mount

echo "== Configuration"
if [ ! -f /etc/kiosk/kiosk.toml ]; then
  install -o root -g kiosk -m 0640 "$here/kiosk.toml" /etc/kiosk/kiosk.toml
  sed -i "s/^kiosk_id = .*/kiosk_id = \"$(hostname -s)\"/" /etc/kiosk/kiosk.toml
  echo "Installed /etc/kiosk/kiosk.toml - edit it, put your public key(s) into /etc/kiosk/keys/,"
  echo "and set the staff PIN with: sudo kiosk-pack set-pin --config /etc/kiosk/kiosk.toml"
else
  echo "Kept the existing /etc/kiosk/kiosk.toml"
fi

echo "== systemd units, PAM session, udev rule"
install -m 0644 "$here/kiosk.service" /etc/systemd/system/kiosk.service
install -m 0644 "$here/kiosk-usb-mount@.service" /etc/systemd/system/kiosk-usb-mount@.service
install -m 0644 "$here/pam.d-kiosk" /etc/pam.d/kiosk
install -m 0644 "$here/90-kiosk-usb.rules" /etc/udev/rules.d/90-kiosk-usb.rules
systemctl daemon-reload
udevadm control --reload-rules
# Boot into the kiosk, not a desktop or a login prompt on its console.
systemctl set-default graphical.target
systemctl enable kiosk.service
systemctl disable getty@tty7.service 2>/dev/null || true

echo
echo "Done. Start it now with: sudo systemctl restart kiosk"
echo "Logs: journalctl -u kiosk -f   Status files: /srv/kiosk-drop/status/"
