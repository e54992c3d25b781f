#!/usr/bin/env python3
"""Writes the first N FNC-1 training bodies as one JSON array of articles for `claimdiff analyze` (the end-to-end timing in docs/benchmarks.md).

Usage: tools/make-fnc-bodies-json.py N OUT.json [DATA_DIR]   (DATA_DIR defaults to ../shared/data)
Each body becomes {"title": "FNC-1 body <id>", "publisher": "outlet <id>", "text": <body>}: one outlet per body, so
every claim is compared across sources. The output is a measurement input; never commit it.
"""
import csv, json, os, sys

n, out = int(sys.argv[1]), sys.argv[2]
data = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")
csv.field_size_limit(10**8)
with open(os.path.join(data, "fnc-1", "train_bodies.csv"), encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))[:n]
with open(out, "w", encoding="utf-8") as f:
    json.dump([{"title": f"FNC-1 body {r['Body ID']}", "publisher": f"outlet {r['Body ID']}", "text": r["articleBody"]} for r in rows], f)
print(f"{len(rows)} bodies, {sum(len(r['articleBody']) for r in rows):,} characters -> {out}")
