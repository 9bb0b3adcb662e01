#!/bin/sh
# Article extraction: token F1 of `dxnews extract` next to readability-lxml on the benchmark sets in
# ../shared/data, then pages/s of ExtractArticle on one core (Release build in build-release/).
# Usage: bench/extraction_bench.sh [SET...]   (run from the repository root; default: scrapinghub)
# Needs python3-readability (apt-get install -y python3-readability) for the side-by-side column.
# Pages are decompressed under /tmp only; nothing from ../shared is copied into the repository.
set -eu
shared=${DXNEWS_SHARED_DIR:-../shared}
sets=${*:-extract-bench-scrapinghub}
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DDXNEWS_BUILD_BENCHMARKS=ON >/dev/null
cmake --build build-release -j2 --target dxnews extract_bench >/dev/null
readability=
/usr/bin/python3 -c 'import readability' 2>/dev/null && readability=--readability
for set in $sets; do
  data=$shared/data/$set
  if [ ! -d "$data" ]; then
    echo "extraction_bench: $data is missing; skipping $set" >&2
    continue
  fi
  /usr/bin/python3 "$(dirname "$0")/extraction_f1.py" --dxnews build-release/cli/dxnews --data "$data" $readability
  work=$(mktemp -d /tmp/dxnews-extract-bench.XXXXXX)
  # scrapinghub and trafilatura-eval keep pages in html/, fundus in one folder per country.
  n=0
  if [ -d "$data/html" ]; then pattern="$data/html/*.gz"; else pattern="$data/*/*.html.gz"; fi
  for f in $pattern; do
    [ -f "$f" ] || continue
    n=$((n + 1))
    gzip -dc "$f" > "$work/$n.html"
  done
  # One core: taskset when available.
  pin=; command -v taskset >/dev/null && pin="taskset -c 0"
  $pin build-release/bench/extract_bench --rounds 5 "$work"/*.html
  rm -rf "$work"
done
