"""Fine-tunes all-MiniLM-L6-v2 as a cross-encoder over [CLS] a [SEP] b [SEP]: a relation head (contradiction,
agreement, neutral, unrelated) and a contradiction-type head, trained with cross-entropy on both (the type loss only on
contradictions whose type is known).

Fixed seed, length-bucketed batches, AdamW with linear warm-up and decay, a progress line every --log-every steps, a
checkpoint every --checkpoint-every steps (--resume continues from it, same batch order), validation per source every
--eval-every steps and at each epoch's end; the best validation score is kept as best.pt. Runs on a GPU when one is
there, unchanged.

Usage: train.py [--data work] [--minilm work/minilm] [--out work/run] [--epochs 2] [--resume] [--init best.pt]
"""

import argparse
import json
import math
import multiprocessing
import os
import random
import sys
import time

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from minilm import LABELS, TYPES, CrossEncoder, WordPiece, load_minilm_onnx, load_state  # noqa: E402


def read_pairs(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _encode_one(tokenizer, p, max_len):
    ids, types = tokenizer.encode_pair(p["a"], p["b"], max_len)
    label = LABELS.index(p["label"])
    kind = TYPES.index(p["type"]) if p.get("type") in TYPES and p["label"] == "contradiction" else -100
    return ids, types, label, kind


def _encode_chunk(job):
    tokenizer, pairs, max_len = job
    return [_encode_one(tokenizer, p, max_len) for p in pairs]


def encode(tokenizer, pairs, max_len, workers=1):
    """Tokenizes the pairs, in worker processes when there are many (the same result in the same order)."""
    if workers <= 1 or len(pairs) < 20_000:
        return _encode_chunk((tokenizer, pairs, max_len))
    size = math.ceil(len(pairs) / workers)
    with multiprocessing.Pool(workers) as pool:
        chunks = pool.map(_encode_chunk, [(tokenizer, pairs[i:i + size], max_len) for i in range(0, len(pairs), size)])
    return [row for chunk in chunks for row in chunk]


def batches_for_epoch(encoded, batch_size, seed, epoch):
    """Shuffles, sorts windows of 50 batches by length (little padding), and shuffles the batches."""
    rng = random.Random(seed * 1000 + epoch)
    order = list(range(len(encoded)))
    rng.shuffle(order)
    window = batch_size * 50
    batches = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start:start + window], key=lambda i: len(encoded[i][0]))
        batches += [chunk[i:i + batch_size] for i in range(0, len(chunk), batch_size)]
    rng.shuffle(batches)
    return batches


def collate(encoded, indices, device):
    rows = [encoded[i] for i in indices]
    width = max(len(r[0]) for r in rows)
    ids = torch.zeros(len(rows), width, dtype=torch.long)
    types = torch.zeros(len(rows), width, dtype=torch.long)
    mask = torch.zeros(len(rows), width, dtype=torch.long)
    for j, (i, t, _, _) in enumerate(rows):
        ids[j, :len(i)] = torch.tensor(i)
        types[j, :len(t)] = torch.tensor(t)
        mask[j, :len(i)] = 1
    labels = torch.tensor([r[2] for r in rows])
    kinds = torch.tensor([r[3] for r in rows])
    return ids.to(device), mask.to(device), types.to(device), labels.to(device), kinds.to(device)


def f1_scores(gold, predicted, n):
    per = []
    for c in range(n):
        tp = sum(1 for g, p in zip(gold, predicted) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, predicted) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, predicted) if g == c and p != c)
        per.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return per


@torch.no_grad()
def evaluate(model, sets, device, batch_size=64):
    model.eval()
    report = {}
    for name, encoded in sets.items():
        gold, predicted = [], []
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i][0]))
        for start in range(0, len(order), batch_size):
            ids, mask, types, labels, _ = collate(encoded, order[start:start + batch_size], device)
            probs, _ = model(ids, mask, types)
            gold += labels.tolist()
            predicted += probs.argmax(-1).tolist()
        present = sorted(set(gold))
        per = f1_scores(gold, predicted, len(LABELS))
        report[name] = dict(n=len(gold), accuracy=round(sum(g == p for g, p in zip(gold, predicted)) / len(gold), 4),
                            macro_f1=round(sum(per[c] for c in present) / len(present), 4),
                            contradiction_f1=round(per[0], 4))
    model.train()
    return report


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(here, "work"))
    ap.add_argument("--extra-valid", nargs="*", default=[os.path.join(here, "data", "news-dev.jsonl")],
                    help="more validation files (JSONL with a, b, label, type)")
    ap.add_argument("--minilm", default=os.path.join(here, "work", "minilm"), help="folder with model.onnx and vocab.txt (extract-minilm)")
    ap.add_argument("--out", default=os.path.join(here, "work", "run"))
    ap.add_argument("--epochs", type=float, default=2.0)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--warmup", type=float, default=0.06)
    ap.add_argument("--type-weight", type=float, default=0.5)
    ap.add_argument("--max-len", type=int, default=96)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--log-every", type=int, default=25)
    ap.add_argument("--checkpoint-every", type=int, default=150)
    ap.add_argument("--eval-every", type=int, default=400)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--init", help="start from this model (best.pt, checkpoint.pt or a pack.py file) instead of MiniLM")
    args = ap.parse_args()

    os.makedirs(args.out, exist_ok=True)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(args.threads)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

    tokenizer = WordPiece(os.path.join(args.minilm, "vocab.txt"))
    train = encode(tokenizer, read_pairs(os.path.join(args.data, "pairs-train.jsonl")), args.max_len, args.threads)
    valid_pairs = read_pairs(os.path.join(args.data, "pairs-valid.jsonl"))
    sets = {}
    for p in valid_pairs:
        sets.setdefault(p["source"], []).append(p)
    sets = {k: encode(tokenizer, v, args.max_len) for k, v in sets.items()}

    def extra_sets():
        """The extra validation files, read at each validation (they may grow while training runs)."""
        out = {}
        for path in args.extra_valid:
            if os.path.exists(path):
                out[os.path.splitext(os.path.basename(path))[0]] = encode(tokenizer, read_pairs(path), args.max_len)
        return out

    model = CrossEncoder()
    if args.init:
        model.load_state_dict(load_state(args.init))
    else:
        load_minilm_onnx(model, os.path.join(args.minilm, "model.onnx"))
    model.to(device).train()
    no_decay = ("bias", "norm")
    groups = [dict(params=[p for n, p in model.named_parameters() if not any(k in n for k in no_decay)],
                   weight_decay=0.01),
              dict(params=[p for n, p in model.named_parameters() if any(k in n for k in no_decay)], weight_decay=0.0)]
    optimizer = torch.optim.AdamW(groups, lr=args.lr)
    steps_per_epoch = math.ceil(len(train) / args.batch)
    total = int(steps_per_epoch * args.epochs)
    warmup = max(1, int(total * args.warmup))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup))))

    step, best, history = 0, -1.0, []
    checkpoint_path = os.path.join(args.out, "checkpoint.pt")
    if args.resume and os.path.exists(checkpoint_path):
        state = torch.load(checkpoint_path, map_location=device)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        step, best, history = state["step"], state["best"], state["history"]
        torch.set_rng_state(state["rng"])
        print(f"resumed at step {step} of {total}", flush=True)
    with open(os.path.join(args.out, "args.json"), "w") as f:
        json.dump(vars(args) | dict(train_pairs=len(train), total_steps=total), f, indent=1)
    print(f"{len(train)} training pairs, {steps_per_epoch} steps per epoch, {total} steps, device {device}", flush=True)

    def save(path):
        torch.save(dict(model=model.state_dict(), optimizer=optimizer.state_dict(), scheduler=scheduler.state_dict(),
                        step=step, best=best, history=history, rng=torch.get_rng_state()), path + ".tmp")
        os.replace(path + ".tmp", path)

    def validate():
        nonlocal best
        report = evaluate(model, sets | extra_sets(), device)
        score = sum(r["macro_f1"] for r in report.values()) / len(report)
        history.append(dict(step=step, epoch=round(step / steps_per_epoch, 3), score=round(score, 4), sets=report))
        with open(os.path.join(args.out, "history.json"), "w") as f:
            json.dump(history, f, indent=1)
        print(f"validation step {step}: score {score:.4f} " + json.dumps(report), flush=True)
        if score > best:
            best = score
            torch.save(dict(model=model.state_dict(), step=step, score=score, sets=report),
                       os.path.join(args.out, "best.pt"))

    started, seen, loss_sum = time.time(), 0, 0.0
    while step < total:
        epoch = step // steps_per_epoch
        batches = batches_for_epoch(train, args.batch, args.seed, epoch)
        for indices in batches[step - epoch * steps_per_epoch:]:
            if step >= total:
                break
            ids, mask, types, labels, kinds = collate(train, indices, device)
            relation, kind = model(ids, mask, types)
            loss = F.cross_entropy(relation, labels)
            if (kinds >= 0).any():
                loss = loss + args.type_weight * F.cross_entropy(kind, kinds, ignore_index=-100)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            seen += len(indices)
            loss_sum += loss.item()
            if step % args.log_every == 0:
                rate = seen / (time.time() - started)
                eta = (total - step) * args.batch / rate / 60
                print(f"step {step}/{total} epoch {step / steps_per_epoch:.2f} loss {loss_sum / args.log_every:.4f} "
                      f"lr {scheduler.get_last_lr()[0]:.2e} {rate:.1f} pairs/s eta {eta:.0f} min", flush=True)
                loss_sum = 0.0
            if step % args.eval_every == 0 or step % steps_per_epoch == 0 or step == total:
                validate()
            if step % args.checkpoint_every == 0 or step == total:
                save(checkpoint_path)
    print(f"done: best validation score {best:.4f}", flush=True)


if __name__ == "__main__":
    main()
