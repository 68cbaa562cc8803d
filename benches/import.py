#!/usr/bin/env python3
"""Times `localoffer import openreferral` on a generated feed of 10,000 services in one
file (a list page, ORUK 3.0, each description a few paragraphs of editor HTML): the first
import (every page created) and the re-import (every page unchanged), median of 3 runs, with
peak memory. Run from the repository: python3 benches/import.py [SERVICES]

LOCALOFFER_BIN names the binary (default: target/release/localoffer).
"""

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

SERVICES = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
BIN = os.environ.get("LOCALOFFER_BIN", "target/release/localoffer")
SITE_YAML = """title: Bench
base_url: https://example.org/
default_language: en
languages: [{ code: en, name: English }]
directory: { categories: [{ id: health, name: Health }] }
"""


def service(i):
    paragraphs = "".join(
        f"<p data-block=\"{k}\">Service {i} helps children and young people&nbsp;&nbsp;with part {k} of their plan. "
        f"<a href=\"https://example.org/{i}/{k}\" target=\"_blank\">Read more</a></p><p>&nbsp;</p>"
        for k in range(4)
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
    start = time.perf_counter()
    subprocess.run([BIN, *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    work = tempfile.mkdtemp()
    feed = os.path.join(work, "services.json")
    with open(feed, "w") as f:
        items = [service(i) for i in range(SERVICES)]
        json.dump({"total_items": SERVICES, "total_pages": 1, "page_number": 1, "size": SERVICES, "first_page": True, "last_page": True, "empty": False, "contents": items}, f)
    print(f"feed: {SERVICES} services, {os.path.getsize(feed) / 1e6:.1f} MB")
    first, again = [], []
    for _ in range(3):
        site = os.path.join(work, "site")
        shutil.rmtree(site, ignore_errors=True)
        os.makedirs(os.path.join(site, "content", "services"))
        with open(os.path.join(site, "site.yaml"), "w") as f:
            f.write(SITE_YAML)
        first.append(run(["import", "openreferral", feed, "--root", site]))
        again.append(run(["import", "openreferral", feed, "--root", site]))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"first import (all created): median {statistics.median(first):.2f} s  {[round(t, 2) for t in first]}")
    print(f"re-import (all unchanged):  median {statistics.median(again):.2f} s  {[round(t, 2) for t in again]}")
    print(f"peak memory: {peak:.0f} MB")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
