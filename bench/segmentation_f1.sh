#!/usr/bin/env bash
# Word F1 of `dxnews segment --pretokenized` on the vi-ud-vtb dev split (syllables from the FORM
# column), on a diacritic-free copy and on an ALL-CAPS copy of it, and on the RDRsegmenter gold
# sample when it was not used for training (DXNEWS_EVAL_RDR=1). Outputs go to bench/out/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${DXNEWS_SHARED_DATA:-$root/../shared/data}
dxnews=${DXNEWS_BIN:-$root/build/cli/dxnews}
dev=$data/vi-ud-vtb/vi_vtb-ud-dev.conllu
out=$root/bench/out
[ -f "$dev" ] || { echo "segmentation_f1: $dev not found (needs ../shared/data)" >&2; exit 1; }
mkdir -p "$out"
score=$root/bench/score_segmentation.py

# One line per sentence, the syllables of the FORM column separated by spaces.
/usr/bin/python3 - "$dev" "$out" <<'PY'
import sys, unicodedata
dev, out = sys.argv[1], sys.argv[2]
sents, cur = [], []
for line in open(dev, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        if cur: sents.append(cur)
        cur = []
    elif not line.startswith("#"):
        c = line.split("\t")
        if "-" not in c[0] and "." not in c[0]: cur.extend(c[1].split())
if cur: sents.append(cur)
def fold(t):
    t = t.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", t) if unicodedata.category(ch) != "Mn").lower()
with open(out + "/dev.txt", "w", encoding="utf-8") as f:
    for s in sents: f.write(" ".join(s) + "\n")
with open(out + "/dev.fold.txt", "w", encoding="utf-8") as f:
    for s in sents: f.write(" ".join(fold(x) for x in s) + "\n")
with open(out + "/dev.upper.txt", "w", encoding="utf-8") as f:
    for s in sents: f.write(" ".join(x.upper() for x in s) + "\n")
PY

for variant in "dev:" "dev.fold:--fold" "dev.upper:--upper"; do
  name=${variant%%:*}; flag=${variant#*:}
  "$dxnews" segment --pretokenized < "$out/$name.txt" > "$out/$name.seg"
  echo "== vi-ud-vtb $name"
  /usr/bin/python3 "$score" $flag "$dev" "$out/$name.seg"
done

if [ "${DXNEWS_EVAL_RDR:-0}" = 1 ]; then
  gold=$data/vi-wordseg-rdrsegmenter/Train_gold.txt
  grep -v -E '^[0-9]{4}/[0-9]{2}/[0-9]{2} ' "$gold" | grep -v '^$' > "$out/rdr.gold" || true
  sed 's/_/ /g; s/  */ /g' "$out/rdr.gold" > "$out/rdr.txt"
  "$dxnews" segment --pretokenized < "$out/rdr.txt" > "$out/rdr.seg"
  echo "== RDRsegmenter Train_gold.txt"
  /usr/bin/python3 "$score" "$out/rdr.gold" "$out/rdr.seg"
fi
