#!/usr/bin/env bash
# CTest fixture: a PulseAudio daemon with a null sink, so that real playback runs at real time on a machine
# without a sound card, and the sink's monitor can be recorded to prove that sound came out.
set -euo pipefail
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:?set by the test}"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
if ! pactl info >/dev/null 2>&1; then
    pulseaudio -D -n --exit-idle-time=-1 --log-target=stderr --log-level=error \
        --load=module-native-protocol-unix \
        --load="module-null-sink sink_name=hark_test_sink sink_properties=device.description=HarkTest" \
        --load=module-always-sink
    for _ in $(seq 100); do
        pactl info >/dev/null 2>&1 && break
        sleep 0.1
    done
fi
pactl set-default-sink hark_test_sink
echo "PulseAudio ready in $XDG_RUNTIME_DIR"
