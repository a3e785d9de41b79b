#!/usr/bin/env bash
# The README's first command: install what is missing, build, run the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh build
echo "--- secdigest demo (bundled sample day, offline)" >&2
build/secdigest demo --output secdigest-demo
