#!/usr/bin/python3
"""Scores extractor output against the hand-made analysis gold (dx-gold-dev).

Usage: score_extraction.py --gold gold-dev.json --pred pred.jsonl

pred.jsonl has one JSON object per line with `doc_id`, `documents` (objects with `number`,
`shorthand` and `date`, as printed by tools/extract_dev) and `dates` (objects with `date`,
`precision`, `recurring`). Prints micro-averaged precision/recall/F1 over all gold doc_ids for:
full document numbers (exact, after NFC), partial/shorthand references (lenient: case and
spacing folded), document dates (document, date) pairs, and, for information, event days.
With `places` (objects with `id`, the pre-2025 id), `province` (an object with `id`, or null) and `themes` (objects with
`id`, `score`, `primary`, best first) it also scores places (strict, and lenient: `places_also`
neither rewarded nor penalised), the main province, and primary themes (P/R/F1 of the primary
set, and the recall of gold primary themes among the 3 best). Gold names are mapped to ids with
corpus/provinces.toml (--provinces).
When the predictions carry `officials`/`executives` (lists of {name, titles}), also scores
people: see score_people(). With `events` (objects with `date`, `end_date`), also scores the
event days against gold `event_dates`: see score_events().
Grows into the full analysis scorer; stdlib only.
"""
import argparse
import json
import os
import sys
import tomllib
import unicodedata


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def loose(s):
    return norm(s).casefold()


class Counts:
    def __init__(self, name):
        self.name, self.tp, self.fp, self.fn = name, 0, 0, 0
        self.errors = []

    def add(self, doc_id, gold, pred):
        gold, pred = set(gold), set(pred)
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)
        for x in sorted(pred - gold):
            self.errors.append(f"  FP {doc_id}: {x}")
        for x in sorted(gold - pred):
            self.errors.append(f"  FN {doc_id}: {x}")

    def line(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (f"{self.name:<16} P={p:.3f} R={r:.3f} F1={f:.3f} "
                f"(tp={self.tp} fp={self.fp} fn={self.fn})")


def load_pred(path):
    pred = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                pred[row["doc_id"]] = row
    return pred


TONE_MARKS = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}


def name_key(s):
    """Case-, spacing- and tone-placement-insensitive key: each syllable loses its tone mark,
    which is appended as a digit ("Hoà" and "Hòa" -> "hoa2"); the tone itself still counts."""
    out = []
    for syllable in norm(s).casefold().split():
        letters = unicodedata.normalize("NFD", syllable)
        tones = "".join(TONE_MARKS[c] for c in letters if c in TONE_MARKS)
        base = "".join(c for c in letters if c not in TONE_MARKS)
        out.append(unicodedata.normalize("NFC", base) + tones)
    return " ".join(out)


def title_ok(pred_titles, titles_any):
    """A predicted title is right when it equals or contains one of the gold `titles_any`
    (compared with name_key, so case, spacing and tone placement do not matter)."""
    gold = [name_key(t) for t in titles_any]
    return any(g in name_key(t) for t in pred_titles for g in gold)


def score_people(gold, pred):
    """Officials by name (P/R/F1), officials with a right title, executives by name.

    Names are matched with name_key(). Gold entries marked `optional` are neither required nor
    penalised: a prediction matching one is dropped before counting. `official_titles` counts a
    predicted official as correct only when its name matches AND one of its titles passes
    title_ok(); so its precision is over all predicted officials and its recall over all
    required gold officials."""
    officials, titles = Counts("officials"), Counts("official_titles")
    executives = Counts("executives")
    for doc_id, g in gold.items():
        if doc_id.startswith("_"):
            continue
        p = pred.get(doc_id, {})
        for kind, counts in (("officials", officials), ("executives", executives)):
            required = {name_key(x["name"]): x for x in g[kind] if not x.get("optional")}
            optional = {name_key(x["name"]) for x in g[kind] if x.get("optional")}
            people = [x for x in p.get(kind, []) if name_key(x["name"]) not in optional]
            counts.add(doc_id, required, [name_key(x["name"]) for x in people])
            if kind == "officials":
                right = [name_key(x["name"]) for x in people if name_key(x["name"]) in required
                         and title_ok(x["titles"], required[name_key(x["name"])]["titles_any"])]
                wrong = [name_key(x["name"]) + " (title)" for x in people
                         if name_key(x["name"]) not in right]
                titles.add(doc_id, required, right + wrong)
    return [officials, titles, executives]


def score_events(gold, pred):
    """Event days: the set of `date` and `end_date` of the predicted events of each document
    against its gold `event_dates` (P/R/F1, micro-averaged over the gold documents)."""
    counts = Counts("events_dates")
    for doc_id, g in gold.items():
        if doc_id.startswith("_"):
            continue
        events = pred.get(doc_id, {}).get("events", [])
        days = {e[k] for e in events for k in ("date", "end_date") if e.get(k)}
        counts.add(doc_id, g["event_dates"], days)
    return [counts]


def score(gold, pred):
    full, partial = Counts("documents"), Counts("documents_partial")
    doc_dates, events = Counts("document_dates"), Counts("event_dates*")
    for doc_id, g in gold.items():
        if doc_id.startswith("_"):
            continue
        p = pred.get(doc_id, {"documents": [], "dates": []})
        docs = p["documents"]
        full.add(doc_id, [norm(x) for x in g["documents"]],
                 [norm(d["number"]) for d in docs if not d["shorthand"]])
        partial.add(doc_id, [loose(x) for x in g["documents_partial"]],
                    [loose(d["number"]) for d in docs if d["shorthand"]])
        doc_dates.add(doc_id, [(loose(k), v) for k, v in g["document_dates"].items()],
                      [(loose(d["number"]), d["date"]) for d in docs if d["date"]])
        dated = {d["date"] for d in docs if d["date"]}
        events.add(doc_id, g["event_dates"],
                   [d["date"] for d in p["dates"] if d["precision"] == "day"
                    and not d["recurring"] and d["date"] not in dated])
    return [full, partial, doc_dates, events]


def province_ids(toml_path):
    """Maps every written form (NFC, casefolded) of every pre-2025 unit to its id."""
    with open(toml_path, "rb") as f:
        data = tomllib.load(f)
    ids = {}
    for unit in data["old"]:
        for name in [unit["name"], unit["official_name"]] + unit.get("variants", []):
            ids[loose(name)] = unit["id"]
    return ids


def score_places_themes(gold, pred, ids):
    """places (strict and lenient with places_also), main province, primary themes."""
    strict, lenient = Counts("places"), Counts("places_lenient")
    province, themes = Counts("province"), Counts("themes_primary")
    top3_hit = top3_total = 0
    for doc_id, g in gold.items():
        if doc_id.startswith("_"):
            continue
        p = pred.get(doc_id, {})
        got = {x["id"] for x in p.get("places", [])}
        want = {ids.get(loose(x), x) for x in g["places"]}
        also = {ids.get(loose(x), x) for x in g.get("places_also", [])}
        strict.add(doc_id, want, got)
        lenient.add(doc_id, want, got - (also - want))
        want_province = ids.get(loose(g["province"]), g["province"]) if g["province"] else None
        province.add(doc_id, [want_province] if want_province else [],
                     [p["province"]["id"]] if p.get("province") else [])
        ranked = [t["id"] for t in p.get("themes", [])]
        themes.add(doc_id, g["themes_primary"],
                   [t["id"] for t in p.get("themes", []) if t["primary"]])
        top3_hit += len(set(g["themes_primary"]) & set(ranked[:3]))
        top3_total += len(g["themes_primary"])
    note = (f"themes_top3_recall R={top3_hit / max(1, top3_total):.3f} "
            f"(gold primary themes among the system's 3 best: {top3_hit}/{top3_total})")
    return [strict, lenient, province, themes], note


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--errors", action="store_true", help="list false positives and negatives")
    ap.add_argument("--provinces", default=os.path.join(os.path.dirname(__file__), "..", "corpus",
                                                        "provinces.toml"))
    args = ap.parse_args()
    with open(args.gold, encoding="utf-8") as f:
        gold = json.load(f)
    pred = load_pred(args.pred)
    results = score(gold, pred)
    places_themes, themes_note = score_places_themes(gold, pred, province_ids(args.provinces))
    results += places_themes
    if any("officials" in row for row in pred.values()):
        results += score_people(gold, pred)
    if any("events" in row for row in pred.values()):
        results += score_events(gold, pred)
    for c in results:
        print(c.line())
        if args.errors:
            print("\n".join(c.errors) if c.errors else "  (no errors)")
    print("* event_dates: every day-precision, non-recurring date that is not a document date; "
          "the baseline for events_dates, which counts only the days of detected events")
    print(themes_note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
