"""Chooses how the cross-encoder scores a claim against an article, on FNC-1 validation bodies (the bodies build_data.py
holds out of training, same seed): 100 headline/body pairs per stance, each headline scored against every sentence of
its body, then each aggregation rule's macro-F1 over the four labels.

Usage: choose_aggregation.py [--checkpoint work/run/best.pt] [--per-stance 100]
"""

import argparse
import os
import random
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_data as b  # noqa: E402
from minilm import CrossEncoder, WordPiece  # noqa: E402

STANCES = {"disagree": 0, "agree": 1, "discuss": 2, "unrelated": 3}


def validation_pairs(shared, per_stance):
    rng = random.Random(13)
    snli = b.read_snli(os.path.join(shared, "snli-dev-raw", "snli_dev_raw.tsv"))
    rng.shuffle(snli)  # build_data.py shuffles SNLI first with the same generator
    bodies, stances = b.read_fnc(os.path.join(shared, "fnc-1", "train_stances.csv"),
                                 os.path.join(shared, "fnc-1", "train_bodies.csv"))
    ids = sorted(bodies)
    rng.shuffle(ids)
    valid = set(ids[:len(ids) // 10])
    by_stance = {}
    for s in stances:
        if int(s["Body ID"]) in valid:
            by_stance.setdefault(s["Stance"], []).append(s)
    pick = random.Random(7)
    pairs = []
    for stance in sorted(by_stance):
        rows = by_stance[stance]
        pick.shuffle(rows)
        pairs += [(r["Headline"], bodies[int(r["Body ID"])], STANCES[stance]) for r in rows[:per_stance]]
    return pairs


def macro_f1(gold, predicted):
    scores = []
    for c in range(4):
        tp = sum(g == c and p == c for g, p in zip(gold, predicted))
        wrong = sum((g == c) != (p == c) for g, p in zip(gold, predicted))
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + wrong))
    return float(np.mean(scores)), scores


def by_overlap(probs, overlap, k):
    return probs[np.argsort(-np.array(overlap), kind="stable")[:k]].mean(0)


def summac(probs):
    p = np.array([probs[:, 0].max(), probs[:, 1].max(), probs[:, 2].max(), probs[:, 3].min()])
    return p / p.sum()


RULES = {
    "every sentence, max per label, min unrelated (SummaC zero-shot)": lambda p, o: summac(p),
    "every sentence, mean": lambda p, o: p.mean(0),
    "the 1 sentence sharing most words": lambda p, o: by_overlap(p, o, 1),
    "the 2 sentences sharing most words, mean": lambda p, o: by_overlap(p, o, 2),
    "the 3 sentences sharing most words, mean": lambda p, o: by_overlap(p, o, 3),
    "the 5 sentences sharing most words, mean": lambda p, o: by_overlap(p, o, 5),
    "the 3 most related sentences (lowest unrelated), mean": lambda p, o: p[np.argsort(p[:, 3])[:3]].mean(0),
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "..", "shared", "data"))
    ap.add_argument("--checkpoint", default=os.path.join(here, "work", "run", "best.pt"))
    ap.add_argument("--minilm", default=os.path.join(here, "work", "minilm"))
    ap.add_argument("--per-stance", type=int, default=100)
    args = ap.parse_args()
    torch.set_num_threads(os.cpu_count())
    model = CrossEncoder()
    model.load_state_dict(torch.load(args.checkpoint, map_location="cpu")["model"])
    model.eval()
    tokenizer = WordPiece(os.path.join(args.minilm, "vocab.txt"))
    scored = []
    with torch.no_grad():
        for n, (headline, body, stance) in enumerate(validation_pairs(args.shared, args.per_stance)):
            sentences = b.sentences(body)
            encoded = [tokenizer.encode_pair(headline, s, 128) for s in sentences]
            probs = []
            for i in range(0, len(encoded), 32):
                chunk = encoded[i:i + 32]
                width = max(len(e[0]) for e in chunk)
                ids, types, mask = (torch.zeros(len(chunk), width, dtype=torch.long) for _ in range(3))
                for j, (piece_ids, type_ids) in enumerate(chunk):
                    ids[j, :len(piece_ids)], types[j, :len(type_ids)], mask[j, :len(piece_ids)] = \
                        torch.tensor(piece_ids), torch.tensor(type_ids), 1
                relation, _ = model(ids, mask, types)
                probs += relation.tolist()
            overlap = [len(b.content_words(headline) & b.content_words(s)) for s in sentences]
            scored.append((np.array(probs), overlap, stance))
            if (n + 1) % 100 == 0:
                print(f"scored {n + 1} pairs", file=sys.stderr, flush=True)
    gold = [s for _, _, s in scored]
    for name, rule in RULES.items():
        predicted = [int(np.argmax(rule(p, o))) for p, o, _ in scored]
        macro, per = macro_f1(gold, predicted)
        print(f"{macro:.3f}  (disagree {per[0]:.3f}, agree {per[1]:.3f}, discuss {per[2]:.3f}, unrelated {per[3]:.3f})  {name}")


if __name__ == "__main__":
    main()
