#!/usr/bin/env bash
# Throughput of the full analysis (ArticleAnalyzer::Analyze) in articles/s on one core over the
# 35,440 articles of ../shared/data/vi-news-baomoi-2017, with peak memory. The articles are
# unpacked into bench/out/ (never into git); a Release build with benchmarks goes to $BUILD_DIR
# (default build-release; an existing Release build directory may be given). Extra arguments go
# to analyze_bench (e.g. --limit 2000, --digest).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${DXNEWS_SHARED_DATA:-$root/../shared/data}
build=${BUILD_DIR:-$root/build-release}
out=$root/bench/out
archive=$data/vi-news-baomoi-2017/baomoi_vn_news_data.tar.xz
[ -f "$archive" ] || { echo "analysis_throughput: $archive not found" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "analysis_throughput: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
mkdir -p "$out"
if [ ! -d "$out/baomoi/data" ]; then
  mkdir -p "$out/baomoi" && tar xJf "$archive" -C "$out/baomoi"
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
fi
grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build/CMakeCache.txt" || { echo "analysis_throughput: $build is not a Release build" >&2; exit 1; }
cmake -S "$root" -B "$build" -DDXNEWS_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" -j2 --target analyze_bench >/dev/null

pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
"${pin[@]}" /usr/bin/time -v "$build/bench/analyze_bench" "$@" "$out/baomoi/data" > "$out/analyze_bench.txt" 2> "$out/analyze_bench.time"
cat "$out/analyze_bench.txt"
awk -F': ' '/Maximum resident set size/ {printf "peak RSS %.1f MB\n", $2/1024}
            /User time/ {u=$2} /System time/ {s=$2} END {printf "process CPU %.2f s (user %.2f, system %.2f)\n", u+s, u, s}' \
  "$out/analyze_bench.time"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
