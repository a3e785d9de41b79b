#!/usr/bin/env bash
# Regenerate docs/sample-digest/ (the bundled sample day's digest, kept in the
# repository so readers can see the product without building it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh build >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build/secdigest -q demo --no-llm --output "$tmp" >/dev/null
mkdir -p docs/sample-digest
cp "$tmp"/2026-11-18.md "$tmp"/2026-11-18.html "$tmp"/2026-11-18.json "$tmp"/index.html "$tmp"/digest.atom docs/sample-digest/
build/secdigest check docs/sample-digest/2026-11-18.md
echo "docs/sample-digest/ updated" >&2
