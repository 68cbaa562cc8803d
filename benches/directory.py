#!/usr/bin/env python3
"""The service directory's cost: build time, page weight and filtering speed.

1. Builds a site of N generated services (default 5,000) in 4 languages, half translated,
   and a site of the same N pages without service keys, alternating runs; reports the
   medians and how much the directory adds (target: at most 30%).
2. Weighs the directory page of a 500-service site, gzipped: the filter data is in it
   (target: under 60 KB).
3. Times filtering the N-service directory in Chromium, from a changed choice to the list
   updated (target: under 50 ms); needs tests/browser's npm packages and /usr/bin/chromium.
   The list shows the first 50 services found (page_size's default); for comparison, the
   same with page_size: 0, every service found shown at once.

    TMPDIR=/dev/shm python3 benches/directory.py [--services 5000] [--runs 5]

The sites and their outputs go under TMPDIR. Put it in memory (/dev/shm) to measure the
build: on an ext4 disk, each build here comes seconds after the previous output was
deleted, and creating files then costs both builds many times their own work (the kernel
skips the recently deleted inodes one by one), which swamps what the directory adds.
"""
import argparse
import gzip
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = [("en", "English", "ltr"), ("ur", "اردو", "rtl"), ("ro", "Română", "ltr"), ("pl", "Polski", "ltr")]
NEEDS = ["communication-and-interaction", "cognition-and-learning", "social-emotional-and-mental-health", "sensory-and-physical", "all"]
CATEGORIES = ["advice", "early-years", "education", "health", "social-care", "short-breaks", "family-support", "post-16", "housing"]
WORDS = "help child family school support speech therapy advice plan care young people health group play learn talk visit home college work".split()


def binary():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(REPO, "target"))
    return os.environ.get("LOCALOFFER_BIN", os.path.join(target, "release", "localoffer"))


def text(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def write_site(root, count, services, page_size=None):
    rng = random.Random(7)
    section = "services" if services else "pages"
    os.makedirs(os.path.join(root, "content", section))
    languages = "\n".join(f"  - {{ code: {c}, name: {n}, direction: {d} }}" for c, n, d in LANGS)
    directory = "directory:\n  categories:\n" + "".join(f"    - {{ id: {c}, name: {c.title()} }}\n" for c in CATEGORIES) if services else ""
    if services and page_size is not None:
        directory += f"  page_size: {page_size}\n"
    with open(os.path.join(root, "site.yaml"), "w") as f:
        f.write(f"title: Bench\nbase_url: https://example.org/\ndefault_language: en\nlanguages:\n{languages}\n{directory}")
    for lang, *_ in LANGS:
        suffix = "" if lang == "en" else f".{lang}"
        with open(os.path.join(root, "content", f"_index{suffix}.md"), "w") as f:
            f.write("---\ntitle: Home\ndescription: Home.\n---\n\nWelcome.\n")
        with open(os.path.join(root, "content", section, f"_index{suffix}.md"), "w") as f:
            f.write("---\ntitle: Services\ndescription: Every service.\n---\n\nFind help.\n")
    for i in range(count):
        body = "\n\n".join(["## What they offer", text(rng, 40), "## Who it is for", text(rng, 30), "## How to get help", text(rng, 20)])
        front = f"title: Service {i}\ndescription: {text(rng, 10)}\nupdated: 2026-11-27\n"
        if services:
            start = rng.randint(0, 18)
            front += (f"organisation: Organisation {i % 300}\nneeds: [{rng.choice(NEEDS)}]\ncategories: [{rng.choice(CATEGORIES)}]\n"
                      f"ages: {{ from: {start}, to: {rng.randint(start, 25)} }}\nreferral: {rng.choice(['self', 'professional', 'both'])}\n"
                      f"cost: {rng.choice(['free', 'paid', 'mixed'])}\ncontact: {{ phone: 01582 {500000 + i:06d}, email: s{i}@example.org }}\n")
        with open(os.path.join(root, "content", section, f"service-{i}.md"), "w") as f:
            f.write(f"---\n{front}---\n\n{body}\n")
        if i % 2 == 0:
            for lang, *_ in LANGS[1:]:
                with open(os.path.join(root, "content", section, f"service-{i}.{lang}.md"), "w") as f:
                    f.write(f"---\ntitle: Service {i} ({lang})\ndescription: {text(rng, 10)}\n---\n\n{body}\n")


def build(root, out):
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run([binary(), "build", "-q", "--root", root, "--output", out], check=True)
    return time.perf_counter() - start


def filter_time(public, runs):
    script = os.path.join(REPO, "benches", "directory_filter.mjs")
    result = subprocess.run(["node", script, public, str(runs)], check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="localoffer-directory-bench-")
    try:
        services, plain, small = (os.path.join(work, n) for n in ("services", "plain", "small"))
        write_site(services, args.services, True)
        write_site(plain, args.services, False)
        write_site(small, 500, True)
        every = os.path.join(work, "every")
        write_site(every, args.services, True, page_size=0)
        times = {"services": [], "plain": []}
        for _ in range(args.runs):
            times["services"].append(build(services, os.path.join(work, "out-services")))
            times["plain"].append(build(plain, os.path.join(work, "out-plain")))
        build(small, os.path.join(work, "out-small"))
        with open(os.path.join(work, "out-small", "en", "services", "index.html"), "rb") as f:
            small_page = len(gzip.compress(f.read(), 9))
        filtering = filter_time(os.path.join(work, "out-services"), 20)
        build(every, os.path.join(work, "out-every"))
        filtering_all = filter_time(os.path.join(work, "out-every"), 20)
        s, p = statistics.median(times["services"]), statistics.median(times["plain"])
        print(f"| measure | result | target |")
        print(f"|---|---|---|")
        print(f"| build, {args.services} services in 4 languages (median of {args.runs}) | {s:.2f} s | |")
        print(f"| build, {args.services} plain pages in 4 languages (median of {args.runs}) | {p:.2f} s | |")
        print(f"| the directory adds | {100 * (s / p - 1):+.0f}% | at most +30% |")
        print(f"| directory page with 500 services, gzipped | {small_page / 1024:.1f} KB | under 60 KB |")
        print(f"| filtering {args.services} services in Chromium, to the list laid out (median of {filtering['runs']}) | {filtering['median_ms']:.1f} ms | under 50 ms |")
        print(f"| the same, to the next frame painted | {filtering['painted_median_ms']:.1f} ms | under 50 ms |")
        print(f"| with page_size: 0 (every service found shown), to the list laid out | {filtering_all['median_ms']:.1f} ms | |")
        print(f"| the same, to the next frame painted | {filtering_all['painted_median_ms']:.1f} ms | |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
