#!/usr/bin/env python3
"""Time from saving one page to `localoffer serve` serving the rebuilt page.

Generates a site (default 1,000 pages in en, ur, ro, pl, half translated) with the shared
corpus generator, measures full `localoffer build` runs of it, then starts `localoffer
serve`, saves one page again and again with a new word in it, and times each save until
the served page shows that word. Prints the medians and their ratio.

    python3 benches/serve_latency.py [--pages 1000] [--saves 30] [--builds 5]

LOCALOFFER_BIN names the binary (default: target/release/localoffer under CARGO_TARGET_DIR);
SHARED_DIR the folder holding bench/gen_corpus.py (default: ../shared beside the repository).
"""
import argparse
import http.client
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def binary():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(REPO, "target"))
    return os.environ.get("LOCALOFFER_BIN", os.path.join(target, "release", "localoffer"))


def fetch(port, path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read().decode("utf-8", "replace")
    conn.close()
    return response.status, body


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--saves", type=int, default=30)
    parser.add_argument("--builds", type=int, default=5)
    args = parser.parse_args()
    shared = os.environ.get("SHARED_DIR", os.path.join(REPO, "..", "shared"))
    work = tempfile.mkdtemp(prefix="localoffer-serve-bench-")
    site = os.path.join(work, "site")
    try:
        subprocess.run([sys.executable, os.path.join(shared, "bench", "gen_corpus.py"), "--flavour", "localoffer", "--link-style", "md",
                        "--pages", str(args.pages), "--langs", "en,ur,ro,pl", "--translated", "0.5", "--out", site],
                       check=True, stdout=subprocess.DEVNULL)
        builds = []
        for _ in range(args.builds):
            start = time.perf_counter()
            subprocess.run([binary(), "build", "-q", "--root", site, "--output", os.path.join(work, "public")], check=True)
            builds.append(time.perf_counter() - start)

        server = subprocess.Popen([binary(), "serve", "--port", "0", "--root", site], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            address = server.stdout.readline()
            port = int(address.split("127.0.0.1:")[1].split("/")[0])
            base = "/" + address.split("127.0.0.1:")[1].split("/", 1)[1].split(" ")[0]
            page = sorted(f for f in os.listdir(os.path.join(site, "content", "section-1")) if f.count(".") == 1 and not f.startswith("_"))[0]
            path = os.path.join(site, "content", "section-1", page)
            url = f"{base}en/section-1/{page[:-3]}/"
            original = open(path, encoding="utf-8").read()
            saves = []
            for i in range(args.saves):
                word = f"benchmarkword{i}x{time.time_ns()}"
                with open(path, "w", encoding="utf-8") as f:
                    f.write(original + f"\n{word}\n")
                start = time.perf_counter()
                while True:
                    status, body = fetch(port, url)
                    if status == 200 and word in body:
                        break
                    if time.perf_counter() - start > 30:
                        sys.exit(f"the page never showed the edit (last status {status})")
                    time.sleep(0.002)
                saves.append(time.perf_counter() - start)
                time.sleep(0.3)
        finally:
            server.terminate()
            server.wait()
        save_ms = statistics.median(saves) * 1000
        build_ms = statistics.median(builds) * 1000
        print(f"site: {args.pages} pages, 4 languages, half translated")
        print(f"| measure | median | runs |")
        print(f"|---|---|---|")
        print(f"| save to served page (serve) | {save_ms:.0f} ms | {len(saves)} |")
        print(f"| full build | {build_ms:.0f} ms | {len(builds)} |")
        print(f"| ratio full build / save | {build_ms / save_ms:.1f}x | |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
