#!/usr/bin/env python3
"""SQLite FTS5 baseline for bench/search_bench.sh: index the same articles, time the same queries.

usage: fts5_bench.py ARTICLE_DIR QUERIES OUT_DIR
Two tables: 'exact' (unicode61, diacritics kept) and 'folded' (unicode61 remove_diacritics 2).
Prints indexing articles/s and size, query p50/p99 (ms, in process) and, for the queries with
diacritics, the top-10 overlap between the query and its diacritic-free form.
"""
import os, sqlite3, statistics, sys, time, unicodedata


def fold(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn").lower()


def fts_query(q):
    if q.startswith('"'):
        return q
    return " ".join('"%s"' % w for w in q.split())


def main():
    article_dir, queries_path, out = sys.argv[1:4]
    queries = [l.strip() for l in open(queries_path, encoding="utf-8") if l.strip() and not l.startswith("#")]
    files = sorted(f for f in os.listdir(article_dir) if f.endswith(".txt"))
    docs = []
    for f in files:
        text = open(os.path.join(article_dir, f), encoding="utf-8", errors="replace").read()
        title, _, body = text.partition("\n")
        docs.append((f, unicodedata.normalize("NFC", title), unicodedata.normalize("NFC", body)))
    for name, tokenizer in (("exact", "unicode61 remove_diacritics 0"), ("folded", "unicode61 remove_diacritics 2")):
        path = os.path.join(out, "fts5-%s.sqlite" % name)
        if os.path.exists(path):
            os.remove(path)
        db = sqlite3.connect(path)
        db.execute("CREATE VIRTUAL TABLE docs USING fts5(name UNINDEXED, title, body, tokenize='%s')" % tokenizer)
        start = time.time()
        db.executemany("INSERT INTO docs VALUES (?, ?, ?)", docs)
        db.commit()
        secs = time.time() - start
        size = os.path.getsize(path)
        times, overlaps = [], []
        for q in queries:
            t = time.perf_counter()
            ids = [r[0] for r in db.execute("SELECT name FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10", (fts_query(q),))]
            times.append((time.perf_counter() - t) * 1000)
            fq = fold(q)
            if fq != q.lower():
                folded = [r[0] for r in db.execute("SELECT name FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10", (fts_query(fq),))]
                if ids:
                    overlaps.append(len(set(ids) & set(folded)) / len(ids))
        times.sort()
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
        print("fts5-%-6s index %6.0f articles/s (%.1f s), size %.1f MB; query p50 %.2f ms p99 %.2f ms; "
              "folded-query top-10 overlap %.0f%% over %d queries" %
              (name, len(docs) / secs, secs, size / 1e6, statistics.median(times), p99,
               100 * statistics.mean(overlaps) if overlaps else 0, len(overlaps)))


if __name__ == "__main__":
    main()
