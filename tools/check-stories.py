#!/usr/bin/env python3
"""Checks the hand-written evaluation stories in tests/stories/*.json (see tests/stories/README.md).

Usage: python3 tools/check-stories.py [FILE ...]   (default: every tests/stories/*.json)
Exits 1 and names each problem when a story breaks the format.
"""
import glob, json, os, sys

TYPES = {"numeric", "date_time", "negation", "denial", "scope", "antonym", "entity", "modality", "general"}

def check(path):
    problems = []
    def bad(msg): problems.append(f"{path}: {msg}")
    try:
        story = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        return [f"{path}: not JSON: {e}"]
    for key in ("story", "articles", "discrepancies", "agreements"):
        if key not in story: bad(f"missing \"{key}\"")
    if problems: return problems
    texts = {}
    for i, a in enumerate(story["articles"]):
        for key in ("id", "publisher", "title", "published", "text"):
            if not isinstance(a.get(key), str) or not a[key].strip(): bad(f"articles[{i}] lacks \"{key}\"")
        if a.get("id") in texts: bad(f"articles[{i}]: id {a.get('id')} repeated")
        texts[a.get("id")] = a.get("text", "")
    if len(texts) < 2: bad("fewer than two articles")
    def side(where, s):
        if not isinstance(s, dict) or "article" not in s or "quote" not in s:
            bad(f"{where}: needs {{\"article\", \"quote\"}}"); return None
        text = texts.get(s["article"])
        if text is None: bad(f"{where}: no article {s['article']}"); return None
        n = text.count(s["quote"])
        if n != 1: bad(f"{where}: quote found {n} times in {s['article']}: {s['quote']!r}")
        return s["article"]
    for kind in ("discrepancies", "agreements"):
        for i, d in enumerate(story[kind]):
            a = side(f"{kind}[{i}].first", d.get("first"))
            b = side(f"{kind}[{i}].second", d.get("second"))
            if a is not None and a == b: bad(f"{kind}[{i}]: both sides in one article")
            if kind == "discrepancies" and d.get("type") not in TYPES: bad(f"{kind}[{i}]: type {d.get('type')!r} not one of {sorted(TYPES)}")
    return problems

files = sys.argv[1:] or sorted(glob.glob(os.path.join(os.path.dirname(__file__), "..", "tests", "stories", "*.json")))
problems = [p for f in files for p in check(f)]
print("\n".join(problems) if problems else f"{len(files)} stories, no problems")
sys.exit(1 if problems else 0)
