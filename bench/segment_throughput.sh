#!/usr/bin/env bash
# Throughput and peak memory of `dxnews segment` (raw and --pretokenized) on >= 20 MB of real
# news text from ../shared/data/vi-news-baomoi-2017, extracted into bench/out/ (never into git).
# Uses a Release build in $BUILD_DIR (default build-release).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${DXNEWS_SHARED_DATA:-$root/../shared/data}
build=${BUILD_DIR:-$root/build-release}
out=$root/bench/out
archive=$data/vi-news-baomoi-2017/baomoi_vn_news_data.tar.xz
[ -f "$archive" ] || { echo "segment_throughput: $archive not found" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "segment_throughput: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
mkdir -p "$out"

if [ ! -s "$out/news.txt" ]; then
  # Articles are concatenated until the text reaches 24 MB, cut at a line end (a cut inside a
  # UTF-8 sequence would make the whole input go through the slower repair path of the decoder).
  tar xJf "$archive" -O --wildcards 'data/*.txt' 2>/dev/null | head -c 25165824 | sed '$d' > "$out/news.txt" || true
  # Pre-tokenized copy: words and punctuation marks separated by single spaces.
  /usr/bin/python3 -c '
import re, sys
pat = re.compile(r"\w+|[^\w\s]")
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    sys.stdout.write(" ".join(pat.findall(line)) + "\n")' "$out/news.txt" > "$out/news.tok"
fi

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j2 --target dxnews >/dev/null

run() {  # run LABEL INPUT ARGS...
  local label=$1 input=$2; shift 2
  local bytes; bytes=$(stat -c %s "$input")
  /usr/bin/time -v "$build/cli/dxnews" segment "$@" < "$input" > "$out/$label.seg" 2> "$out/$label.time"
  local secs rss cpu
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$out/$label.time")
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$out/$label.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/$label.time")
  awk -v l="$label" -v b="$bytes" -v s="$secs" -v c="$cpu" -v r="$rss" 'BEGIN {
    printf "%-12s %6.1f MB: wall %5.2f s = %6.1f MB/s; CPU %5.2f s = %6.1f MB/s; peak RSS %.1f MB\n",
           l, b/1e6, s, b/1e6/s, c, b/1e6/c, r/1024}'
}
run raw "$out/news.txt"
run pretokenized "$out/news.tok" --pretokenized
