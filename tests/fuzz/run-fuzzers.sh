#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 20) on a seed corpus made of the test data, as many at once as
# there are cores (FUZZ_JOBS); fails on a crash, leak, hang (10 s per input) or memory blow-up (2 GB), and
# shows its report.
# Usage: tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS]
# FUZZ_SEED (default 1) makes a run repeatable, as CI wants; FUZZ_SEED=0 lets libFuzzer pick one each time.
set -euo pipefail
build="$(cd "$1" && pwd)"
seconds="${2:-20}"
top="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

seed="$work/seed"
mkdir -p "$seed"
find "$top/tests/data" "$top/resources/sample" -type f -size -1M ! -name '*.tsv' ! -name '*.mp3' ! -name '*.sh' -exec cp {} "$seed/" \;
# The MP3 scanner also gets the start of the sample episode (its Xing frame and first frames).
head -c 60000 "$top/resources/sample/welcome.mp3" > "$seed/welcome-head.mp3"

# One target: its log and its exit status are left in $work.
run_one() {
    local fuzzer="$1" name status=0
    name="$(basename "$fuzzer")"
    mkdir -p "$work/$name" "$build/fuzz-artifacts"
    if ! (cd "$work" && "$fuzzer" -artifact_prefix="$build/fuzz-artifacts/$name-" -max_total_time="$seconds" \
        -seed="${FUZZ_SEED:-1}" -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1 \
        "$work/$name" "$seed" > "$work/$name.log" 2>&1); then
        status=1
    fi
    echo "$status" > "$work/$name.status"
}

mapfile -t fuzzers < <(find "$build/tests/fuzz" -maxdepth 1 -type f -executable -name 'fuzz_*' | sort)
test "${#fuzzers[@]}" -gt 0 || { echo "no fuzz targets in $build/tests/fuzz" >&2; exit 1; }
jobs="${FUZZ_JOBS:-$(nproc)}"
for fuzzer in "${fuzzers[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n || true
    done
    echo "==> $(basename "$fuzzer") for ${seconds}s"
    run_one "$fuzzer" &
done
wait
failed=0
for fuzzer in "${fuzzers[@]}"; do
    name="$(basename "$fuzzer")"
    if [ "$(cat "$work/$name.status" 2>/dev/null || echo 1)" != 0 ]; then
        tail -n 60 "$work/$name.log" >&2
        echo "$name failed; the input is in $build/fuzz-artifacts/ (reproduce: $fuzzer FILE)" >&2
        failed=1
    else
        echo "$name: $(grep -E '^(Done|stat::peak_rss_mb)' "$work/$name.log" | tr -s ' ' | paste -sd ';' -)"
    fi
done
test "$failed" = 0
echo "${#fuzzers[@]} fuzz targets ran for ${seconds}s each, ${jobs} at once, without a finding"
