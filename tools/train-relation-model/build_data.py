"""Builds the relation model's training and validation pairs.

Sources (training splits only, see ../shared/data/README.md):
  * SNLI dev (CC BY-SA 4.0): entailment -> agreement, neutral -> neutral, contradiction -> contradiction.
  * FNC-1 train (research use): headline vs the body sentences that share most with it; agree -> agreement,
    disagree -> contradiction, discuss -> neutral, unrelated -> unrelated. Split by body.
  * Generated news pairs (the FactCC recipe) from FNC-1 train body sentences: typed contradictions by perturbation,
    compatible restatements (agreement), two sentences of one article (neutral), sentences of two articles (unrelated).
  * Written news claim pairs (data/written-train-{a,b,c}.jsonl, --written-sets; the second stage adds the rest), when present; data/news-dev.jsonl (validation) and
    data/news-test.jsonl (final figures only) are written apart, about other events, and never trained on.

Every source gets a validation split; the output is work/pairs-train.jsonl and work/pairs-valid.jsonl, one JSON object
per line: {"a", "b", "label", "type", "source"}.

Usage: build_data.py [--shared ../../../shared/data] [--out work] [--seed 13] [--per-type 1400]
                     [--fnc 3300,760,3000,2000] [--generated 3500,3500,1500] [--valid-apart]
"""

import argparse
import csv
import json
import os
import random
import re
import sys

csv.field_size_limit(sys.maxsize)

LABELS = ["contradiction", "agreement", "neutral", "unrelated"]

# ---------------------------------------------------------------------------------------------------------------------
# Sentences and cheap token classes.

_SENTENCE_END = re.compile(r'(?<=[.!?])["\u201d\']?\s+(?=["\u201c\']?[A-Z0-9])')
_ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "U.S.", "U.K.",
                  "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Inc.", "Corp.", "Co.", "Jr.", "vs.")


def sentences(text):
    out = []
    for paragraph in re.split(r"\n\s*\n|\n", text):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        parts = _SENTENCE_END.split(paragraph)
        merged = []
        for part in parts:
            if merged and merged[-1].endswith(_ABBREVIATIONS):
                merged[-1] += " " + part
            else:
                merged.append(part)
        out.extend(s.strip() for s in merged if s.strip())
    return out


def good_sentence(s):
    words = s.split()
    return 8 <= len(words) <= 45 and not s.startswith(("http", "Read more", "Click", "Follow")) and s[-1:] in '.!?"\u201d'


_WORD = re.compile(r"[A-Za-z0-9']+")
_STOP = set("""a an the of in on at to for from by with and or but is are was were be been being has have had it its
this that these those as said says say he she they we you i his her their our not no will would could should may
might can than then there here who whom which what when where why how also after before over under about into out up
down more most less least very just only so such if while""".split())


def content_words(s):
    return {w.lower() for w in _WORD.findall(s) if w.lower() not in _STOP and len(w) > 2}


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_NUMBER = re.compile(r"(?<![\w.,$])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w.,]?\d)")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")
_NAME = re.compile(r"\b([A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|[A-Z]\.))*(?:\s+[A-Z][a-z]+)?)\b")
_NOT_NAMES = set(MONTHS + WEEKDAYS + """The A An It He She They We I In On At But And Or If When While After Before
This That These Those His Her Their Its Our There Here According However Meanwhile Also Police Officials Mr Mrs Ms Dr
Some Many Most All One Two Three Four Five Six Seven Eight Nine Ten Reports Report Sources News Earlier Later Last
Now Then Still Yet What Who Why How Where Although Despite During Since Until As For From By With Without Under
Over Today Yesterday Tomorrow Which Whose Whether Not No Yes Because So Just Even Only Once Every Each Such Other
Another Both Either Neither Instead Indeed Perhaps Maybe""".split())


def plausible_source(source):
    words = [w for w in source.split() if w not in ("The", "the")]
    return bool(words) and words[0] not in _NOT_NAMES and not words[0].isupper() or len(words) == 1 and \
        words[0].isupper() and len(words[0]) > 1
SPEECH_VERBS = r"(said|says|told|stated|announced|reported|claimed|confirmed|added|explained|wrote|noted|insisted)"
_SOURCE_AFTER = re.compile(r"^(?P<content>.+?),\s*(?P<source>(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\s+"
                           + SPEECH_VERBS + r"\b(?P<rest>[^,]*)\.$")
_SOURCE_BEFORE = re.compile(r"^(?P<source>(?:The\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\s+" + SPEECH_VERBS
                            + r"\s+(?:that\s+)?(?P<content>.+)$")

ANTONYMS = [("rose", "fell"), ("increased", "decreased"), ("rising", "falling"), ("increase", "decrease"),
            ("won", "lost"), ("approved", "rejected"), ("accepted", "rejected"), ("opened", "closed"),
            ("open", "closed"), ("higher", "lower"), ("more", "fewer"), ("gained", "lost"), ("alive", "dead"),
            ("survived", "died"), ("guilty", "innocent"), ("confirmed", "denied"), ("supports", "opposes"),
            ("support", "oppose"), ("supported", "opposed"), ("allowed", "banned"), ("legal", "illegal"),
            ("true", "false"), ("success", "failure"), ("successful", "unsuccessful"), ("arrested", "released"),
            ("expanded", "reduced"), ("strengthened", "weakened"), ("began", "ended"), ("started", "stopped"),
            ("up", "down"), ("before", "after"), ("first", "last"), ("real", "fake"), ("male", "female"),
            ("boost", "cut"), ("raised", "lowered"), ("hired", "fired"), ("accepts", "rejects"), ("agreed", "refused"),
            ("safe", "dangerous"), ("peaceful", "violent"), ("profit", "loss"), ("largest", "smallest"),
            ("older", "younger"), ("early", "late"), ("north", "south"), ("east", "west")]
_ANTONYM = {}
for x, y in ANTONYMS:
    _ANTONYM.setdefault(x, y)
    _ANTONYM.setdefault(y, x)

_UNNEGATE = [(r"\b(is|was|are|were|has|have|had|will|would|can|could|should|did|does|do) not\b", r"\1"),
             (r"\b(isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|didn't|doesn't"
              r"|don't)\b", None), (r"\bnever\b", "")]
_CONTRACTIONS = {"isn't": "is", "wasn't": "was", "aren't": "are", "weren't": "were", "hasn't": "has", "haven't": "have",
                 "hadn't": "had", "won't": "will", "wouldn't": "would", "can't": "can", "couldn't": "could",
                 "didn't": "did", "doesn't": "does", "don't": "do"}

MODAL_SWAPS = [(r"\bwill\b", ["may", "has ruled out plans to", "is unlikely to", "might"]),
               (r"\bmust\b", ["may", "need not"]), (r"\bplans to\b", ["has ruled out plans to", "has no plans to"]),
               (r"\bhas decided to\b", ["is still considering whether to"]),
               (r"\bwould\b", ["might"]), (r"\bconfirmed\b", ["suggested"]),
               (r"\bmay\b", ["will", "will definitely"]), (r"\bcould\b", ["will"]), (r"\bmight\b", ["will"]),
               (r"\bis considering\b", ["has decided on"]), (r"\bis expected to\b", ["has ruled out plans to"])]

SCOPE_SWAPS = [(r"\bonly\s+", ["", "all "]), (r"\ball\b", ["only some", "a few"]), (r"\bsome\b", ["all"]),
               (r"\beveryone\b", ["only a few people"]), (r"\bnationwide\b", ["in one region only"]),
               (r"\bworldwide\b", ["in only one country"]), (r"\bevery\b", ["only one"]),
               (r"\bentire\b", ["only part of the"]), (r"\bmost\b", ["only a handful of"]),
               (r"\bmany\b", ["only a few"]), (r"\bseveral\b", ["only one of the"])]

DENIAL_FRAMES = ["{src} denied reports that {c}", "{src} dismissed claims that {c} as false",
                 "{src} said it was untrue that {c}", "{src} rejected reports that {c}",
                 "A spokesperson for {src} denied that {c}"]
AGREE_FRAMES = ["According to {src}, {c}", "{src} said {c}", "{c}, {src} said", "{src} confirmed that {c}"]
HEDGES_ABOVE = ["more than {n}", "over {n}", "upwards of {n}"]
HEDGES_NEAR = ["about {n}", "around {n}", "roughly {n}", "nearly {n}", "some {n}", "close to {n}"]


def _parse_number(text):
    return float(text.replace(",", ""))


def _format_like(value, original):
    if "." in original and "," not in original:
        decimals = len(original.split(".")[1])
        return f"{value:.{decimals}f}"
    value = int(round(value))
    return f"{value:,}" if "," in original or value >= 10000 else str(value)


def _lower_first(s):
    first = s.split()[0] if s.split() else ""
    if first.lower() in _STOP or first in _NOT_NAMES:
        return s[0].lower() + s[1:]
    return s


def _strip_end(s):
    return s.rstrip(' .!?"\u201d')


def _is_year(m):
    return bool(_YEAR.fullmatch(m.group(1)))


# ---------------------------------------------------------------------------------------------------------------------
# Perturbations: each returns the changed sentence or None.

def _random_figure(s, rng):
    """A number of the sentence that is not a year, drawn at random, and its value; None when there is none."""
    matches = [m for m in _NUMBER.finditer(s) if not _is_year(m)]
    if not matches:
        return None
    m = rng.choice(matches)
    return m, _parse_number(m.group(1))


def p_numeric(s, rng, names):
    figure = _random_figure(s, rng)
    if figure is None:
        return None
    m, value = figure
    if value == 0:
        return None
    factor = rng.choice([0.3, 0.5, 0.6, 1.6, 2.0, 3.0, 10.0, 0.1]) if value > 3 else rng.choice([3, 4, 5, 7])
    new = value * factor if value > 3 else value + factor
    if abs(new - value) / max(value, 1e-9) < 0.25:
        return None
    return s[:m.start(1)] + _format_like(new, m.group(1)) + s[m.end(1):]


def p_date(s, rng, names):
    for group in (WEEKDAYS, MONTHS):
        found = [w for w in group if re.search(r"\b" + w + r"\b", s)]
        if found:
            w = rng.choice(found)
            other = rng.choice([x for x in group if x != w])
            return re.sub(r"\b" + w + r"\b", other, s, count=1)
    m = _YEAR.search(s)
    if m:
        year = int(m.group(1))
        return s[:m.start()] + str(year + rng.choice([-3, -2, -1, 1, 2, 5])) + s[m.end():]
    for a, b in (("yesterday", "last week"), ("today", "last month"), ("last week", "last year"),
                 ("this week", "last year"), ("morning", "evening"), ("overnight", "in the afternoon")):
        if re.search(r"\b" + a + r"\b", s):
            return re.sub(r"\b" + a + r"\b", b, s, count=1)
    return None


def p_negation(s, rng, names):
    for pattern, repl in _UNNEGATE:
        m = re.search(pattern, s)
        if m:
            if repl is None:
                word = m.group(1)
                return s[:m.start()] + _CONTRACTIONS[word.lower()] + s[m.end():]
            return re.sub(r"\s{2,}", " ", s[:m.start()] + m.expand(repl) + s[m.end():])
    m = re.search(r"\b(is|was|are|were|has|have|had|will|would|can|could|did)\b(?! not| never)", s)
    if m:
        return s[:m.end()] + " not" + s[m.end():]
    m = re.search(r"\b([a-z]+ed)\b", s)
    if m and m.start() > 0:
        verb = m.group(1)
        if verb in ("said", "reported", "added", "stated", "claimed", "told"):
            return None
        return s[:m.start()] + "did not " + _present(verb) + s[m.end():]
    return None


def _present(verb):
    if verb.endswith("ied"):
        return verb[:-3] + "y"
    if verb.endswith(("sed", "ved", "ced", "ged", "ked", "ted")) and not verb.endswith(("ssed", "cted", "sted", "lted")):
        return verb[:-1]
    return verb[:-2]


def p_antonym(s, rng, names):
    words = [(m, m.group(0)) for m in re.finditer(r"\b[a-z]+\b", s) if m.group(0) in _ANTONYM]
    if not words:
        return None
    m, w = rng.choice(words)
    return s[:m.start()] + _ANTONYM[w] + s[m.end():]


def p_entity(s, rng, names):
    present = [n for n in names if re.search(r"\b" + re.escape(n) + r"\b", s)]
    if not present:
        return None
    n = rng.choice(present)
    others = [o for o in names if o != n and o not in s and n not in o and o not in n
              and (len(o.split()) > 1) == (len(n.split()) > 1)]
    if not others:
        return None
    return re.sub(r"\b" + re.escape(n) + r"\b", rng.choice(others), s, count=1)


def p_attribution(s, rng, names):
    for pattern in (_SOURCE_AFTER, _SOURCE_BEFORE):
        m = pattern.match(s)
        if m and plausible_source(m.group("source")):
            source = m.group("source")
            others = [o for o in names if o not in source and source not in o]
            if not others:
                return None
            return s[:m.start("source")] + rng.choice(others) + s[m.end("source"):]
    m = re.search(r"\b(caused by|blamed on|carried out by|led by|organised by|organized by|built by|made by)\s+"
                  r"((?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)", s)
    if m:
        others = [o for o in names if o not in m.group(2)]
        if others:
            return s[:m.start(2)] + rng.choice(others) + s[m.end(2):]
    return None


def p_modality(s, rng, names):
    for pattern, choices in MODAL_SWAPS:
        m = re.search(pattern, s)
        if m:
            return s[:m.start()] + rng.choice(choices) + s[m.end():]
    return None


def p_scope(s, rng, names):
    for pattern, choices in SCOPE_SWAPS:
        m = re.search(pattern, s)
        if m:
            return re.sub(r"\s{2,}", " ", s[:m.start()] + rng.choice(choices) + s[m.end():])
    m = re.search(r"\b(the|its|their)\s+([a-z]+s)\b", s)
    if m:
        return s[:m.start()] + "only some of " + m.group(0) + s[m.end():]
    return None


def p_denial(s, rng, names):
    c = _strip_end(s)
    if len(c.split()) < 6 or re.search(r"\b" + SPEECH_VERBS + r"\b", s):
        return None
    source = rng.choice(names) if names else rng.choice(["officials", "the government", "the company"])
    frame = rng.choice(DENIAL_FRAMES)
    return frame.format(src=source, c=_lower_first(c)) + "."


PERTURBATIONS = {"numeric": p_numeric, "date_time": p_date, "negation": p_negation, "denial": p_denial,
                 "scope": p_scope, "antonym": p_antonym, "entity": p_entity, "attribution": p_attribution,
                 "modality": p_modality}


# Compatible restatements.

def a_hedge(s, rng, names):
    figure = _random_figure(s, rng)
    if figure is None:
        return None
    m, value = figure
    if value < 12:
        return None
    magnitude = 10 ** max(1, len(str(int(value))) - 1)
    lower = int(value // magnitude * magnitude) if value // magnitude >= 1 else int(value // 10 * 10)
    if lower <= 0 or lower == value:
        hedge, shown = rng.choice(HEDGES_NEAR), _format_like(round(value / magnitude) * magnitude, m.group(1))
    elif rng.random() < 0.5:
        hedge, shown = rng.choice(HEDGES_ABOVE), _format_like(lower, m.group(1))
    else:
        hedge, shown = rng.choice(HEDGES_NEAR), _format_like(round(value / magnitude) * magnitude, m.group(1))
    prefix = s[:m.start(1)]
    if prefix.endswith(("$", "\u00a3", "\u20ac")):
        return prefix[:-1] + hedge.format(n=prefix[-1] + shown) + s[m.end(1):]
    for word in ("at least ", "about ", "around ", "nearly ", "more than ", "over ", "some "):
        if prefix.lower().endswith(word):
            prefix = prefix[:-len(word)]
    return prefix + hedge.format(n=shown) + s[m.end(1):]


def a_reframe(s, rng, names):
    for pattern in (_SOURCE_AFTER, _SOURCE_BEFORE):
        m = pattern.match(s)
        if m and not m.group(0).count('"') and plausible_source(m.group("source")):
            content = _strip_end(m.group("content"))
            source = m.group("source")
            if len(content.split()) < 5:
                return None
            frame = rng.choice(AGREE_FRAMES)
            content = content if frame.startswith("{c}") else _lower_first(content)
            result = frame.format(src=source, c=content)
            return result[0].upper() + result[1:] + "."
    return None


def a_drop_adjunct(s, rng, names):
    parts = re.split(r",\s+", _strip_end(s))
    if len(parts) < 3:
        m = re.match(r"^(.*?)\s+\([^)]*\)(.*)$", s)
        return (m.group(1) + m.group(2)) if m else None
    keep = [parts[0]] + [p for i, p in enumerate(parts[1:]) if i != rng.randrange(len(parts) - 1)]
    out = ", ".join(keep) + "."
    return out if len(out.split()) >= 6 and out != s else None


def a_add_source(s, rng, names):
    c = _strip_end(s)
    if not names or re.search(r"\b" + SPEECH_VERBS + r"\b", s) or len(c.split()) < 6:
        return None
    return rng.choice(["{c}, {src} said.", "According to {src}, {lc}."]).format(c=c, lc=_lower_first(c),
                                                                                   src=rng.choice(names))


AGREEMENTS = [a_hedge, a_reframe, a_drop_adjunct, a_add_source]


def a_copy_format(s, rng, names):
    """The sentence as another outlet may print it: the same words with other quotes, dashes or spacing, or nothing
    changed at all (a syndicated copy)."""
    out = s
    kind = rng.randrange(4)
    if kind == 1:
        out = out.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'") if any(
            c in out for c in "\u201c\u201d\u2019") else re.sub(r'"([^"]*)"', "\u201c\\1\u201d", out).replace("'", "\u2019")
    elif kind == 2:
        out = out.replace(" - ", " \u2014 ").replace(" -- ", " \u2014 ") if " - " in out or " -- " in out else out.replace(", ", ",  ", 1)
    elif kind == 3:
        out = re.sub(r"^(But|However,|And|Meanwhile,|Still,)\s+", "", out)
        out = out[0].upper() + out[1:] if out else out
    return out


def copy_agreements(bodies, body_ids, rng, n):
    """Agreements between a sentence and a copy of it (the same words, or another outlet's quotes, dashes or opening
    conjunction), and between one sentence printed in two articles: generated contradictions are perturbed copies of
    a sentence, so without these a model learns that a near copy contradicts."""
    articles = _article_sentences(bodies, body_ids, rng)
    seen = {}
    for k, (ss, _) in enumerate(articles):
        for x in ss:
            seen.setdefault(x, set()).add(k)
    shared = sorted(x for x, ks in seen.items() if len(ks) > 1)
    rng.shuffle(shared)
    pairs = [dict(a=x, b=x, label="agreement", type=None, source="copies") for x in shared[:n // 4]]
    while len(pairs) < n:
        ss, names = articles[len(pairs) % len(articles)]
        x = rng.choice(ss)
        y = a_copy_format(x, rng, names)
        a, b = (x, y) if rng.random() < 0.5 else (y, x)
        pairs.append(dict(a=a, b=b, label="agreement", type=None, source="copies"))
    return pairs


_CUES = re.compile(r"\b(not|no|never|n't|none|nobody|nothing|deny|denies|denied|denial|reject\w*|false|untrue|hoax|fake|"
                   r"only|all|every|entire|some|may|might|could|will|would|must|unlikely|possibly|ruled|plans?|"
                   r"alive|dead|killed|injured|before|after|earlier|later)\b", re.IGNORECASE)


def _facts_kept(s):
    """What a restatement must keep: its figures, dates and names of months and days, and its cue words."""
    return (sorted(_NUMBER.findall(s)), sorted(w for w in MONTHS + WEEKDAYS if w in s),
            sorted(m.lower() for m in _CUES.findall(s)), sorted(w for w in content_words(s) if w in _ANTONYM))


def outlet_restatements(bodies, body_ids, rng, n, min_overlap=0.4):
    """Agreements between two outlets' near restatements of one sentence: sentences of two different articles whose
    content words overlap by min_overlap (Jaccard) or more, in other words than each other, with the same figures,
    dates, cue words (negations, denials, scope and modal words) and antonym-list words, so that the change is wording
    or an added detail, not one of the generated contradictions' edits."""
    owner, texts, words, kept = [], [], [], []
    for k, (ss, _) in enumerate(_article_sentences(bodies, body_ids, rng)):
        for x in ss:
            owner.append(k)
            texts.append(x)
            words.append(content_words(x))
            kept.append(_facts_kept(x))
    index = {}
    for i, ws in enumerate(words):
        for w in ws:
            index.setdefault(w, []).append(i)
    found = set()
    for i, ws in enumerate(words):
        counts = {}
        for w in ws:
            postings = index[w]
            if len(postings) > 300:
                continue
            for j in postings:
                if j > i and owner[j] != owner[i]:
                    counts[j] = counts.get(j, 0) + 1
        for j, shared in counts.items():
            if shared >= 4 and shared / len(ws | words[j]) >= min_overlap and ws != words[j] \
                    and kept[i] == kept[j]:
                found.add((texts[i], texts[j]) if texts[i] < texts[j] else (texts[j], texts[i]))
    found = sorted(found)
    rng.shuffle(found)
    pairs = []
    for a, b in found[:n]:
        a, b = (a, b) if rng.random() < 0.5 else (b, a)
        pairs.append(dict(a=a, b=b, label="agreement", type=None, source="restatements"))
    return pairs


def article_names(text):
    counts = {}
    for m in _NAME.finditer(text):
        name = m.group(1)
        first = name.split()[0]
        if first in _NOT_NAMES or len(name) < 3:
            continue
        if m.start() == 0 or text[max(0, m.start() - 2):m.start()].strip() in (".", '"', "\u201c"):
            if len(name.split()) == 1:
                continue
        counts[name] = counts.get(name, 0) + 1
    return [n for n, c in counts.items()]


# ---------------------------------------------------------------------------------------------------------------------
# Readers.

def read_snli(path):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    mapping = {"entailment": "agreement", "neutral": "neutral", "contradiction": "contradiction"}
    return [dict(a=r["premise"], b=r["hypothesis"], label=mapping[r["label"]], type=None, source="snli")
            for r in rows if r["label"] in mapping]


def read_fnc(stances_path, bodies_path):
    with open(bodies_path, encoding="utf-8") as f:
        bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(f)}
    with open(stances_path, encoding="utf-8") as f:
        stances = list(csv.DictReader(f))
    return bodies, stances


def best_sentences(headline, body_sentences, k):
    h = content_words(headline)
    scored = sorted(((len(h & content_words(s)) / (1 + len(content_words(s))) ** 0.3, i)
                     for i, s in enumerate(body_sentences)), reverse=True)
    chosen = sorted(i for _, i in scored[:k])
    return " ".join(body_sentences[i] for i in chosen)


FNC_LABELS = {"agree": "agreement", "disagree": "contradiction", "discuss": "neutral", "unrelated": "unrelated"}


def fnc_pairs(bodies, stances, body_ids, rng, caps):
    out = {label: [] for label in LABELS}
    split = {}
    for r in stances:
        body = int(r["Body ID"])
        if body in body_ids:
            split.setdefault(FNC_LABELS[r["Stance"]], []).append(r)
    for label, rows in split.items():
        rng.shuffle(rows)
        for r in rows[:caps[label]]:
            ss = split_body(bodies[int(r["Body ID"])])
            if not ss:
                continue
            text = best_sentences(r["Headline"], ss, rng.choice([1, 2]))
            out[label].append(dict(a=r["Headline"], b=text, label=label, type=None, source="fnc1"))
    return [p for ps in out.values() for p in ps]


_BODY_CACHE = {}


def split_body(body):
    if body not in _BODY_CACHE:
        _BODY_CACHE[body] = [s for s in sentences(body) if 5 <= len(s.split()) <= 70]
    return _BODY_CACHE[body]


def generated_pairs(bodies, body_ids, rng, per_type, n_agree, n_neutral, n_unrelated):
    articles = _article_sentences(bodies, body_ids, rng)
    pairs = []
    counts = {t: 0 for t in PERTURBATIONS}
    tries = 0
    order = list(PERTURBATIONS)
    while min(counts.values()) < per_type and tries < per_type * 400:
        tries += 1
        ss, names = articles[tries % len(articles)]
        s = rng.choice(ss)
        remaining = [t for t in order if counts[t] < per_type]
        kind = rng.choice(remaining)
        changed = PERTURBATIONS[kind](s, rng, names)
        if not changed or changed == s:
            continue
        # A hedged or reframed restatement on the other side, so that surface sameness is not the signal.
        if rng.random() < 0.35:
            other = rng.choice(AGREEMENTS)(s, rng, names) or s
        else:
            other = s
        a, b = (other, changed) if rng.random() < 0.5 else (changed, other)
        pairs.append(dict(a=a, b=b, label="contradiction", type=kind, source="generated"))
        counts[kind] += 1
    made = 0
    tries = 0
    while made < n_agree and tries < n_agree * 50:
        tries += 1
        ss, names = articles[tries % len(articles)]
        s = rng.choice(ss)
        changed = rng.choice(AGREEMENTS)(s, rng, names)
        if not changed or changed == s:
            continue
        a, b = (s, changed) if rng.random() < 0.5 else (changed, s)
        pairs.append(dict(a=a, b=b, label="agreement", type=None, source="generated"))
        made += 1
    for i in range(n_neutral):
        ss, names = articles[i % len(articles)]
        a, b = rng.sample(ss, 2)
        if rng.random() < 0.3:
            a = rng.choice(AGREEMENTS)(a, rng, names) or a
        pairs.append(dict(a=a, b=b, label="neutral", type=None, source="generated"))
    for i in range(n_unrelated):
        (s1, _), (s2, _) = rng.sample(articles, 2)
        pairs.append(dict(a=rng.choice(s1), b=rng.choice(s2), label="unrelated", type=None, source="generated"))
    return pairs, counts


def _article_sentences(bodies, body_ids, rng):
    articles = []
    for bid in sorted(body_ids):
        text = bodies[bid]
        ss = [s for s in sentences(text) if good_sentence(s)]
        if len(ss) >= 2:
            articles.append((ss, article_names(text)))
    rng.shuffle(articles)
    return articles


def cue_controlled_pairs(bodies, body_ids, rng, per_type, n_agree, n_extra):
    """Pairs that carry a contradiction's cue without the contradiction, so that the cue alone is not the signal:
    * neutral: a sentence against another sentence of its article perturbed (denied, negated, a number changed...):
      the cue is there, but it concerns another fact;
    * agreement: a perturbed sentence against a compatible restatement of itself (both sides carry the cue);
    * agreement: a sentence against its restatement with a perturbed other sentence of the article joined on (the
      same fact, plus another fact that carries a cue)."""
    articles = _article_sentences(bodies, body_ids, rng)
    pairs = []
    counts = {t: 0 for t in PERTURBATIONS}
    order = list(PERTURBATIONS)
    tries = 0
    while min(counts.values()) < per_type and tries < per_type * 400:
        tries += 1
        ss, names = articles[tries % len(articles)]
        s1, s2 = rng.sample(ss, 2)
        kind = rng.choice([t for t in order if counts[t] < per_type])
        changed = PERTURBATIONS[kind](s2, rng, names)
        if not changed or changed == s2:
            continue
        a, b = (s1, changed) if rng.random() < 0.5 else (changed, s1)
        pairs.append(dict(a=a, b=b, label="neutral", type=None, source="cue-controlled"))
        counts[kind] += 1
    for n, joined in ((n_agree, False), (n_extra, True)):
        made = tries = 0
        while made < n and tries < n * 50:
            tries += 1
            ss, names = articles[tries % len(articles)]
            s1, s2 = rng.sample(ss, 2)
            kind = rng.choice(order)
            if joined:
                extra = PERTURBATIONS[kind](s2, rng, names)
                restated = rng.choice(AGREEMENTS)(s1, rng, names) or s1
                if not extra or extra == s2:
                    continue
                base, other = s1, _strip_end(restated) + "; " + _lower_first(extra)
            else:
                base = PERTURBATIONS[kind](s1, rng, names)
                other = rng.choice(AGREEMENTS)(base, rng, names) if base else None
                if not other or other == base:
                    continue
            a, b = (base, other) if rng.random() < 0.5 else (other, base)
            pairs.append(dict(a=a, b=b, label="agreement", type=None, source="cue-controlled"))
            made += 1
    return pairs


# The kinds of change that restated_contradictions applies, and whether the words it replaces must be in both claims.
RESTATED_KINDS = {"numeric": True, "date_time": True, "antonym": True, "entity": True, "negation": False}


def _words(s):
    return re.findall(r"[\w'%.,-]+", s.lower())


def restated_contradictions(agreements, rng, per_type, name_pool, kinds=tuple(RESTATED_KINDS), min_overlap=0.0):
    """Contradictions between a claim and a restatement of it in other words with one fact changed: for an agreement
    pair (a, b), b with a number, a date, a direction word or a name changed (one that a states too, so the change
    concerns the fact both state), or b negated; a new name is drawn from name_pool (names of other texts). Each pair
    gives at most one contradiction of each kind; pairs whose content words overlap less than min_overlap (of the
    shorter side) are skipped. Generated pairs change a sentence against itself, so their wording is shared; these
    teach that a restatement in other words with another value is still a contradiction."""
    pairs = []
    counts = {t: 0 for t in kinds}
    pool = list(agreements)
    rng.shuffle(pool)
    for r in pool:
        a, b = (r["a"], r["b"]) if rng.random() < 0.5 else (r["b"], r["a"])
        wa, wb = content_words(a), content_words(b)
        words_a, words_b = set(_words(a)), _words(b)
        if not wa or not wb or len(wa & wb) < min_overlap * min(len(wa), len(wb)):
            continue
        for kind in rng.sample(list(kinds), len(kinds)):
            if counts[kind] >= per_type:
                continue
            names = article_names(b) + [n for n in rng.sample(name_pool, min(8, len(name_pool))) if n not in a]
            changed = PERTURBATIONS[kind](b, rng, names)
            if not changed or changed == b:
                continue
            words_changed = set(_words(changed))
            removed = [w for w in words_b if w not in words_changed]
            if RESTATED_KINDS[kind] and (not removed or any(w not in words_a for w in removed)):
                continue
            # p_negation's "did not" for a word in -ed also takes "red" or "shed" for a verb: keep longer words only.
            if kind == "negation" and "did not " in changed and "did not " not in b and any(len(w) < 6 for w in removed):
                continue
            first, second = (a, changed) if rng.random() < 0.5 else (changed, a)
            pairs.append(dict(a=first, b=second, label="contradiction", type=kind, source="restated"))
            counts[kind] += 1
    return pairs, counts


def first_stage_split(shared, rng):
    """SNLI dev (shuffled) and FNC-1 train with its bodies split 10% validation / 90% training, drawing from rng
    exactly as the first stage does, so that a later stage can rebuild the same split."""
    snli = read_snli(os.path.join(shared, "snli-dev-raw", "snli_dev_raw.tsv"))
    rng.shuffle(snli)
    bodies, stances = read_fnc(os.path.join(shared, "fnc-1", "train_stances.csv"),
                               os.path.join(shared, "fnc-1", "train_bodies.csv"))
    ids = sorted(bodies)
    rng.shuffle(ids)
    return snli, bodies, stances, set(ids[:len(ids) // 10]), set(ids[len(ids) // 10:])


def read_written(folder, sets=None):
    """Reads data/written-train-*.jsonl, or only written-train-{s}.jsonl for each s in sets, grouped by event."""
    out = {}
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if not (name.startswith("written-train-") and name.endswith(".jsonl")):
            continue
        if sets is not None and name[len("written-train-"):-len(".jsonl")] not in sets:
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line_no, line in enumerate(f, 1):
                if not line.strip():
                    continue
                r = json.loads(line)
                if r.get("label") not in LABELS:
                    raise ValueError(f"{name}:{line_no}: unknown label {r.get('label')!r}")
                out.setdefault(r.get("event", r["id"]), []).append(
                    dict(a=r["a"], b=r["b"], label=r["label"], type=r.get("type") if r["label"] == "contradiction"
                         else None, source="written"))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(here, "work"))
    ap.add_argument("--written", default=os.path.join(here, "data"), help="folder of written-train-*.jsonl pairs")
    ap.add_argument("--written-sets", default="a,b,c",
                    help="which written-train-{set}.jsonl the first stage trains on (the second stage adds the rest)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--per-type", type=int, default=1400, help="generated contradictions per type (training)")
    ap.add_argument("--written-repeat", type=int, default=3, help="how many times written training pairs repeat")
    ap.add_argument("--fnc", default="3300,760,3000,2000",
                    help="FNC-1 training pairs at most: agree, disagree, discuss, unrelated")
    ap.add_argument("--generated", default="3500,3500,1500",
                    help="generated training pairs: agreements, neutrals, unrelated")
    ap.add_argument("--valid-apart", action="store_true",
                    help="draw the validation pairs apart from the training pairs (the same whatever the mixture)")
    args = ap.parse_args()
    fnc_caps = dict(zip(("agreement", "contradiction", "neutral", "unrelated"), map(int, args.fnc.split(","))))
    n_agree, n_neutral, n_unrelated = map(int, args.generated.split(","))
    rng = random.Random(args.seed)
    # With --valid-apart the validation pairs are drawn with their own generator, so that they do not depend on how many
    # training pairs are (to compare mixtures); without it they are drawn as the shipped model's were.
    rng_valid = random.Random(args.seed + 1) if args.valid_apart else rng
    os.makedirs(args.out, exist_ok=True)

    train, valid = [], []

    snli, bodies, stances, valid_ids, train_ids = first_stage_split(args.shared, rng)
    cut = len(snli) // 10
    valid += snli[:cut]
    train += snli[cut:]

    fnc_valid = dict(agreement=150, contradiction=80, neutral=150, unrelated=150)
    if args.valid_apart:
        valid += fnc_pairs(bodies, stances, valid_ids, rng_valid, fnc_valid)
        g_valid, _ = generated_pairs(bodies, valid_ids, rng_valid, 40, n_agree=120, n_neutral=120, n_unrelated=60)
    train += fnc_pairs(bodies, stances, train_ids, rng, fnc_caps)
    if not args.valid_apart:
        valid += fnc_pairs(bodies, stances, valid_ids, rng, fnc_valid)
    g_train, counts = generated_pairs(bodies, train_ids, rng, args.per_type, n_agree, n_neutral, n_unrelated)
    if not args.valid_apart:
        g_valid, _ = generated_pairs(bodies, valid_ids, rng, 40, n_agree=120, n_neutral=120, n_unrelated=60)
    train += g_train
    valid += g_valid
    print("generated contradictions per type:", counts)

    # The written pairs' validation split is data/news-dev.jsonl, written apart (train.py reads it).
    written = read_written(args.written, set(args.written_sets.split(",")))
    for event in sorted(written):
        train += written[event] * args.written_repeat

    rng.shuffle(train)
    for name, rows in (("pairs-train.jsonl", train), ("pairs-valid.jsonl", valid)):
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for name, rows in (("train", train), ("valid", valid)):
        summary = {}
        for r in rows:
            summary.setdefault(r["source"], {}).setdefault(r["label"], 0)
            summary[r["source"]][r["label"]] += 1
        print(name, len(rows), json.dumps(summary))


if __name__ == "__main__":
    main()
