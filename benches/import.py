#!/usr/bin/env python3
"""Times `localoffer import openreferral` on a generated feed of 10,000 services in one
file (a list page, ORUK 3.0, each description a few paragraphs of editor HTML): the first
import (every page created) and the re-import (every page unchanged), median of 3 runs, with
each one's peak memory. Then the same feed with every description four times as long,
imported once: its peak memory should be the same, as the import holds a batch of records'
text at a time, not the feed's. Run from the repository: python3 benches/import.py [SERVICES]

LOCALOFFER_BIN names the binary (default: target/release/localoffer).
"""

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

SERVICES = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] != "--write-feed" else 10_000
BIN = os.environ.get("LOCALOFFER_BIN", "target/release/localoffer")
SITE_YAML = """title: Bench
base_url: https://example.org/
default_language: en
languages: [{ code: en, name: English }]
directory: { categories: [{ id: health, name: Health }] }
"""


def service(i, repeat=1):
    paragraphs = "".join(
        f"<p data-block=\"{k}\">Service {i} helps children and young people&nbsp;&nbsp;with part {k} of their plan. "
        f"<a href=\"https://example.org/{i}/{k}\" target=\"_blank\">Read more</a></p><p>&nbsp;</p>"
        for k in range(4 * repeat)
    )
    return {
        "id": f"00000000-0000-4000-8000-{i:012d}",
        "name": f"Service number {i}",
        "description": paragraphs + "<ul><li>One</li><li>Two</li></ul>",
        "url": f"https://example.org/services/{i}",
        "email": f"service{i}@example.org",
        "status": "active",
        "minimum_age": i % 10,
        "maximum_age": 18,
        "organization": {"id": f"org-{i % 50}", "name": f"Organisation {i % 50}"},
        "phones": [{"id": f"p{i}", "number": "01632 960123"}],
        "schedules": [{"id": f"s{i}", "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00"}],
        "cost_options": [{"id": f"c{i}", "option": "Free", "amount": 0}],
        "languages": [{"id": f"l{i}", "name": "English"}],
        "service_at_locations": [{"id": f"sl{i}", "location": {"id": f"loc{i}", "name": f"Centre {i}", "addresses": [{"id": f"a{i}", "address_1": f"{i} High Street", "city": "Anytown", "postal_code": "ZZ1 2AB", "address_type": "physical"}]}}],
        "accreditations": "None",
    }


def run(args):
    """The wall time of one run and its peak memory in MB."""
    start = time.perf_counter()
    child = subprocess.Popen([BIN, *args], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{BIN} {' '.join(args)} failed")
    return elapsed, usage.ru_maxrss / 1024


def write_feed(path, repeat):
    """Written by a child process: a child's peak memory counts its parent's memory at the
    fork, so the parent must not have held the feed."""
    subprocess.run([sys.executable, __file__, "--write-feed", path, str(repeat), str(SERVICES)], check=True)
    return os.path.getsize(path) / 1e6


def write_feed_here(path, repeat, services):
    with open(path, "w") as f:
        items = [service(i, repeat) for i in range(services)]
        json.dump({"total_items": services, "total_pages": 1, "page_number": 1, "size": services, "first_page": True, "last_page": True, "empty": False, "contents": items}, f)


def fresh_site(work):
    site = os.path.join(work, "site")
    shutil.rmtree(site, ignore_errors=True)
    os.makedirs(os.path.join(site, "content", "services"))
    with open(os.path.join(site, "site.yaml"), "w") as f:
        f.write(SITE_YAML)
    return site


def main():
    work = tempfile.mkdtemp()
    feed = os.path.join(work, "services.json")
    print(f"feed: {SERVICES} services, {write_feed(feed, 1):.1f} MB")
    first, again = [], []
    for _ in range(3):
        site = fresh_site(work)
        first.append(run(["import", "openreferral", feed, "--root", site]))
        again.append(run(["import", "openreferral", feed, "--root", site]))
    for name, runs in [("first import (all created)", first), ("re-import (all unchanged) ", again)]:
        times = [t for t, _ in runs]
        print(f"{name}: median {statistics.median(times):.2f} s  {[round(t, 2) for t in times]}  peak memory {max(m for _, m in runs):.0f} MB")
    long_feed = os.path.join(work, "long.json")
    size = write_feed(long_feed, 4)
    elapsed, peak = run(["import", "openreferral", long_feed, "--root", fresh_site(work)])
    print(f"descriptions four times as long ({size:.1f} MB): first import {elapsed:.2f} s, peak memory {peak:.0f} MB")
    shutil.rmtree(work)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--write-feed"]:
        write_feed_here(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        main()
