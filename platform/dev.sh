#!/usr/bin/env bash
# The developer's and newcomer's entry point. On a fresh Debian 12 machine:
#   platform/dev.sh run     install missing packages, build, open the kiosk on the demo content
#   platform/dev.sh test    the same set-up, then every test, headless under Xvfb
#   platform/dev.sh bench   release build, then the performance benchmark (see README)
#   platform/dev.sh bench soak [MINUTES]   only the soak run (a kiosk day at 20x = 72 minutes)
#   platform/dev.sh fuzz [TARGET|all] [SECONDS]
#                           libFuzzer + ASan + UBSan (clang) on one parser or all of them, each
#                           for SECONDS (default 60) from the committed corpus tests/fuzz/corpus/TARGET;
#                           SECONDS=0 replays the corpus once under the sanitizers. FUZZ_MERGE=1
#                           merges what the run found into the committed corpus (minimised).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build"
command=${1:-run}
shift || true

# Debian bookworm packages the build, the tests and the demo need.
packages=(
  build-essential cmake ninja-build pkg-config git
  libimgui-dev libglfw3-dev libgl-dev libsqlite3-dev libstb-dev doctest-dev
  libfribidi-dev libharfbuzz-dev libharfbuzz-bin libfreetype-dev libical-dev libsodium-dev libzip-dev zlib1g-dev libjpeg62-turbo-dev
  nlohmann-json3-dev libtomlplusplus-dev libmd4c-dev libqrencode-dev libexpat1-dev libicu-dev
  fonts-noto-core tzdata minisign iso-codes
  xvfb xauth xdotool x11-utils libgl1-mesa-dri imagemagick
  faketime
  libespeak-ng-dev espeak-ng-data libasound2-dev
  syncthing curl cage xwayland util-linux passwd systemd
)

install_missing_packages() {
  local missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  local type=${1:-RelWithDebInfo}
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type" >/dev/null
  cmake --build "$build" -j"$(nproc)"
}

# The demo pack is signed with a key made on this machine at build time
# (build/demo/). Production configuration never trusts it.
prepare_demo_data() {
  local demo="$build/demo"
  mkdir -p "$demo"
  if [ ! -f "$demo/demo.key" ]; then
    "$build/kiosk-pack" keygen --secret "$demo/demo.key" --public "$demo/demo.pub"
  fi
  "$build/kiosk-pack" build "$root/content/demo" --secret "$demo/demo.key" -o "$demo/demo.kpack"
  "$build/kiosk-pack" import "$demo/demo.kpack" --data "$demo/data" --trust "$demo/demo.pub" \
    || "$build/kiosk-pack" show --data "$demo/data" >/dev/null  # already imported: keep it
}

with_display() {
  if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    "$@"
  else
    xvfb-run -a -s "-screen 0 1920x1920x24" "$@"
  fi
}

case "$command" in
  run)
    install_missing_packages
    configure_and_build
    prepare_demo_data
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "No display here: starting the kiosk under Xvfb and saving its first screen to build/screenshot.png"
      with_display "$build/kiosk" --data "$build/demo/data" --trust "$build/demo/demo.pub" \
        --windowed 1920x1080 --screenshot "$build/screenshot.png" "$@"
      echo "Saved build/screenshot.png"
    else
      # On a desktop: a normal window that Esc or closing quits (the kiosk
      # prints one line saying so). The installed kiosk runs fullscreen.
      exec "$build/kiosk" --developer --data "$build/demo/data" --trust "$build/demo/demo.pub" "$@"
    fi
    ;;
  test)
    install_missing_packages
    configure_and_build
    cd "$build"
    with_display ctest --output-on-failure -j2 "$@"
    # No test may depend on today's date: the data-layer tests and the
    # in-process kiosk tests (no display) run again with the clock 400 days
    # ahead (libfaketime, every process).
    if [ $# -eq 0 ]; then
      echo "Data-layer and in-process kiosk tests again with the clock moved 400 days ahead (faketime):"
      faketime -f "+400d" ctest --output-on-failure -j2 -L 'data|app'
    fi
    ;;
  packages)
    # Only the Debian packages (platform/install/install.sh uses it).
    install_missing_packages
    ;;
  bench)
    # Only the benchmark compares against a browser kiosk: Chromium (and the
    # profilers used to find hot spots) are never needed to build or test.
    packages+=(chromium valgrind heaptrack)
    install_missing_packages
    # `bench soak [MINUTES]`: only the soak run (default 72 minutes, a whole
    # kiosk day at 20x speed).
    if [ "${1:-}" = soak ]; then
      shift
      minutes=72
      if [ -n "${1:-}" ] && [ "${1#-}" = "$1" ]; then minutes="$1"; shift; fi
      set -- --only soak --soak-minutes "$minutes" "$@"
    fi
    build="$root/build-release"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build" -j"$(nproc)" --target kiosk-bench
    # Headless at the brief's 1920x1080 (Mesa's software renderer under Xvfb).
    if [ -n "${DISPLAY:-}" ]; then
      "$build/kiosk-bench" --source "$root" --build "$build" "$@"
    else
      xvfb-run -a -s "-screen 0 1920x1080x24" "$build/kiosk-bench" --source "$root" --build "$build" "$@"
    fi
    echo "Fleet page (status/index.html) size and rewrite time:"
    "$build/kiosk-fleet-bench"
    ;;
  fuzz)
    # clang and libFuzzer's runtime are only needed for fuzzing.
    packages+=(clang libclang-rt-14-dev)
    install_missing_packages
    build="$root/build-fuzz"
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIOSK_FUZZ=ON >/dev/null
    corpora="$root/tests/fuzz/corpus"
    wanted=${1:-all}
    seconds=${2:-60}
    if [ "$wanted" = all ]; then
      targets=$(ls "$corpora")
    else
      [ -d "$corpora/$wanted" ] || { echo "unknown fuzz target '$wanted'; one of: $(ls "$corpora" | tr '\n' ' ')" >&2; exit 2; }
      targets=$wanted
    fi
    failed=()
    for target in $targets; do
      cmake --build "$build" -j"$(nproc)" --target "fuzz_$target"
      program="$build/fuzz/fuzz_$target"
      mkdir -p "$build/found/$target" "$build/crashes"
      if [ "$seconds" = 0 ]; then
        echo "== $target: replaying $(ls "$corpora/$target" | wc -l) corpus files under ASan + UBSan"
        "$program" -runs=1 "$corpora/$target"/* || failed+=("$target")
      else
        echo "== $target: fuzzing for $seconds s"
        "$program" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -max_len=65536 \
          -artifact_prefix="$build/crashes/$target-" "$build/found/$target" "$corpora/$target" || failed+=("$target")
        if [ "${FUZZ_MERGE:-0}" = 1 ]; then
          "$program" -merge=1 "$corpora/$target" "$build/found/$target"
        fi
      fi
    done
    if [ ${#failed[@]} -gt 0 ]; then
      echo "fuzzing found problems in: ${failed[*]} (inputs in $build/crashes/; add each to tests/fuzz/corpus/TARGET/ once fixed)" >&2
      exit 1
    fi
    ;;
  *)
    echo "usage: platform/dev.sh run|test|bench|packages|fuzz [TARGET] [SECONDS]" >&2
    exit 2
    ;;
esac
