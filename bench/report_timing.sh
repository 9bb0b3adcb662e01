#!/usr/bin/env bash
# Timing of the report commands on an existing data directory (store analysed, index built):
# `dxnews digest` for one week and `dxnews trends` for three series by week over all the data,
# three runs each, wall time and peak RSS from /usr/bin/time.
#   bench/report_timing.sh DATA_DIR WEEK [SERIES1 SERIES2 SERIES3]
# Example (the 2,653 dated Dân Trí articles of ../shared/data/vi-news-dantri-unc):
#   tar -xJf ../shared/data/vi-news-dantri-unc/CP_Vietnamese-UNC.tar.xz -C bench/out
#   build/cli/dxnews -q --data-dir bench/out/dantri import bench/out/CP_Vietnamese-UNC
#   build/cli/dxnews -q --data-dir bench/out/dantri index
#   bench/report_timing.sh bench/out/dantri 2020-W40
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dxnews=${BUILD_DIR:-$root/build}/cli/dxnews
data=$1
week=$2
s1=${3:-chuyển đổi số}
s2=${4:-giáo dục}
s3=${5:-theme:digital-government}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for i in 1 2 3; do
  /usr/bin/time -f "digest --week $week: %e s wall, %U s user, %M KB peak RSS" \
    "$dxnews" -q --data-dir "$data" digest --week "$week" -o "$out/digest.html" >/dev/null
done
for i in 1 2 3; do
  /usr/bin/time -f "trends (3 series, by week, all data): %e s wall, %U s user, %M KB peak RSS" \
    "$dxnews" -q --data-dir "$data" trends "$s1" "$s2" "$s3" --by week -o "$out/trends.txt" 2>&1 | grep -v "^trends ->" >&2 || true
done
echo "trend rows: $(($(wc -l < "$out/trends.txt") - 1)) weeks"
