"""Writes a model's weights small, to move them between machines (a training machine with a GPU and the one that
exports): the initial model (MiniLM with the seeded heads that train.py starts from) as fp16, or a trained checkpoint
as int8 in export.py's scheme. train.py --init and export.py --checkpoint read packed files.

Usage: pack.py --initial --minilm work/minilm --out init.pt [--seed 13]
       pack.py --checkpoint work/run2/best.pt --out best-int8.pt [--precision int8]
"""

import argparse
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from minilm import CrossEncoder, load_minilm_onnx, load_state, pack_state  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--checkpoint", help="a train.py checkpoint")
    ap.add_argument("--initial", action="store_true", help="the model train.py starts from, seeded as train.py seeds it")
    ap.add_argument("--minilm", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "work", "minilm"))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--precision", choices=["int8", "fp16"])
    args = ap.parse_args()
    if args.initial == bool(args.checkpoint):
        ap.error("give either --initial or --checkpoint")
    if args.initial:
        torch.manual_seed(args.seed)
        model = CrossEncoder()
        load_minilm_onnx(model, os.path.join(args.minilm, "model.onnx"))
        state, precision = model.state_dict(), args.precision or "fp16"
    else:
        state, precision = load_state(args.checkpoint), args.precision or "int8"
    torch.save(pack_state(state, precision), args.out)
    print(f"wrote {args.out} ({os.path.getsize(args.out):,} bytes, {precision})")


if __name__ == "__main__":
    main()
