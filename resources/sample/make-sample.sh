#!/usr/bin/env bash
# Regenerates the bundled sample episode from welcome.script: welcome.vtt (speakers, a time for every word,
# from espeak-ng's phoneme events) and welcome.mp3 (mono, 48 kbit/s, tagged). Deterministic for the same
# espeak-ng and lame. Needs a configured build (for hark-synth) and the lame package.
# Usage: resources/sample/make-sample.sh [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build}"
cmake --build "$build" --target hark-synth >/dev/null
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$build/tests/synth/hark-synth" "$here/welcome.script" "$tmp/welcome.wav" "$here/welcome.vtt"
lame --quiet -m m -b 48 --tt "Welcome to Hark" --ta "Maya and Theo" --tl "Hark samples" --ty 2026 \
    "$tmp/welcome.wav" "$here/welcome.mp3"
ls -l "$here/welcome.mp3" "$here/welcome.vtt"
