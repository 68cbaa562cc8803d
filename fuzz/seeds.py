#!/usr/bin/env python3
"""The fuzz targets' seeds: the inputs libFuzzer kept, committed as one file per target.

    python3 fuzz/seeds.py unpack          fuzz/seeds/<target>.jsonl -> fuzz/corpus/<target>/
    python3 fuzz/seeds.py pack TARGET...  fuzz/corpus/<target>/ -> fuzz/seeds/<target>.jsonl

libFuzzer keeps thousands of small files per target; the repository keeps, per target, one
JSON string per line (ASCII, escaped), sorted: the inputs that are UTF-8 (the targets take text and skip the
rest). `pack` reads a corpus already cut down to the inputs that each reach code no other
reaches (see README.md); the stable tests (tests/properties.rs, tests/output_safety.rs) read
the same files.
"""
import hashlib
import json
import pathlib
import sys

FUZZ = pathlib.Path(__file__).resolve().parent


def unpack():
    for seeds in sorted((FUZZ / "seeds").glob("*.jsonl")):
        corpus = FUZZ / "corpus" / seeds.stem
        corpus.mkdir(parents=True, exist_ok=True)
        count = 0
        for line in filter(None, seeds.read_text(encoding="utf-8").split("\n")):
            data = json.loads(line).encode("utf-8")
            (corpus / hashlib.sha1(data).hexdigest()).write_bytes(data)
            count += 1
        print(f"{seeds.stem}: {count} inputs in {corpus}")


def pack(targets):
    for target in targets:
        inputs = set()
        for path in (FUZZ / "corpus" / target).iterdir():
            try:
                inputs.add(path.read_bytes().decode("utf-8"))
            except UnicodeDecodeError:
                continue
        out = FUZZ / "seeds" / f"{target}.jsonl"
        out.parent.mkdir(exist_ok=True)
        out.write_text("".join(json.dumps(text) + "\n" for text in sorted(inputs)), encoding="utf-8")
        print(f"{target}: {len(inputs)} inputs in {out}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["unpack"]:
        unpack()
    elif sys.argv[1:2] == ["pack"] and sys.argv[2:]:
        pack(sys.argv[2:])
    else:
        sys.exit(__doc__)
