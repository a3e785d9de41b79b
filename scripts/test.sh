#!/usr/bin/env bash
# The README's second command: build and run the whole test suite.
# Usage: scripts/test.sh [--sanitize]   (--sanitize: ASan+UBSan build in build-asan)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build type=RelWithDebInfo
if [[ "${1:-}" == "--sanitize" ]]; then
  dir=build-asan type=Sanitize
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
  if [[ -f tests/lsan.supp ]]; then
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
  fi
fi
scripts/install-deps.sh
scripts/build.sh "$dir" "$type"
ctest --test-dir "$dir" --output-on-failure -j"$(nproc)"
