#!/bin/sh
# Document and date extraction F1 on the dx-gold-dev set.
# Usage: bench/extraction_f1.sh [BUILD_DIR] [--errors]   (run from the repository root)
# Needs ../shared/data (not part of the repository); the corpus is unpacked under /tmp only.
set -eu
build=${1:-build}
shift 2>/dev/null || true
shared=${DXNEWS_SHARED_DIR:-../shared}
gold=$shared/data/dx-gold-dev/gold-dev.json
archive=$shared/data/vi-news-dantri-unc/CP_Vietnamese-UNC.tar.xz
if [ ! -f "$gold" ] || [ ! -f "$archive" ]; then
  echo "extraction_f1: $gold or $archive is missing; nothing to score" >&2
  exit 4
fi
work=$(mktemp -d /tmp/dxnews-extract.XXXXXX)
trap 'rm -rf "$work"' EXIT
tar -xJf "$archive" -C "$work"
ids=$(/usr/bin/python3 -c 'import json,sys; print(" ".join(k for k in json.load(open(sys.argv[1])) if not k.startswith("_")))' "$gold")
files=
for id in $ids; do files="$files $work/CP_Vietnamese-UNC/$id.txt"; done
# shellcheck disable=SC2086
"$build/tools/extract_dev" $files > "$work/pred.jsonl"
/usr/bin/python3 "$(dirname "$0")/score_extraction.py" --gold "$gold" --pred "$work/pred.jsonl" "$@"
