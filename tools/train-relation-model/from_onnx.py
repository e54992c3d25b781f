"""Reads a cross-encoder back out of an ONNX model that export.py wrote (fp16, int8 or float weights) into train.py's
checkpoint form, so that training can go on from the shipped model (train.py --init). The 36 weight matrices are the
MatMul weights in graph order, six per layer (query, key, value, attention output, intermediate, output); the rest map
by name. Checks the result against the parity test's reference scores.

Usage: from_onnx.py [--onnx ../../src/ClaimDiff/Resources/cross-encoder.onnx] --out work/shipped.pt
                    [--reference ../../tests/ClaimDiff.Tests/Resources/cross-encoder-reference.json]
"""

import argparse
import json
import os
import sys

import numpy as np
import onnx
import torch
from onnx import numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from minilm import LAYERS, CrossEncoder  # noqa: E402


def read(onnx_path):
    graph = onnx.load(onnx_path).graph
    arrays = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    values = dict(arrays)
    for node in graph.node:
        if node.op_type == "DequantizeLinear":
            q, scale = arrays[node.input[0]].astype(np.float32), arrays[node.input[1]]
            axis = next((a.i for a in node.attribute if a.name == "axis"), 1)
            shape = [1] * q.ndim
            shape[axis] = -1
            values[node.output[0]] = q * scale.reshape(shape)
        elif node.op_type == "Cast" and node.input[0] in arrays:
            values[node.output[0]] = arrays[node.input[0]].astype(np.float32)
    matrices = [values[n.input[1]] for n in graph.node if n.op_type == "MatMul" and n.input[1] in values]
    if len(matrices) != 6 * LAYERS:
        raise ValueError(f"{onnx_path}: expected {6 * LAYERS} MatMul weights, found {len(matrices)}")
    model = CrossEncoder()
    state = model.state_dict()
    for name in state:
        key = "model." + name
        if key in values:
            state[name] = torch.from_numpy(np.array(values[key]))
    names = ["query", "key", "value", "attention_output", "intermediate", "output"]
    for i in range(LAYERS):
        for j, n in enumerate(names):
            state[f"layers.{i}.{n}.weight"] = torch.from_numpy(np.array(matrices[6 * i + j].T))
    for name in ("relation.weight", "kind.weight"):
        if "model." + name not in values:
            raise ValueError(f"{onnx_path}: no initializer model.{name}")
    model.load_state_dict(state)
    return model


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--onnx", default=os.path.join(here, "..", "..", "src", "ClaimDiff", "Resources", "cross-encoder.onnx"))
    ap.add_argument("--reference", default=os.path.join(here, "..", "..", "tests", "ClaimDiff.Tests", "Resources", "cross-encoder-reference.json"))
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    model = read(args.onnx).eval()
    worst = 0.0
    with open(args.reference, encoding="utf-8") as f:
        for row in json.load(f)["pairs"]:
            ids = torch.tensor([row["input_ids"]])
            types = torch.tensor([row["token_type_ids"]])
            with torch.no_grad():
                relation, kind = model(ids, torch.ones_like(ids), types)
            worst = max(worst, float(np.abs(relation[0].numpy() - np.array(row["relation"])).max()),
                        float(np.abs(kind[0].numpy() - np.array(row["type"])).max()))
    print(f"largest difference from the reference scores: {worst:.2e}")
    if worst > 1e-4:
        raise SystemExit("the model read back does not give the reference scores")
    torch.save(dict(model=model.state_dict()), args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
