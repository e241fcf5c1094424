#!/usr/bin/env bash
# CTest fixture cleanup: stops the PulseAudio daemon that pulse-start.sh started.
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:?set by the test}"
pactl exit >/dev/null 2>&1 || true
echo "PulseAudio stopped"
