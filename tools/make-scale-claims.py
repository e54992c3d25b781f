#!/usr/bin/env python3
"""Writes N claims as JSON Lines {"id","text"} for timing `claimdiff group` at scale (docs/benchmarks.md, "Scale").

Usage: tools/make-scale-claims.py N OUT.jsonl [--exact] [DATA_DIR]   (DATA_DIR defaults to ../shared/data)
The texts are the FNC-1 stance headlines (train then competition test: 75,385 rows, 2,532 distinct), cycled. By
default every repeat of a headline after its first is varied, so that no two texts are equal: one word dropped and
one word of the headline vocabulary inserted at a random place (fixed seed). --exact keeps the rows as they are.
The output is a measurement input; never commit it.
"""
import csv, json, os, random, sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
exact = "--exact" in sys.argv
n, out = int(args[0]), args[1]
data = args[2] if len(args) > 2 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")
headlines = []
for name in ("train_stances.csv", "competition_test_stances.csv"):
    with open(os.path.join(data, "fnc-1", name), encoding="utf-8", newline="") as f:
        headlines += [row["Headline"] for row in csv.DictReader(f)]
vocabulary = sorted({w for h in set(headlines) for w in h.split()})
rng = random.Random(20260106)
seen = set()
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        text = headlines[i % len(headlines)]
        if not exact and text in seen:
            words = text.split()
            del words[rng.randrange(len(words))]
            words.insert(rng.randrange(len(words) + 1), rng.choice(vocabulary))
            text = " ".join(words)
        seen.add(text)
        f.write(json.dumps({"id": str(i), "text": text}) + "\n")
print(f"{n} claims, {len(seen)} distinct -> {out}")
