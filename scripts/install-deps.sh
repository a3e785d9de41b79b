#!/usr/bin/env bash
# Install the Debian packages secdigest needs to build and test, if missing.
# As root directly, otherwise through sudo.  Usage: scripts/install-deps.sh [--dev]
#   --dev  also what the sanitizer build, fuzzers and browser test need (clang, chromium)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libcurl4-openssl-dev libxml2-dev libsqlite3-dev sqlite3
  libcjson-dev libutf8proc-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  libmecab-dev mecab mecab-ipadic-utf8
  tzdata python3 ca-certificates
)
if [[ "${1:-}" == "--dev" ]]; then
  packages+=(clang libclang-rt-dev chromium)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "installing: ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
