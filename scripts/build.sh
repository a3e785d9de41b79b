#!/usr/bin/env bash
# Configure and build secdigest.  Usage: scripts/build.sh [BUILD_DIR] [BUILD_TYPE]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build}
type=${2:-RelWithDebInfo}
gen=()
command -v ninja >/dev/null && gen=(-G Ninja)
if [[ ! -f "$dir/CMakeCache.txt" ]]; then
  cmake -S . -B "$dir" "${gen[@]}" -DCMAKE_BUILD_TYPE="$type" >/dev/null
fi
cmake --build "$dir" -j"$(nproc)"
