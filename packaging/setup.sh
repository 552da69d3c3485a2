#!/usr/bin/env bash
# One-command set-up on a fresh Debian 12 machine (see README.md).
#   packaging/setup.sh test          install packages, build, run every test
#   packaging/setup.sh run [PHOTO]   install packages, build, colorize PHOTO with the bundled
#                                    model into ./colorized-output/, then open the application
# The steps alone, for packaging/fresh-root-check.sh:
#   packaging/setup.sh install       install packages only
#   packaging/setup.sh configure     CMake configure only
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-}"
build="${COLORIZED_BUILD_DIR:-$here/build}"
jobs="$(nproc)"

install_packages() {
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    local packages
    packages="$(grep -v '^\s*#' "$here/packaging/debian-packages.txt" | grep -v '^\s*$' | tr '\n' ' ')"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $packages
}

configure() {
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
}

build() {
    configure
    cmake --build "$build" -j "$jobs"
}

case "$mode" in
install)
    install_packages
    ;;
configure)
    configure
    ;;
test)
    install_packages
    build
    ctest --test-dir "$build" --output-on-failure -j 2
    ;;
run)
    install_packages
    build
    photo="${2:-}"
    if [ -n "$photo" ]; then
        mkdir -p colorized-output
        "$build/app/cli/colorized-cli" colorize "$photo" -o colorized-output
    fi
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec "$build/app/gui/colorized" ${photo:+"$photo"}
    else
        echo "No display: the application window cannot open here (the colorized file is in colorized-output/)."
    fi
    ;;
*)
    echo "usage: $0 test | run [PHOTO] | install | configure" >&2
    exit 2
    ;;
esac
