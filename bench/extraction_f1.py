#!/usr/bin/python3
"""Article body extraction: token F1 of `dxnews extract` (and readability-lxml) on a benchmark set.

Usage: extraction_f1.py --dxnews build/cli/dxnews --data ../shared/data/extract-bench-scrapinghub
                        [--readability] [--with-lead] [--errors N]

Sets (detected from the files): scrapinghub (ground-truth.json: articleBody), fundus (per-country
<Publisher>.json gold: summary + section headlines + paragraphs, scored against lead + text;
versions V1, V1_1 ... pair with the publisher's pages in date order), trafilatura-eval
(evaldata-subset.json: `with` snippets must appear, `without` snippets must not; snippet P/R/F1).

Scoring follows the scrapinghub article-extraction-benchmark: whitespace tokens, bag-of-tokens
precision and recall per page (Counter intersection), averaged over pages; F1 is computed from
the averaged precision and recall (the mean of per-page F1 is printed too). A page whose
extraction fails scores precision 0 / recall 0 (an empty gold body and empty output scores 1/1).
The data is read in place and never copied; stdlib only, plus python3-readability for --readability.
"""
import argparse
import collections
import gzip
import json
import os
import subprocess
import sys
import tempfile


def tokens(text):
    return (text or "").split()


def precision_recall(gold, pred):
    g, p = collections.Counter(tokens(gold)), collections.Counter(tokens(pred))
    if not g and not p:
        return 1.0, 1.0
    common = sum((g & p).values())
    precision = common / sum(p.values()) if p else 0.0
    recall = common / sum(g.values()) if g else 0.0
    return precision, recall


FUNDUS_META = {}  # page name -> (gold publishing_date, gold title)
LAST_RESULT = {}  # the last dxnews JSON, for the metadata checks


def load_fundus(data):
    import glob
    pages = []
    for meta_path in sorted(glob.glob(os.path.join(data, "*", "meta.info"))):
        folder = os.path.dirname(meta_path)
        meta = json.load(open(meta_path, encoding="utf-8"))
        by_publisher = collections.defaultdict(list)
        for name in sorted(meta):
            by_publisher[name.rsplit("_", 3)[0]].append(name)
        for publisher, names in by_publisher.items():
            gold_path = os.path.join(folder, publisher + ".json")
            if not os.path.exists(gold_path):
                continue
            gold = json.load(open(gold_path, encoding="utf-8"))
            versions = sorted(gold)
            if len(versions) != len(names):
                continue
            for name, version in zip(names, versions):
                body = gold[version].get("body") or {}
                parts = list(body.get("summary") or [])
                for section in body.get("sections") or []:
                    parts += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
                FUNDUS_META[name] = (gold[version].get("publishing_date"), gold[version].get("title"))
                pages.append((name, os.path.join(folder, name), meta[name].get("url", ""), "\n".join(parts)))
    return pages


def load_pages(data):
    if os.path.exists(os.path.join(data, "evaldata-subset.json")):
        gold = json.load(open(os.path.join(data, "evaldata-subset.json"), encoding="utf-8"))
        return [(url, os.path.join(data, "html", g["file"] + ".gz"), url, g) for url, g in sorted(gold.items())
                if os.path.exists(os.path.join(data, "html", g["file"] + ".gz"))]
    if not os.path.exists(os.path.join(data, "ground-truth.json")):
        return load_fundus(data)
    gold = json.load(open(os.path.join(data, "ground-truth.json"), encoding="utf-8"))
    pages = []
    for key in sorted(gold):
        path = os.path.join(data, "html", key + ".html.gz")
        if os.path.exists(path):
            pages.append((key, path, gold[key].get("url", ""), gold[key]["articleBody"]))
    return pages


def run_dxnews(binary, path, url, with_lead):
    with gzip.open(path, "rb") as f, tempfile.NamedTemporaryFile(suffix=".html") as tmp:
        tmp.write(f.read())
        tmp.flush()
        args = [binary, "extract", tmp.name, "--json"] + (["--url", url] if url else [])
        done = subprocess.run(args, capture_output=True)
    if done.returncode != 0:
        return None
    result = json.loads(done.stdout)
    LAST_RESULT.clear()
    LAST_RESULT.update(result)
    return (result["lead"] + "\n" + result["text"]) if with_lead else result["text"]


def same_instant(gold, pred, slack=60):
    from datetime import datetime
    if not gold or not pred:
        return False
    try:
        g, p = datetime.fromisoformat(gold), datetime.fromisoformat(pred)
        if g.tzinfo is None:  # a date without zone: compare the day only
            return p.date() == g.date()
        return abs((g - p).total_seconds()) <= slack
    except ValueError:
        return False


def run_readability(path):
    import lxml.html
    from readability import Document
    with gzip.open(path, "rb") as f:
        html = f.read()
    try:
        summary = Document(html).summary(html_partial=True)
        return lxml.html.fromstring(summary).text_content()
    except Exception:  # readability raises on some pages; they score 0
        return None


class Snippets:
    """trafilatura's evaluation: `with` snippets found are true positives, `without` found are false positives."""

    def __init__(self, name):
        self.name, self.tp, self.fn, self.fp, self.tn = name, 0, 0, 0, 0

    def add(self, gold, pred):
        text = " ".join((pred or "").split())
        for snippet in gold.get("with", []):
            found = " ".join(snippet.split()) in text
            self.tp += found
            self.fn += not found
        for snippet in gold.get("without", []):
            found = " ".join(snippet.split()) in text
            self.fp += found
            self.tn += not found
        return 0.0

    def line(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{self.name:<14} snippets P={p:.3f} R={r:.3f} F1={f:.3f} (tp={self.tp} fn={self.fn} fp={self.fp} tn={self.tn})"


class Score:
    def __init__(self, name):
        self.name, self.p, self.r, self.f = name, [], [], []

    def add(self, gold, pred):
        p, r = precision_recall(gold, pred) if pred is not None else (0.0, 0.0)
        self.p.append(p)
        self.r.append(r)
        self.f.append(2 * p * r / (p + r) if p + r else 0.0)
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self):
        n = len(self.p)
        p, r = sum(self.p) / n, sum(self.r) / n
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{self.name:<14} pages={n} P={p:.3f} R={r:.3f} F1={f:.3f} (mean page F1 {sum(self.f) / n:.3f})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dxnews", default="build/cli/dxnews")
    ap.add_argument("--data", required=True)
    ap.add_argument("--readability", action="store_true")
    ap.add_argument("--with-lead", action="store_true", help="score lead + text instead of text")
    ap.add_argument("--errors", type=int, default=0, help="list the N worst dxnews pages")
    args = ap.parse_args()
    pages = load_pages(args.data)
    snippets = os.path.exists(os.path.join(args.data, "evaldata-subset.json"))
    fundus = not snippets and not os.path.exists(os.path.join(args.data, "ground-truth.json"))
    with_lead = args.with_lead or fundus  # fundus gold bodies start with the summary (sapo)
    kind = Snippets if snippets else Score
    ours, theirs, worst = kind("dxnews"), kind("readability"), []
    dates = titles = 0
    for key, path, url, gold in pages:
        f = ours.add(gold, run_dxnews(args.dxnews, path, url, with_lead))
        if key in FUNDUS_META:
            gold_date, gold_title = FUNDUS_META[key]
            dates += same_instant(gold_date, LAST_RESULT.get("published"))
            titles += " ".join((gold_title or "").split()) == LAST_RESULT.get("title")
        worst.append((f, key, url))
        if args.readability:
            theirs.add(gold, run_readability(path))
    print(f"set: {os.path.basename(os.path.normpath(args.data))}")
    print(ours.line())
    if args.readability:
        print(theirs.line())
    if fundus:
        print(f"dxnews metadata: published within 60 s of gold {dates}/{len(pages)}, title exact {titles}/{len(pages)}")
    for f, key, url in sorted(worst)[: args.errors]:
        print(f"  {f:.3f} {key[:16]} {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
