#!/usr/bin/python3
"""Article body extraction: token F1 of `dxnews extract` (and readability-lxml) on a benchmark set.

Usage: extraction_f1.py --dxnews build/cli/dxnews --data ../shared/data/extract-bench-scrapinghub
                        [--readability] [--with-lead] [--errors N]

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


def load_pages(data):
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
    return (result["lead"] + "\n" + result["text"]) if with_lead else result["text"]


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
    ours, theirs, worst = Score("dxnews"), Score("readability"), []
    for key, path, url, gold in pages:
        f = ours.add(gold, run_dxnews(args.dxnews, path, url, args.with_lead))
        worst.append((f, key, url))
        if args.readability:
            theirs.add(gold, run_readability(path))
    print(f"set: {os.path.basename(os.path.normpath(args.data))}")
    print(ours.line())
    if args.readability:
        print(theirs.line())
    for f, key, url in sorted(worst)[: args.errors]:
        print(f"  {f:.3f} {key[:16]} {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
