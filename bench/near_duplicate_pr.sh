#!/usr/bin/env bash
# Precision/recall of near-duplicate detection and signature throughput on the baomoi 2017 news
# (../shared/data/vi-news-baomoi-2017), unpacked into bench/out/baomoi/ (never into git).
# Usage: bench/near_duplicate_pr.sh [BUILD_DIR] [near_duplicate_pr flags...]
# BUILD_DIR (default build) is configured with -DDXNEWS_BUILD_BENCHMARKS=ON.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${DXNEWS_SHARED_DATA:-$root/../shared/data}
build=${1:-$root/build}
shift || true
archive=$data/vi-news-baomoi-2017/baomoi_vn_news_data.tar.xz
[ -f "$archive" ] || { echo "near_duplicate_pr: $archive not found" >&2; exit 1; }
out=$root/bench/out/baomoi
if [ ! -d "$out/data" ]; then
  mkdir -p "$out"
  tar xJf "$archive" -C "$out"
fi
cmake -S "$root" -B "$build" -DDXNEWS_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target near_duplicate_pr >/dev/null
"$build/bench/near_duplicate_pr" "$out/data" "$@"
