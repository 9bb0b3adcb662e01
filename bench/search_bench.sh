#!/usr/bin/env bash
# Search benchmark (issue 6): dxnews against SQLite FTS5 (unicode61 remove_diacritics 2) on the
# same articles, in the same run. Usage (from anywhere; see bench/README.md "Search"):
#
#   bench/search_bench.sh                 # 35,440 articles: one dated copy of each baomoi text
#   SCALE=1000000 bench/search_bench.sh   # the large run: 1M articles made from the same texts
#
# Steps, each timed with /usr/bin/time -v (wall, user+sys CPU, peak RSS):
#   0. unpack ../shared/data/vi-news-baomoi-2017 into bench/out/search/data (never into git);
#   1. (SCALE=35440 only) plain `dxnews import` of the undated texts, for reference;
#   2. synthetic_store --count SCALE --seed SEED: a store with publication dates 2019-2025,
#      sources and provinces (corpus/sources.toml), so date and field queries mean something;
#   3. `dxnews reanalyze --threads THREADS` (as `dxnews import` analyses what it stores; ANALYZE=0
#      skips it), then `dxnews index --threads THREADS`, which takes the stored analyses (or, with
#      ANALYZE=0, analyses every article itself): articles/s, CPU, peak RSS, size;
#   4. query_bench (in process): p50/p99 of the 50 queries of search_queries.tsv with their flags,
#      3 rounds after a warm-up, p50 per kind, peak RSS; folding (folding_queries.tsv);
#   5. per-process `dxnews search` over the same queries (start-up included), for reference;
#   6. `dxnews reindex` (a rebuilt, compacted index): time and size, then step 4 again on it;
#   7. fts5_bench.py on the same store: indexing, latency, folding, "chuyen doi so".
#
# Environment: BUILD_DIR (default build/, configured with -DDXNEWS_BUILD_BENCHMARKS=ON), SCALE
# (default 35440), SEED (default 20241010), THREADS (default 2), ANALYZE=0 skips the reanalyze
# of step 3, REINDEX=0 skips step 6, FTS5=0
# skips step 7, PROCESS=0 skips step 5, REUSE_STORE=1 keeps the store, index and FTS5 database of
# the previous run with the same SCALE (skips steps 1-3 and the FTS5 indexing), CLEAN=1 deletes the store and indexes at the end (keeps
# the reports). Outputs: bench/out/search/ (SCALE=35440) or bench/out/search-SCALE/: report.txt
# (everything printed), time.*.txt, fts5.json. Prints figures, asserts nothing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${DXNEWS_SHARED_DATA:-$root/../shared/data}
build=${BUILD_DIR:-$root/build}
scale=${SCALE:-35440}
seed=${SEED:-20241010}
threads=${THREADS:-2}
archive=$data/vi-news-baomoi-2017/baomoi_vn_news_data.tar.xz
texts=$root/bench/out/search/data
queries=$root/bench/search_queries.tsv
folding=$root/bench/folding_queries.tsv
dxnews=$build/cli/dxnews
if [ "$scale" = 35440 ]; then out=$root/bench/out/search; else out=$root/bench/out/search-$scale; fi
dx=$out/dx

for tool in "$dxnews" "$build/bench/synthetic_store" "$build/bench/query_bench" /usr/bin/time; do
  [ -x "$tool" ] || { echo "search_bench: $tool not found (build with -DDXNEWS_BUILD_BENCHMARKS=ON)" >&2; exit 1; }
done
[ -f "$archive" ] || { echo "search_bench: $archive not found" >&2; exit 1; }
mkdir -p "$out"
report=$out/report.txt
: > "$report"
say() { echo "$*" | tee -a "$report"; }

# Disk per article (35k run): 4.6 KB of store (about 6 KB more with the analyses), 24 KB of index as `dxnews index` leaves it, 6.3 KB of
# FTS5; a reindex holds the old index and the new compacted one (14 KB) side by side.
need_kb=$((scale * (42 + 14 * ${REINDEX:-1})))
free_kb=$(df -Pk "$out" | awk 'NR == 2 {print $4}')
if [ "${REUSE_STORE:-0}" != 1 ] && [ "$free_kb" -lt "$need_kb" ]; then
  echo "search_bench: $((free_kb / 1048576)) GB free under $out, about $((need_kb / 1048576)) GB needed" >&2
  exit 1
fi

say "search_bench $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD)," \
    "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), SCALE=$scale SEED=$seed THREADS=$threads"

# timed NAME CMD...: runs CMD under /usr/bin/time -v, its standard output to the terminal and the
# report (standard error to NAME.err; fts5's JSON only to NAME.out); sets wall, cpu, rss_mb.
# Stops the script when CMD fails, except the import (which exits 1 when some files are rejected).
timed() {
  local name=$1 status=0; shift
  /usr/bin/time -v -o "$out/time.$name.txt" "$@" > "$out/$name.out" 2> "$out/$name.err" || status=$?
  if [ "$status" != 0 ]; then
    tail -5 "$out/$name.err" >&2
    echo "search_bench: $name exited with status $status" >&2
    [ "$name" = import ] || exit 1
  fi
  [ "$name" = fts5 ] || tee -a "$report" < "$out/$name.out"
  read -r wall cpu rss_mb < <(awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /User time/ { c += $2 } /System time/ { c += $2 }
    /Maximum resident set size/ { r = $2 / 1024 }
    END { printf "%.1f %.1f %.0f\n", w, c, r }' "$out/time.$name.txt")
}
size_mb() { du -sb "$1" | awk '{printf "%.1f", $1 / 1e6}'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.0f", (s > 0 ? n / s : 0)}'; }

[ -d "$texts" ] || { mkdir -p "$(dirname "$texts")" && tar xJf "$archive" -C "$(dirname "$texts")"; }
ntexts=$(find "$texts" -type f | wc -l)

if [ "${REUSE_STORE:-0}" = 1 ] && [ -d "$dx/index" ]; then
  say "reusing $dx (REUSE_STORE=1)"
else
  rm -rf "$dx" "$out/import"
  if [ "$scale" = 35440 ]; then
    timed import "$dxnews" -q --data-dir "$out/import" import "$texts"
    say "dxnews import (undated texts, reference): $ntexts files in $wall s, $(rate "$ntexts" "$wall") articles/s," \
        "CPU $cpu s, peak RSS $rss_mb MB, store $(size_mb "$out/import/dxnews.sqlite") MB"
    rm -rf "$out/import"
  fi
  mkdir -p "$dx"
  timed synthetic "$build/bench/synthetic_store" --texts "$texts" --out "$dx/dxnews.sqlite" --count "$scale" \
    --seed "$seed"
  say "synthetic_store: $scale articles in $wall s, store $(size_mb "$dx/dxnews.sqlite") MB"
  analyse_wall=0
  if [ "${ANALYZE:-1}" = 1 ]; then
    timed reanalyze "$dxnews" -q --data-dir "$dx" reanalyze --threads "$threads"
    analyse_wall=$wall
    say "dxnews reanalyze: $scale articles in $wall s = $(rate "$scale" "$wall") articles/s wall," \
        "CPU $cpu s ($(rate "$scale" "$cpu") articles per CPU second), peak RSS $rss_mb MB," \
        "store $(size_mb "$dx/dxnews.sqlite") MB with the analyses"
  fi
  timed index "$dxnews" -q --data-dir "$dx" index --threads "$threads"
  say "dxnews index: $scale articles in $wall s = $(rate "$scale" "$wall") articles/s wall," \
      "CPU $cpu s ($(rate "$scale" "$cpu") articles per CPU second), peak RSS $rss_mb MB," \
      "index $(size_mb "$dx/index") MB as left"
  if [ "${ANALYZE:-1}" = 1 ]; then
    say "analysis + index: $(rate "$scale" "$(awk -v a="$analyse_wall" -v b="$wall" 'BEGIN {print a + b}')")" \
        "articles/s wall over both steps"
  fi
fi

query_run() {  # $1: label
  timed "query-$1" "$build/bench/query_bench" "$dx/index" --queries "$queries" --folding "$folding" --rounds 3
  say "query_bench ($1): peak RSS $rss_mb MB, wall $wall s"
}
query_run as-left

if [ "${PROCESS:-1}" = 1 ]; then
  # One `dxnews search` process per query: start-up, model and index opening included.
  : > "$out/process_ms"
  while IFS=$'\t' read -r kind query _; do
    case "$kind" in ''|'#'*) continue;; esac
    flags=()
    if [[ "$query" == *" ||| "* ]]; then read -ra flags <<< "${query#* ||| }"; query=${query%% ||| *}; fi
    s=$(date +%s%N)
    "$dxnews" --data-dir "$dx" search --limit 10 --csv "${flags[@]}" -- "$query" > /dev/null
    e=$(date +%s%N)
    echo $(( (e - s) / 1000 )) >> "$out/process_ms"
  done < "$queries"
  sort -n "$out/process_ms" | awk '{t[NR] = $1} END {
    p99 = int(0.99 * (NR - 1) + 1.5); if (p99 > NR) p99 = NR
    printf "dxnews search (one process per query, %d queries): p50 %.0f ms, p99 %.0f ms\n",
           NR, t[int((NR - 1) / 2 + 1.5)] / 1000, t[p99] / 1000 }' | tee -a "$report"
fi

if [ "${REINDEX:-1}" = 1 ]; then
  timed reindex "$dxnews" -q --data-dir "$dx" reindex --threads "$threads"
  say "dxnews reindex: $scale articles in $wall s = $(rate "$scale" "$wall") articles/s wall, CPU $cpu s," \
      "peak RSS $rss_mb MB, index $(size_mb "$dx/index") MB compacted"
  query_run compacted
fi

if [ "${FTS5:-1}" = 1 ]; then
  fts_args=()
  [ "${REUSE_STORE:-0}" = 1 ] && fts_args=(--reuse)
  timed fts5 python3 "$root/bench/fts5_bench.py" --store "$dx/dxnews.sqlite" --fts "$out/fts5.sqlite" \
    --queries "$queries" --folding "$folding" --json "$out/fts5.json" "${fts_args[@]}"
  python3 - "$out/fts5.json" <<'EOF' | tee -a "$report"
import json, sys
r = json.load(open(sys.argv[1]))
l, t, f = r["latency_ms"], r["latency_top10_only_ms"], r["folding"]
if r["index_seconds"]:
    print(f"fts5 index: {r['articles']} articles in {r['index_seconds']} s = {r['articles_per_second']:.0f} articles/s, "
          f"CPU {r['index_cpu_seconds']} s, size {r['index_bytes'] / 1e6:.1f} MB (SQLite {r['sqlite']})")
print(f"fts5 query (in process, count + facets): p50 {l['p50']} ms, p99 {l['p99']} ms, max {l['max']} ms; "
      f"top 10 only: p50 {t['p50']} ms, p99 {t['p99']} ms")
print("fts5 query p50 by kind: " + " ".join(f"{k} {v} ms" for k, v in l["p50_by_kind"].items()))
print(f"fts5 folding: {f['queries']} queries with results; top-10 overlap with the correct form: "
      f"folded {100 * f['folded_top10_overlap']:.1f}% ({f['folded_with_no_result']} empty), "
      f"other tone placement {100 * f['other_tone_top10_overlap']:.1f}%; "
      f"\"chuyen doi so\" finds {r['chuyen_doi_so_hits']}; peak RSS {r['peak_rss_mb']} MB")
EOF
fi

if [ "${CLEAN:-0}" = 1 ]; then
  rm -rf "$dx" "$out/fts5.sqlite" "$out/fts5.sqlite-wal" "$out/fts5.sqlite-shm"
fi
say "report: $report"
