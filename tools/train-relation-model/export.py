"""Exports a trained cross-encoder to ONNX with int8 (default) or fp16 weights, and writes the reference scores that the
C# parity test compares against.

The model's inputs are input_ids, attention_mask and token_type_ids (int64, batch x tokens); its outputs are
relation_probs (batch x 4: contradiction, agreement, neutral, unrelated) and type_probs (batch x 9, the contradiction
types). The word-embedding and position tables and the weight matrices are stored as int8 with one scale per row
(embeddings) or per output column (matrices), each read through a DequantizeLinear (--precision fp16: as fp16, each read
through a Cast); ONNX Runtime folds either at load; biases and layer norms stay float. The reference scores come from
PyTorch running the same rounded weights.

Usage: export.py --checkpoint work/run/best.pt [--out ../../src/ClaimDiff/Resources/cross-encoder.onnx]
                 [--reference ../../tests/ClaimDiff.Tests/Resources/cross-encoder-reference.json]
"""

import argparse
import json
import os
import sys

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper, TensorProto

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from minilm import LABELS, TYPES, CrossEncoder, WordPiece, load_state  # noqa: E402

# Fixed pairs for the parity test: short and long, one side truncated, accents, numbers, punctuation.
REFERENCE_PAIRS = [
    ("The ministry said the ban applies only to military end users.",
     "The government is broadly restricting exports to all companies in the country."),
    ("Three people were killed in the fire on Tuesday.", "The blaze on Tuesday left three people dead."),
    ("Three people were killed in the fire on Tuesday.", "Firefighters said the cause of the fire is not yet known."),
    ("The central bank raised its key rate to 4.5%.", "The local football club signed a new goalkeeper."),
    ("Revenue rose 12 percent to $3.4 billion in the quarter.", "Revenue fell 12 percent to $3.4 billion."),
    ("Café owners in Zürich say the new rules will hurt business.", "Owners of cafés in Zurich welcomed the rules."),
    ("The launch was moved to Friday.", "The rocket lifted off on Wednesday morning after a two-day delay, " * 8),
    ("", "An empty first side."),
]


def quantize(weight, axis):
    """Symmetric int8 with one scale per slice along axis."""
    reduce = tuple(d for d in range(weight.ndim) if d != axis)
    scale = np.abs(weight).max(axis=reduce) / 127.0
    scale[scale == 0] = 1.0
    shape = [1] * weight.ndim
    shape[axis] = -1
    q = np.clip(np.round(weight / scale.reshape(shape)), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32), (q.astype(np.float32) * scale.reshape(shape)).astype(np.float32)


def _consumers(graph):
    """{value name: [(op type, input index)] of the nodes that read it}."""
    consumers = {}
    for node in graph.node:
        for k, name in enumerate(node.input):
            consumers.setdefault(name, []).append((node.op_type, k))
    return consumers


def _store_weights(model_proto, store, min_elements=100_000):
    """Replaces every big float initializer read only by MatMul (input 1: one scale per output column, axis 1) or only
    by Gather (input 0: one per row, axis 0) by what store(name, array, axis) returns: the initializers that hold it and
    the node that turns them back into the float input. Returns {initializer name: the float array it now holds}."""
    graph = model_proto.graph
    consumers = _consumers(graph)
    stored = {}
    kept = []
    for init in graph.initializer:
        w = numpy_helper.to_array(init)
        uses = consumers.get(init.name, [])
        axis = (1 if uses and all(u == ("MatMul", 1) for u in uses)
                else 0 if uses and all(u == ("Gather", 0) for u in uses) else None)
        if w.dtype != np.float32 or w.ndim != 2 or w.size < min_elements or axis is None:
            kept.append(init)
            continue
        initializers, node, stored[init.name] = store(init.name, w, axis)
        kept += initializers
        graph.node.insert(0, node)
    del graph.initializer[:]
    graph.initializer.extend(kept)
    return stored


def _half(name, w, axis):
    half = w.astype(np.float16)
    node = helper.make_node("Cast", [name + "_fp16"], [name], to=TensorProto.FLOAT, name=name + "_cast")
    return [numpy_helper.from_array(half, name + "_fp16")], node, half.astype(np.float32)


def _int8(name, w, axis):
    q, scale, dq = quantize(w, axis)
    initializers = [numpy_helper.from_array(q, name + "_int8"), numpy_helper.from_array(scale, name + "_scale"),
                    numpy_helper.from_array(np.zeros_like(scale, dtype=np.int8), name + "_zero")]
    node = helper.make_node("DequantizeLinear", [name + "_int8", name + "_scale", name + "_zero"], [name], axis=axis,
                            name=name + "_dequantize")
    return initializers, node, dq


def half_graph(model_proto):
    """Stores the big weights as fp16, each read through a Cast to float (which ONNX Runtime folds at load)."""
    return _store_weights(model_proto, _half)


def quantize_graph(model_proto):
    """Stores the big weights as int8 with one scale per slice, each read through a DequantizeLinear."""
    return _store_weights(model_proto, _int8)


class Exported(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.model(input_ids, attention_mask, token_type_ids)


def batch(tokenizer, pairs, max_len):
    encoded = [tokenizer.encode_pair(a, b, max_len) for a, b in pairs]
    width = max(len(i) for i, _ in encoded)
    ids = torch.zeros(len(encoded), width, dtype=torch.long)
    types = torch.zeros(len(encoded), width, dtype=torch.long)
    mask = torch.zeros(len(encoded), width, dtype=torch.long)
    for j, (i, t) in enumerate(encoded):
        ids[j, :len(i)], types[j, :len(t)], mask[j, :len(i)] = torch.tensor(i), torch.tensor(t), 1
    return ids, mask, types, encoded


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkpoint", required=True)
    ap.add_argument("--minilm", default=os.path.join(here, "work", "minilm"), help="folder with vocab.txt")
    ap.add_argument("--out", default=os.path.join(here, "..", "..", "src", "ClaimDiff", "Resources", "cross-encoder.onnx"))
    ap.add_argument("--reference", default=os.path.join(here, "..", "..", "tests", "ClaimDiff.Tests", "Resources",
                                                        "cross-encoder-reference.json"))
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--precision", choices=["int8", "fp16", "float"], default="int8",
                    help="how the big weight matrices are stored (default int8, the shipped model; fp16 is 46 MB and keeps "
                         "what int8 rounding can undo, docs/model-card.md)")
    args = ap.parse_args()

    model = CrossEncoder()
    model.load_state_dict(load_state(args.checkpoint))
    model.eval()
    tokenizer = WordPiece(os.path.join(args.minilm, "vocab.txt"))
    ids, mask, types, _ = batch(tokenizer, REFERENCE_PAIRS[:2], args.max_len)

    tmp = args.out + ".tmp"
    torch.onnx.export(Exported(model).eval(), (ids, mask, types), tmp, opset_version=14, do_constant_folding=True,
                      input_names=["input_ids", "attention_mask", "token_type_ids"],
                      output_names=["relation_probs", "type_probs"],
                      dynamic_axes={n: {0: "batch", 1: "tokens"} for n in ("input_ids", "attention_mask",
                                                                            "token_type_ids")}
                      | {"relation_probs": {0: "batch"}, "type_probs": {0: "batch"}})
    proto = onnx.load(tmp)
    os.remove(tmp)
    if args.precision != "float":
        dequantized = half_graph(proto) if args.precision == "fp16" else quantize_graph(proto)
        # Mirror the rounded weights in PyTorch, so the reference scores are those of the shipped weights.
        params = dict(model.named_parameters())
        assigned = []
        with torch.no_grad():
            for name, array in dequantized.items():
                tensor = torch.from_numpy(array)
                if name.removeprefix("model.") in params:
                    params[name.removeprefix("model.")].copy_(tensor)
                    continue
                # A folded transpose of a Linear weight: find the Linear whose weight, transposed, has this shape and
                # is closest to it.
                best = min((p for p in params.values() if p.dim() == 2 and p.t().shape == tensor.shape),
                           key=lambda p: float((p.t() - tensor).abs().max()))
                best.copy_(tensor.t())
                assigned.append(id(best))
        if len(set(assigned)) != len(assigned):
            raise RuntimeError("two int8 matrices were mapped onto one PyTorch weight")
        print(f"{args.precision} weights: {len(dequantized)} matrices")
    proto.producer_name = "claimdiff-train-relation-model"
    onnx.checker.check_model(proto)
    onnx.save(proto, args.out)
    print(f"wrote {args.out} ({os.path.getsize(args.out):,} bytes)")

    model.eval()
    with torch.no_grad():
        rows = []
        for a, b in REFERENCE_PAIRS:
            ids, mask, types, encoded = batch(tokenizer, [(a, b)], args.max_len)
            relation, kind = model(ids, mask, types)
            rows.append(dict(a=a, b=b, input_ids=encoded[0][0], token_type_ids=encoded[0][1],
                             relation=[round(float(x), 7) for x in relation[0]],
                             type=[round(float(x), 7) for x in kind[0]]))
    os.makedirs(os.path.dirname(args.reference), exist_ok=True)
    with open(args.reference, "w", encoding="utf-8") as f:
        json.dump(dict(labels=LABELS, types=TYPES, max_tokens=args.max_len, pairs=rows), f, ensure_ascii=False,
                  indent=1)
    print(f"wrote {args.reference}")


if __name__ == "__main__":
    main()
