#!/usr/bin/env python3
"""Builds ClaimDiff's compact WordNet lexicon from Debian's wordnet-base package.

    sudo apt-get install wordnet-base
    python3 tools/make-wordnet-lexicon.py [/usr/share/wordnet] > src/ClaimDiff/Resources/wordnet-lexicon.tsv.gz

Keeps single-word, lower-case lemmas and their three most frequent senses per part of speech, the hypernym
(and instance-hypernym, and adjective similar-to) links of those senses up to the roots, the lemma-level antonym
pairs, and the inflection exception lists that lemmatisation needs. Output (gzip, UTF-8, tab-separated):

    # comment lines (the WordNet 3.0 licence, which must travel with the data)
    S <tab> lexicographer file <tab> hypernym synset numbers   one line per synset, numbered by its order
                                               (the file number says what kind of thing it is: 18 noun.person,
                                                38 verb.motion, 0 adj.all ...; see WordNet's lexnames)
    L <tab> lemma <tab> pos <tab> synset numbers  senses most frequent first; pos is n, v, a or r
    A <tab> lemma <tab> lemma                   antonyms (each pair once)
    X <tab> pos <tab> inflected form <tab> lemma  irregular forms ("men" -> "man")

The output is deterministic: the same WordNet files give the same bytes.
"""
import gzip
import io
import os
import re
import sys

SENSES_PER_POS = 3
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
WORD = re.compile(r"^[a-z][a-z'-]*$")

LICENCE = """WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
Derived by ClaimDiff's tools/make-wordnet-lexicon.py from Debian's wordnet-base 1:3.0-37 (a subset: single-word lemmas, their three most frequent senses, hypernyms, antonyms, exceptions).
Permission to use, copy, modify and distribute this software and database and its documentation for any purpose and
without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice and
statements, including the disclaimer, and that the same appear on ALL copies of the software, database and
documentation, including modifications that you make for internal use or for distribution.
THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,
EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES
OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution
of the software and/or database. Title to copyright in this software, database and any associated documentation shall
at all times remain with Princeton University and LICENSEE agrees to preserve same."""


def data_lines(path):
    with open(path, encoding="latin-1") as f:
        for line in f:
            if not line.startswith("  "):
                yield line.rstrip("\n")


def read_synsets(root):
    """(pos letter, offset) -> (lemmas, hypernym keys, [(source word no, target key, target word no)] antonyms)."""
    synsets = {}
    for pos, name in POS_FILES.items():
        for line in data_lines(os.path.join(root, "data." + name)):
            head = line.split(" | ")[0].split()
            offset, lexfile, ss_type = head[0], int(head[1]), head[2]
            n_words = int(head[3], 16)
            words = [head[4 + 2 * i].lower() for i in range(n_words)]
            i = 4 + 2 * n_words
            n_ptrs = int(head[i])
            i += 1
            hypernyms, antonyms = [], []
            for _ in range(n_ptrs):
                symbol, target, target_pos, source_target = head[i:i + 4]
                i += 4
                target_pos = "a" if target_pos == "s" else target_pos
                key = (target_pos, target)
                if symbol in ("@", "@i") or (symbol == "&" and pos == "a"):
                    hypernyms.append(key)
                elif symbol == "!":
                    antonyms.append((int(source_target[:2], 16), key, int(source_target[2:], 16)))
            synsets[(pos, offset)] = (words, hypernyms, antonyms, lexfile)
    return synsets


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    synsets = read_synsets(root)

    lemmas = []  # (lemma, pos, [keys])
    for pos, name in POS_FILES.items():
        for line in data_lines(os.path.join(root, "index." + name)):
            parts = line.split()
            lemma = parts[0]
            if not WORD.match(lemma):
                continue
            n_senses = int(parts[2])
            offsets = parts[-n_senses:]
            lemmas.append((lemma, pos, [(pos, o) for o in offsets[:SENSES_PER_POS]]))

    # Number the kept synsets: every sense kept, then their hypernyms up to the roots, in a stable order.
    number = {}
    order = []
    pending = sorted({key for _, _, keys in lemmas for key in keys})
    while pending:
        nxt = set()
        for key in pending:
            if key in number:
                continue
            number[key] = len(order)
            order.append(key)
            nxt.update(h for h in synsets[key][1] if h not in number)
        pending = sorted(nxt)

    antonym_pairs = set()
    kept_lemmas = {lemma for lemma, _, _ in lemmas}
    for key, (words, _, antonyms, _) in synsets.items():
        for source, target, target_word in antonyms:
            sources = words if source == 0 else [words[source - 1]]
            target_words = synsets[target][0]
            targets = target_words if target_word == 0 else [target_words[target_word - 1]]
            for a in sources:
                a = re.sub(r"\(.*\)$", "", a)
                for b in targets:
                    b = re.sub(r"\(.*\)$", "", b)
                    if a != b and a in kept_lemmas and b in kept_lemmas:
                        antonym_pairs.add(tuple(sorted((a, b))))

    out = io.StringIO()
    for line in LICENCE.splitlines():
        out.write("# " + line + "\n")
    for key in order:
        out.write(f"S\t{synsets[key][3]}\t" + " ".join(str(number[h]) for h in synsets[key][1] if h in number) + "\n")
    for lemma, pos, keys in lemmas:
        out.write(f"L\t{lemma}\t{pos}\t" + " ".join(str(number[k]) for k in keys) + "\n")
    for a, b in sorted(antonym_pairs):
        out.write(f"A\t{a}\t{b}\n")
    for pos, name in POS_FILES.items():
        path = os.path.join(root, name + ".exc")
        with open(path, encoding="latin-1") as f:
            for line in f:
                parts = line.split()
                if WORD.match(parts[0]):
                    for lemma in parts[1:]:
                        if lemma in kept_lemmas:
                            out.write(f"X\t{pos}\t{parts[0]}\t{lemma}\n")

    data = out.getvalue().encode("utf-8")
    with gzip.GzipFile(fileobj=sys.stdout.buffer, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(data)
    print(f"{len(order)} synsets, {len(lemmas)} lemma senses, {len(antonym_pairs)} antonym pairs", file=sys.stderr)


if __name__ == "__main__":
    main()
