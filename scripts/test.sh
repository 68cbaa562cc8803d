#!/usr/bin/env bash
# Runs every test of localoffer: installs what is missing first (Debian's chromium, Java,
# fonts and poppler's PDF tools, Node's packages), then the Rust tests, then the browser
# suite over the example site. Safe to run again: it only installs what is not there.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
# pdftotext, pdffonts, pdfinfo and pdftoppm read the leaflets back in tests/leaflets.rs.
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# Fonts for Urdu, Arabic and Bengali, so screenshots show the scripts, not boxes.
fc-list :lang=bn 2>/dev/null | grep -q . || missing+=(fonts-noto-core)
# Python tools of the tests (tests/requirements.txt): translate-toolkit, check-jsonschema.
command -v python3 >/dev/null 2>&1 || missing+=(python3)
python3 -m pip --version >/dev/null 2>&1 || missing+=(python3-pip)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! python3 -c "import translate.storage.factory, check_jsonschema" 2>/dev/null; then
  echo "installing: tests/requirements.txt (PyPI)"
  python3 -m pip install --quiet --user -r tests/requirements.txt 2>/dev/null \
    || python3 -m pip install --quiet -r tests/requirements.txt 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages -r tests/requirements.txt
fi

cargo test --locked
# The browser suite builds the example site with the binary `cargo test` has just built
# (debug: the site builds in seconds either way), so a fresh machine compiles the
# dependencies once, not twice; typst alone is some 150 crates.
target_dir="${CARGO_TARGET_DIR:-target}"
export LOCALOFFER_BIN="$(cd "$target_dir" && pwd)/debug/localoffer"

if [ -f tests/browser/package.json ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error && npm test)
fi
