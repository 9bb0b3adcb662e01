#!/usr/bin/env bash
# Retrains the word segmenter: reads the shared data in ../shared/data (relative to the repo
# root), writes corpus/models/segmenter.model and prints word F1 on the vi-ud-vtb dev split.
# Deterministic: the same inputs give the same model bytes.
#
# Training data (see NOTICE): vi-ud-vtb train (CC BY-SA 4.0), RDRsegmenter Train_gold.txt and
# VnVocab.txt (Apache-2.0), corpus/lexicon/dx_terms.txt (ours). The dev split is only evaluated.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${DXNEWS_SHARED_DATA:-$root/../shared/data}
build=${BUILD_DIR:-$root/build}
for f in vi-ud-vtb/vi_vtb-ud-train.conllu vi-ud-vtb/vi_vtb-ud-dev.conllu \
         vi-wordseg-rdrsegmenter/Train_gold.txt vi-wordseg-rdrsegmenter/VnVocab.txt; do
  [ -f "$data/$f" ] || { echo "train-segmenter: missing $data/$f" >&2; exit 1; }
done
cmake -S "$root" -B "$build" >/dev/null
cmake --build "$build" -j2 --target dxnews_train_segmenter
mkdir -p "$root/corpus/models"
"$build/tools/dxnews_train_segmenter" \
  --train-conllu "$data/vi-ud-vtb/vi_vtb-ud-train.conllu" \
  --train-joined "$data/vi-wordseg-rdrsegmenter/Train_gold.txt" \
  --words "$data/vi-wordseg-rdrsegmenter/VnVocab.txt" \
  --words "$root/corpus/lexicon/dx_terms.txt" \
  --eval-conllu "$data/vi-ud-vtb/vi_vtb-ud-dev.conllu" \
  --out "$root/corpus/models/segmenter.model" "$@"
# The library embeds the model: re-run cmake so a first model replaces the empty placeholder.
cmake -S "$root" -B "$build" >/dev/null
