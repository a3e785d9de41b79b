#!/usr/bin/env bash
# Build the libFuzzer targets with clang and run each for SECONDS (default 60).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
dir=build-fuzz
if [[ ! -f "$dir/CMakeCache.txt" ]]; then
  CC=clang cmake -S . -B "$dir" -G Ninja -DSECDIGEST_FUZZ=ON -DCMAKE_BUILD_TYPE=Sanitize >/dev/null
fi
cmake --build "$dir" -j"$(nproc)"
targets=("$@")
if ((${#targets[@]} == 0)); then
  for f in fuzz/fuzz_*.c; do targets+=("$(basename "$f" .c)"); done
fi
for t in "${targets[@]}"; do
  corpus=fuzz/corpus/${t#fuzz_}
  work=$(mktemp -d)
  [[ -d "$corpus" ]] && cp -r "$corpus"/. "$work"/ 2>/dev/null || true
  echo "--- $t for ${secs}s" >&2
  # The fuzzer's own exit status decides; the log is filtered afterwards.
  status=0
  "$dir/fuzz/$t" -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$dir/$t-" "$work" > "$work.log" 2>&1 || status=$?
  grep -E 'stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY|Done' "$work.log" || true
  if [[ $status -ne 0 ]]; then
    grep -A12 -E '^==[0-9]+==ERROR' "$work.log" | head -30 >&2 || true
  fi
  rm -f "$work.log"
  rm -rf "$work"
  if [[ $status -ne 0 ]]; then
    echo "$t: FAILED (exit $status); artifacts in $dir/" >&2
    exit 1
  fi
done
