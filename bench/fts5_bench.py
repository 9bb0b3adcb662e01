#!/usr/bin/python3
"""SQLite FTS5 baseline for the search benchmark (bench/search_bench.sh).

Indexes the articles of a dxnews store into an FTS5 table (tokenize "unicode61 remove_diacritics 2",
the usual way to make SQLite search tolerate missing diacritics), then times the queries of
bench/search_queries.tsv and measures folding on bench/folding_queries.tsv.

  fts5_bench.py --store STORE.sqlite --fts OUT.sqlite [--queries F] [--folding F] [--json OUT.json] [--reuse]

Indexing: wall and CPU seconds, articles/s, size after 'optimize', peak RSS of this process.

Each query: top 10 by bm25 with a snippet, plus the number of matches; facet queries also count
the matches by province, outlet and month (latency_ms, with p50 per kind).
latency_top10_only_ms times the top 10 with
snippets alone, without the count and the facets. Latency: one warm-up run, then 3 timed runs of every
query; p50/p99 over all timed runs. Folding: overlap of the top 10 of the folded (and other tone)
form with the top 10 of the correctly typed query.
"""
import argparse
import json
import os
import resource
import sqlite3
import statistics
import sys
import time


def index(store, fts):
    if os.path.exists(fts):
        os.remove(fts)
    db = sqlite3.connect(fts)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')")
    db.execute("CREATE TABLE meta(id INTEGER PRIMARY KEY, published INTEGER, source_id TEXT, province TEXT)")
    db.execute("CREATE INDEX meta_published ON meta(published)")
    src = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    start, cpu_start = time.perf_counter(), time.process_time()
    n = 0
    rows = src.execute("SELECT id, title, lead, text, published, source_id, province FROM articles ORDER BY id")
    db.execute("BEGIN")
    for id_, title, lead, text, published, source_id, province in rows:
        db.execute("INSERT INTO docs(rowid, title, body) VALUES (?, ?, ?)", (id_, title, lead + "\n" + text))
        db.execute("INSERT INTO meta VALUES (?, ?, ?, ?)", (id_, published, source_id, province))
        n += 1
        if n % 5000 == 0:
            db.execute("COMMIT")
            db.execute("BEGIN")
    db.execute("COMMIT")
    db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    db.commit()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    db.close()
    size = sum(os.path.getsize(fts + ext) for ext in ("", "-wal") if os.path.exists(fts + ext))
    return n, seconds, cpu, size


def parse_queries(path):
    queries = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        kind, dxnews, fts = line.split("\t")
        match, _, cond = fts.partition(" ||| ")
        queries.append({"kind": kind, "dxnews": dxnews, "match": match, "where": cond})
    return queries


def run(db, q, full=True):
    where = (" AND " + q["where"]) if q["where"] else ""
    base = f"FROM docs JOIN meta ON meta.id = docs.rowid WHERE docs MATCH ?{where}"
    top = db.execute(
        f"SELECT docs.rowid, snippet(docs, 1, '[', ']', '…', 12) {base} ORDER BY bm25(docs) LIMIT 10",
        (q["match"],)).fetchall()
    if not full:
        return [r[0] for r in top], None
    total = db.execute(f"SELECT count(*) {base}", (q["match"],)).fetchone()[0]
    if q["kind"] == "facets":
        for column in ("meta.province", "meta.source_id",
                       "strftime('%Y-%m', meta.published + 25200, 'unixepoch')"):
            db.execute(f"SELECT {column}, count(*) {base} GROUP BY 1 ORDER BY 2 DESC LIMIT 20",
                       (q["match"],)).fetchall()
    return [r[0] for r in top], total


def top_ids(db, text):
    try:
        return [r[0] for r in db.execute(
            "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10", (f'"{text}"',))]
    except sqlite3.OperationalError:
        return []


def percentile(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", required=True)
    ap.add_argument("--fts", required=True)
    ap.add_argument("--queries", default=os.path.join(here, "search_queries.tsv"))
    ap.add_argument("--folding", default=os.path.join(here, "folding_queries.tsv"))
    ap.add_argument("--json")
    ap.add_argument("--reuse", action="store_true", help="keep an existing --fts database, time only the queries")
    args = ap.parse_args()

    if args.reuse and os.path.exists(args.fts):
        n, seconds, cpu, size = None, None, None, os.path.getsize(args.fts)
    else:
        n, seconds, cpu, size = index(args.store, args.fts)
    index_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    db = sqlite3.connect(args.fts)
    queries = parse_queries(args.queries)
    for q in queries:
        run(db, q)  # warm-up
    times, top_times, by_kind = [], [], {}
    for _ in range(3):
        for q in queries:
            start = time.perf_counter()
            run(db, q)
            times.append((time.perf_counter() - start) * 1000)
            by_kind.setdefault(q["kind"], []).append(times[-1])
            start = time.perf_counter()
            run(db, q, full=False)
            top_times.append((time.perf_counter() - start) * 1000)

    overlaps_folded, overlaps_tone, empty_folded = [], [], 0
    for line in open(args.folding, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        correct, folded, tone = line.rstrip("\n").split("\t")
        want = top_ids(db, correct)
        if not want:
            continue
        got_folded, got_tone = top_ids(db, folded), top_ids(db, tone)
        empty_folded += not got_folded
        overlaps_folded.append(len(set(want) & set(got_folded)) / len(want))
        overlaps_tone.append(len(set(want) & set(got_tone)) / len(want))
    cds = len(top_ids(db, "chuyen doi so"))

    result = {
        "system": "sqlite-fts5", "sqlite": sqlite3.sqlite_version, "articles": n,
        "index_seconds": round(seconds, 2) if seconds else None,
        "index_cpu_seconds": round(cpu, 2) if cpu else None,
        "articles_per_second": round(n / seconds, 1) if seconds else None, "index_bytes": size,
        "index_peak_rss_mb": round(index_rss_mb, 1),
        "latency_ms": {"p50": round(percentile(times, 50), 2), "p99": round(percentile(times, 99), 2),
                       "max": round(max(times), 2), "mean": round(statistics.mean(times), 2), "runs": len(times),
                       "p50_by_kind": {k: round(percentile(v, 50), 2) for k, v in by_kind.items()}},
        "latency_top10_only_ms": {"p50": round(percentile(top_times, 50), 2),
                                  "p99": round(percentile(top_times, 99), 2)},
        "folding": {"queries": len(overlaps_folded),
                    "folded_top10_overlap": round(statistics.mean(overlaps_folded), 3) if overlaps_folded else None,
                    "other_tone_top10_overlap": round(statistics.mean(overlaps_tone), 3) if overlaps_tone else None,
                    "folded_with_no_result": empty_folded},
        "chuyen_doi_so_hits": cds,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(result, out, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    sys.exit(main())
