#!/usr/bin/env bash
# Rebuilds corpus/models/df_table.tsv, the document frequencies of segmented words used by the
# keyword extractor, from the vi-news-baomoi-2017 corpus in ../shared/data (see NOTICE). The
# articles are unpacked under /tmp only; the repository keeps just the aggregate counts of words
# found in at least 5 articles. Deterministic for a given corpus and segmenter model.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${DXNEWS_SHARED_DATA:-$root/../shared/data}
build=${BUILD_DIR:-$root/build}
archive=$data/vi-news-baomoi-2017/baomoi_vn_news_data.tar.xz
[ -f "$archive" ] || { echo "build-df-table: missing $archive" >&2; exit 1; }
work=$(mktemp -d /tmp/dxnews-df.XXXXXX)
trap 'rm -rf "$work"' EXIT
tar -xJf "$archive" -C "$work"
cmake -S "$root" -B "$build" >/dev/null
cmake --build "$build" -j2 --target dxnews_build_df_table
"$build/tools/dxnews_build_df_table" --dir "$work/data" --min-df 5 --out "$root/corpus/models/df_table.tsv" "$@"
# The library embeds the table: re-run cmake so the new table is picked up.
cmake -S "$root" -B "$build" >/dev/null
