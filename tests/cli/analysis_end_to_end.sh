#!/usr/bin/env bash
# The real dxnews binary: `import` stores an analysis for every article, `reanalyze` redoes only
# missing or stale ones (or all with --all), `analyze --id` prints the stored analysis.
set -u
dxnews=$1
corpus=$(dirname "$0")/../../corpus
fail=0
check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then echo "FAIL $1: expected [$2] got [$3]"; fail=1; else echo "ok   $1"; fi
}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
analysed() { sed -n 's/^\(analysed [0-9]* articles\) with analyzer .* ([0-9.]* s)$/\1/p'; }  # summary, no version/time

out=$("$dxnews" --data-dir "$tmp/d" import "$corpus/import/ha-tinh-cds.txt" "$corpus/import/binh-dan-hoc-vu-so.txt")
check "import exit" 0 $?
check "import analyses what it imported" "analysed 2 articles" "$(analysed <<< "$out")"
out=$("$dxnews" --data-dir "$tmp/d" reanalyze); check "reanalyze exit" 0 $?
check "reanalyze: nothing new" "analysed 0 articles" "$(analysed <<< "$out")"
out=$("$dxnews" --data-dir "$tmp/d" reanalyze --all --threads 2); check "reanalyze --all" "analysed 2 articles" "$(analysed <<< "$out")"
out=$("$dxnews" --data-dir "$tmp/d" import "$corpus/import/ha-tinh-cds.txt")
check "import unchanged: nothing to analyse" "analysed 0 articles" "$(analysed <<< "$out")"
version=$(sed -n 's/^analysed .* with analyzer \([^ ]*\) .*/\1/p' <<< "$out")
case "$version" in 0.*+????????????????) echo "ok   analyzer version $version";; *) echo "FAIL analyzer version: [$version]"; fail=1;; esac

# The stored analysis is the one `analyze --json` gives for the same file.
stored=$("$dxnews" --data-dir "$tmp/d" analyze --id 1 --json)
fresh=$("$dxnews" analyze --json "$corpus/import/ha-tinh-cds.txt")
check "analyze --id: the stored analysis" "$fresh" "$stored"
"$dxnews" --data-dir "$tmp/d" analyze --id 99 >/dev/null 2>&1; check "analyze --id unknown exit" 2 $?

# A stale version (another analyzer made it) and changed content are both redone.
if command -v sqlite3 >/dev/null; then
  sqlite3 "$tmp/d/dxnews.sqlite" "UPDATE analyses SET analyzer_version = 'old' WHERE article_id = 2"
  out=$("$dxnews" --data-dir "$tmp/d" reanalyze); check "reanalyze: stale version" "analysed 1 articles" "$(analysed <<< "$out")"
else
  echo "skip stale version (no sqlite3)"
fi
printf '# url = https://baonghean.example.vn/a.html\n# date = 2024-10-14\nNghệ An số hóa hồ sơ\nBản đầu.\n' > "$tmp/sua.txt"
"$dxnews" --data-dir "$tmp/d" import --no-analyze "$tmp/sua.txt" >/dev/null
out=$("$dxnews" --data-dir "$tmp/d" reanalyze); check "import --no-analyze, then reanalyze" "analysed 1 articles" "$(analysed <<< "$out")"
printf '# url = https://baonghean.example.vn/a.html\n# date = 2024-10-14\nNghệ An số hóa hồ sơ\nSáng 12/10, tỉnh Nghệ An ra mắt nền tảng số.\n' > "$tmp/sua.txt"
out=$("$dxnews" --data-dir "$tmp/d" import "$tmp/sua.txt")
check "changed content is analysed again" "analysed 1 articles" "$(analysed <<< "$out")"
stored=$("$dxnews" --data-dir "$tmp/d" analyze --id 3 --json | tr -d ' \n')
case "$stored" in *'"text":"Sáng12/10"'*) echo "ok   new content's analysis stored";; *) echo "FAIL new content: $stored"; fail=1;; esac

# Progress: a plain stderr line per 1,000 articles when piped; none with --quiet.
mkdir "$tmp/nhieu"; for i in $(seq 1 1500); do printf 'Bài số %d\nNội dung bài %d.\n' "$i" "$i" > "$tmp/nhieu/$i.txt"; done
"$dxnews" -q --data-dir "$tmp/m" import --no-analyze "$tmp/nhieu" >/dev/null
err=$("$dxnews" --data-dir "$tmp/m" reanalyze 2>&1 >/dev/null | sed 's/, .*//')
check "reanalyze progress lines" 'analyse: 1000/1500 articles (66%)' "$err"
err=$("$dxnews" --quiet --data-dir "$tmp/m" reanalyze --all 2>&1 >/dev/null); check "reanalyze --quiet" "" "$err"

"$dxnews" --data-dir "$tmp/none" reanalyze >/dev/null 2>&1; check "reanalyze without a store exit" 1 $?
"$dxnews" reanalyze --threads 0 >/dev/null 2>&1; check "reanalyze --threads 0 exit" 2 $?
exit $fail
