#!/usr/bin/env python3
"""Typesetting speed and size of the example site's leaflets.

    python3 benches/leaflets.py            # RUNS=5 by default

Builds a copy of the example site (so the repository's cache is left alone) with
`LOCALOFFER_LOG=debug`, which logs each leaflet's pages, size and typesetting time, and
the whole set's time. Measured:

- cold, one core: an empty cache, `RAYON_NUM_THREADS=1` and `taskset -c 0`, so each
  leaflet's time is its own (the per-leaflet target: under 300 ms for two pages);
- cold, all cores: an empty cache, the default thread pool (what `build` does);
- warm: the cache from the build before, nothing changed (target: under 5% of cold).

Prints a Markdown table: each leaflet's pages, size (target: under 400 KB) and median
cold time on one core, then the whole set's median times. Environment: RUNS,
LOCALOFFER_BIN (default ${CARGO_TARGET_DIR:-target}/release/localoffer).
"""

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("RUNS", "5"))
BIN = Path(os.environ.get("LOCALOFFER_BIN") or Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target")) / "release" / "localoffer")

ONE = re.compile(r"leaflet (\S+): (\d+) page\(s\), (\d+) KB, typeset in (\S+)")
ALL = re.compile(r"leaflets: (\d+) typeset, (\d+) from the cache, in (\S+)")
KIT = re.compile(r"leaflet fonts and typst library ready in (\S+)")


def millis(duration: str) -> float:
    """Rust's `{:?}` of a Duration: 1.2s, 245.3ms, 812.5µs, 90ns."""
    for unit, factor in (("ms", 1.0), ("µs", 1e-3), ("us", 1e-3), ("ns", 1e-6), ("s", 1000.0)):
        if duration.endswith(unit):
            return float(duration[: -len(unit)]) * factor
    raise ValueError(duration)


def build(site: Path, one_core: bool, cold: bool):
    """One build; returns ({leaflet: (pages, kb, ms)}, (typeset, cached, total ms), setup ms)."""
    if cold:
        shutil.rmtree(site / ".localoffer-cache", ignore_errors=True)
    env = dict(os.environ, LOCALOFFER_LOG="debug")
    command = [str(BIN), "build", "--root", str(site), "--output", str(site / "public")]
    if one_core:
        env["RAYON_NUM_THREADS"] = "1"
        if shutil.which("taskset"):
            command = ["taskset", "-c", "0", *command]
    run = subprocess.run(command, env=env, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"build failed:\n{run.stderr}")
    leaflets = {m[1]: (int(m[2]), int(m[3]), millis(m[4])) for m in ONE.finditer(run.stderr)}
    whole = ALL.search(run.stderr)
    return leaflets, (int(whole[1]), int(whole[2]), millis(whole[3])), millis(KIT.search(run.stderr)[1])


def main():
    if not BIN.is_file():
        sys.exit(f"no localoffer binary at {BIN}: cargo build --release")
    with tempfile.TemporaryDirectory(prefix="localoffer-leaflets.") as work:
        site = Path(work) / "site"
        site.mkdir()
        for name in ("site.yaml", "content", "themes", "translations", "vocabulary"):
            source = REPO / name
            if source.is_dir():
                shutil.copytree(source, site / name)
            elif source.exists():
                shutil.copy(source, site / name)

        per_leaflet, cold_one, cold_all, warm, setup = {}, [], [], [], []
        for _ in range(RUNS):
            leaflets, whole, kit = build(site, one_core=True, cold=True)
            assert whole[1] == 0, "a cold build reuses nothing"
            cold_one.append(whole[2])
            setup.append(kit)
            for path, figures in leaflets.items():
                per_leaflet.setdefault(path, []).append(figures)
            cold_all.append(build(site, one_core=False, cold=True)[1][2])
            _, whole, _ = build(site, one_core=False, cold=False)
            assert whole[0] == 0, f"a warm build typeset {whole[0]} leaflets"
            warm.append(whole[2])

        sizes = {p.relative_to(site / "public").as_posix(): p.stat().st_size for p in (site / "public").glob("*/leaflets/*.pdf")}
        print(f"Leaflets of the example site, median of {RUNS} runs ({os.cpu_count()} cores).\n")
        print("| leaflet | pages | size | cold, one core |")
        print("|---|---:|---:|---:|")
        for path in sorted(per_leaflet):
            runs = per_leaflet[path]
            pages = runs[0][0]
            print(f"| {path} | {pages} | {sizes[path] / 1024:.0f} KB | {statistics.median(r[2] for r in runs):.0f} ms |")
        cold = statistics.median(cold_one)
        print(f"\n| the whole set ({len(per_leaflet)} leaflets) | time |")
        print("|---|---:|")
        print(f"| cold, one core | {cold:.0f} ms ({cold / len(per_leaflet):.0f} ms a leaflet) |")
        print(f"| cold, all cores | {statistics.median(cold_all):.0f} ms |")
        print(f"| warm (all from the cache) | {statistics.median(warm):.1f} ms ({100 * statistics.median(warm) / cold:.1f}% of cold, one core) |")
        print(f"| once a build: fonts read, typst's library made | {statistics.median(setup):.1f} ms |")
        print(f"| largest PDF | {max(sizes.values()) / 1024:.0f} KB |")


if __name__ == "__main__":
    main()
