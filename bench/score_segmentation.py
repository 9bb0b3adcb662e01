#!/usr/bin/python3
"""Word segmentation scorer: word precision, recall and F1 by syllable spans.

usage: score_segmentation.py GOLD SYSTEM [--fold] [--upper]
  GOLD    CoNLL-U file (FORM keeps the spaces inside multi-syllable words), or, when it does not
          end in .conllu, one sentence per line with syllables joined by "_".
  SYSTEM  one line per sentence, tokens separated by spaces, syllables of a word joined with "_".
A word counts as correct when its span of syllable positions equals a gold word's span. The
system's syllables must match the gold syllables (compared after --fold / --upper are applied to
the gold, so the system output of a transformed copy can be scored against the original gold).
Exit status: 0, or 1 when the files do not line up.
"""
import sys
import unicodedata


def read_conllu(path):
    sentences, words = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if words:
                    sentences.append(words)
                words = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 2 or "-" in cols[0] or "." in cols[0]:
                continue
            words.append(cols[1].split())
    if words:
        sentences.append(words)
    return sentences


def read_joined(path):
    with open(path, encoding="utf-8") as f:
        return [[t.split("_") if t != "_" else [t] for t in line.split()] for line in f]


def fold(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()


def spans(words):
    out, start = set(), 0
    for w in words:
        out.add((start, start + len(w)))
        start += len(w)
    return out, start


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    transform = (lambda s: s)
    if "--fold" in argv:
        transform = fold
    elif "--upper" in argv:
        transform = str.upper
    gold = read_conllu(args[0]) if args[0].endswith(".conllu") else read_joined(args[0])
    system = read_joined(args[1])
    if len(gold) != len(system):
        sys.stderr.write("score: %d gold sentences but %d system lines\n" % (len(gold), len(system)))
        return 1
    n_gold = n_sys = n_ok = 0
    for i, (g, s) in enumerate(zip(gold, system)):
        g_syl = [transform(x) for w in g for x in w]
        s_syl = [x for w in s for x in w]
        if g_syl != s_syl:
            sys.stderr.write("score: sentence %d: syllables differ from gold\n" % (i + 1))
            return 1
        g_spans, _ = spans(g)
        s_spans, _ = spans(s)
        n_gold += len(g_spans)
        n_sys += len(s_spans)
        n_ok += len(g_spans & s_spans)
    p = n_ok / n_sys if n_sys else 0.0
    r = n_ok / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print("words: gold %d, system %d, correct %d" % (n_gold, n_sys, n_ok))
    print("precision %.4f  recall %.4f  F1 %.4f" % (p, r, f))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
