#!/usr/bin/env bash
# Runs every test of localoffer: installs what is missing first (Debian's chromium, Java
# and fonts, Node's packages), then the Rust tests, then the browser suite over the
# example site. Safe to run again: it only installs what is not there.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
# Fonts for Urdu, Arabic and Bengali, so screenshots show the scripts, not boxes.
fc-list :lang=bn 2>/dev/null | grep -q . || missing+=(fonts-noto-core)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cargo test --locked
cargo build --release --locked
target_dir="${CARGO_TARGET_DIR:-target}"
export LOCALOFFER_BIN="$(cd "$target_dir" && pwd)/release/localoffer"

if [ -f tests/browser/package.json ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error && npm test)
fi
