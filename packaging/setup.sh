#!/usr/bin/env bash
# Hark's one entry point for a fresh Debian 12 machine:
#   packaging/setup.sh run    install what is missing, build, open Hark on the bundled sample episode (without a
#                             display: what hark info finds for it)
#   packaging/setup.sh test   install what is missing, build, run the whole test suite: the tests, the same
#                             tests built with AddressSanitizer and UndefinedBehaviorSanitizer, and every
#                             fuzz target for a short while (FUZZ_SECONDS, default 8)
# Safe to run again: it installs only missing packages and rebuilds only what changed.
# Run as root, or as a user who may use sudo (asked for only when packages are missing).
set -Eeuo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(dirname "$here")"
build="$top/build"
cd "$top"
step="starting"

say() { printf '\n==> [%d:%02d] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }
fail() { printf '\nsetup.sh: failed while %s (exit %s)\n' "$step" "$1" >&2; }
trap 'fail $?' ERR

usage() {
    cat <<USAGE
Usage: packaging/setup.sh run|test
  run    install what is missing, build, and run Hark on the bundled sample
  test   install what is missing, build, and run all tests (also under sanitizers, and the fuzzers briefly)
USAGE
}

install_packages() {
    step="checking packages"
    local wanted missing=()
    wanted=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/debian-packages.txt")
    for p in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "All $(echo "$wanted" | wc -w) packages are installed"
        return
    fi
    say "Installing ${#missing[@]} missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "setup.sh: not root and no sudo; run as root" >&2; exit 1; }
        sudo=(sudo)
    fi
    step="updating the package lists (apt-get update)"
    "${sudo[@]}" apt-get update -q
    step="installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() { # PRESET [TARGET]
    step="configuring (cmake --preset $1)"
    say "Configuring ($1)"
    cmake --preset "$1" >/dev/null
    step="building ($1)"
    say "Building ($1${2:+, $2})"
    cmake --build --preset "$1" --parallel "$(nproc)" ${2:+--target "$2"}
}

start_build() { # PRESET [TARGET]: in the background, in a process group of its own (stopping early stops it)
    background_log="$(mktemp)"
    say "Building ($1) in the background"
    set -m
    (build "$@" >"$background_log" 2>&1) &
    background_build=$!
    set +m
    trap 'kill -- -"$background_build" 2>/dev/null || true' EXIT
}

await_build() {
    step="building in the background"
    say "Waiting for the background build"
    if ! wait "$background_build"; then
        tail -n 80 "$background_log" >&2
        false
    fi
    tail -n 2 "$background_log"
    rm -f "$background_log"
}

case "${1:-}" in
run)
    install_packages
    build default hark
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        step="running Hark"
        say "Running: hark (the bundled sample episode)"
        "$build/app/hark"
    else
        step="running hark info on the bundled sample episode"
        say "No display here: showing what Hark finds for the sample episode (hark info resources/sample/welcome.mp3)"
        "$build/app/hark" info "$top/resources/sample/welcome.mp3"
    fi
    ;;
test)
    install_packages
    build default
    # The sanitizer build runs beside the tests, and the fuzz build beside the sanitizer tests: much of the
    # tests' time is real-time playback with the cores half idle, and the suite is made to pass on a busy
    # machine. A build's output is shown when it is done.
    start_build sanitize
    step="running the tests"
    say "Testing"
    ctest --preset default
    await_build
    start_build fuzz fuzz_targets
    step="running the tests under AddressSanitizer and UndefinedBehaviorSanitizer"
    say "Testing under AddressSanitizer and UndefinedBehaviorSanitizer"
    ctest --preset sanitize
    await_build
    step="fuzzing"
    say "Fuzzing every reader for ${FUZZ_SECONDS:-8}s"
    tests/fuzz/run-fuzzers.sh build-fuzz "${FUZZ_SECONDS:-8}"
    ;;
-h | --help)
    usage
    ;;
*)
    usage >&2
    exit 2
    ;;
esac
