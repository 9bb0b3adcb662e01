#!/usr/bin/env bash
# Indexing and search with dxnews against SQLite FTS5 on the 35,440 baomoi articles of
# ../shared/data/vi-news-baomoi-2017 (unpacked into bench/out/, never into git):
#   dxnews import + index: articles/s and index size; the 50 queries of search_queries.txt:
#   p50/p99 latency of `dxnews search` (a whole process: start-up and model loading included);
#   for the queries with diacritics, the overlap of the top 10 with the diacritic-free query.
# Uses the binary in $BUILD_DIR (default build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${DXNEWS_SHARED_DATA:-$root/../shared/data}
build=${BUILD_DIR:-$root/build}
out=$root/bench/out/search
archive=$data/vi-news-baomoi-2017/baomoi_vn_news_data.tar.xz
[ -f "$archive" ] || { echo "search_bench: $archive not found" >&2; exit 1; }
dxnews=$build/cli/dxnews
mkdir -p "$out"
[ -d "$out/data" ] || tar xJf "$archive" -C "$out"
articles=$(ls "$out/data" | wc -l)
queries=$root/bench/search_queries.txt

# REUSE_STORE=1 keeps the store of a previous run and times only the indexing.
if [ "${REUSE_STORE:-0}" = 1 ] && [ -f "$out/dx/dxnews.sqlite" ]; then
  rm -rf "$out/dx/index"
  t0=0; t1=$(date +%s.%N)
else
  rm -rf "$out/dx"
  t0=$(date +%s.%N)
  "$dxnews" -q --data-dir "$out/dx" import "$out/data" > /dev/null || true
  t1=$(date +%s.%N)
fi
"$dxnews" -q --data-dir "$out/dx" index --threads "${THREADS:-2}"
t2=$(date +%s.%N)
awk -v n="$articles" -v a="$t0" -v b="$t1" -v c="$t2" -v s="$(du -sb "$out/dx/index" | cut -f1)" -v st="$(du -sb "$out/dx/dxnews.sqlite" | cut -f1)" 'BEGIN {
  if (b > a) printf "dxnews       import %6.0f articles/s (%.1f s), store %.1f MB\n", n/(b-a), b-a, st/1e6;
  printf "dxnews       index  %6.0f articles/s (%.1f s), size %.1f MB\n", n/(c-b), c-b, s/1e6 }'

: > "$out/times"
overlap_sum=0; overlap_n=0
while IFS= read -r q; do
  case "$q" in ''|'#'*) continue;; esac
  s=$(date +%s%N)
  "$dxnews" --data-dir "$out/dx" search --limit 10 --csv -- "$q" | tail -n +2 | cut -d, -f1 > "$out/ids.exact"
  e=$(date +%s%N)
  echo $(( (e - s) / 1000 )) >> "$out/times"
  f=$(printf '%s' "$q" | "$dxnews" normalize --fold)
  if [ "$f" != "$(printf '%s' "$q" | tr '[:upper:]' '[:lower:]')" ] && [ -s "$out/ids.exact" ]; then
    "$dxnews" --data-dir "$out/dx" search --limit 10 --csv -- "$f" | tail -n +2 | cut -d, -f1 > "$out/ids.folded"
    common=$(sort "$out/ids.exact" "$out/ids.folded" | uniq -d | wc -l)
    total=$(wc -l < "$out/ids.exact")
    overlap_sum=$(awk -v s="$overlap_sum" -v c="$common" -v t="$total" 'BEGIN {print s + c/t}')
    overlap_n=$((overlap_n + 1))
  fi
done < "$queries"
sort -n "$out/times" | awk -v o="$overlap_sum" -v n="$overlap_n" '{t[NR]=$1} END {
  p99 = int(NR*0.99); if (p99 < 1) p99 = 1; if (p99 > NR) p99 = NR;
  printf "dxnews       query p50 %.1f ms p99 %.1f ms (per process); folded-query top-10 overlap %.0f%% over %d queries\n",
         t[int((NR+1)/2)]/1000, t[p99]/1000, n ? 100*o/n : 0, n }'
# In process, as FTS5 below (needs -DDXNEWS_BUILD_BENCHMARKS=ON).
[ -x "$build/bench/query_bench" ] && "$build/bench/query_bench" "$out/dx/index" "$queries"
python3 "$root/bench/fts5_bench.py" "$out/data" "$queries" "$out"
