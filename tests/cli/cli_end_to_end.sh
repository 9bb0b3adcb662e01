#!/usr/bin/env bash
# Runs the real dxnews binary: exit codes, error format, stdin -> stdout filters.
set -u
dxnews=$1
fail=0
check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then echo "FAIL $1: expected [$2] got [$3]"; fail=1; else echo "ok   $1"; fi
}

out=$(printf 'Chuyển Đổi Số\nhoà  bình\n' | "$dxnews" normalize --fold); check "normalize --fold" $'chuyen doi so\nhoa binh' "$out"
out=$(printf 'Thanh Hoá\n' | "$dxnews" normalize); check "normalize" "Thanh Hóa" "$out"
out=$(printf 'Thủ tướng  chỉ đạo chuyển đổi số .\n\nHà Nội , 12/3\n' | "$dxnews" segment --pretokenized)
check "segment --pretokenized" $'Thủ_tướng chỉ_đạo chuyển_đổi_số .\n\nHà_Nội , 12/3' "$out"
out=$(printf 'TP.HCM (Hà Nội), "chuyển đổi số"!\n' | "$dxnews" segment)
check "segment raw" 'TP.HCM ( Hà_Nội ) , " chuyển_đổi_số " !' "$out"
out=$(printf 'Ngày 22/4/2022, Thủ tướng ký Quyết định 505/QĐ-TTg; xem https://chinhphu.vn/a.htm.\n' | "$dxnews" segment)
check "segment raw keeps dates, document numbers and URLs whole" 'Ngày 22/4/2022 , Thủ_tướng ký Quyết_định 505/QĐ-TTg ; xem https://chinhphu.vn/a.htm .' "$out"
# Legacy and UTF-16 input is detected and decoded: TCVN3 bytes of our own sentence.
tcvn3='\x9e\x79\x20\x62\x61\x6e\x20\x6e\x68\xa9\x6e\x20\x64\xa9\x6e\x20\x74\xd8\x6e\x68\x20\x63\x68\xd8\x20\xae\xb9\x6f\x20\x63\x68\x75\x79\xd3\x6e\x20\xae\xe6\x69\x20\x73\xe8\x20\x63\xf1\x61\x20\x6e\x67\xad\xea\x69\x20\x64\xa9\x6e'
out=$(printf "$tcvn3" | "$dxnews" normalize); check "normalize TCVN3 input" "Ủy ban nhân dân tỉnh chỉ đạo chuyển đổi số của người dân" "$out"
out=$(printf '\xff\xfeH\x00\xe0\x00 \x00N\x00\xd9\x1ei\x00\n\x00' | "$dxnews" segment); check "segment UTF-16LE input" "Hà_Nội" "$out"
err=$(printf 'a\xff b\n' | "$dxnews" normalize --encoding utf-8 2>&1 >/dev/null)
case "$err" in *"1 undecodable byte(s)"*) echo "ok   invalid bytes counted";; *) echo "FAIL invalid bytes: $err"; fail=1;; esac
echo x | "$dxnews" normalize --encoding no-such >/dev/null 2>&1; check "unknown encoding exit" 2 $?
# analyze: one of our own articles; errors name the file or flag and exit 2.
article=$(dirname "$0")/../../corpus/articles/ha-tinh-hoi-nghi-cds.txt
out=$("$dxnews" analyze --json "$article" | tr -d ' \n')
case "$out" in *'"number":"1203/KH-UBND"'*'"province":{"id":"ha-tinh"'*) echo "ok   analyze --json";; *) echo "FAIL analyze --json: $out"; fail=1;; esac
out=$("$dxnews" analyze < "$article" | head -1); check "analyze stdin, readable" "Province: Hà Tĩnh" "$out"
err=$("$dxnews" analyze /no/such/file.txt 2>&1); code=$?
check "analyze missing file exit" 2 $code
check "analyze missing file message" "dxnews: error: /no/such/file.txt: cannot open file" "$err"
err=$("$dxnews" analyze --date 2024-02-30 "$article" 2>&1); check "analyze bad --date exit" 2 $?
page=$(dirname "$0")/../../corpus/html/family-a/nong-san-len-san-so.html
out=$("$dxnews" analyze --html --json "$page" | tr -d ' \n')
case "$out" in *'"themes":[{"id":"e-commerce"'*) echo "ok   analyze --html";; *) echo "FAIL analyze --html: $out"; fail=1;; esac
"$dxnews" normalize --help >/dev/null; check "normalize --help exit" 0 $?
err=$("$dxnews" normalize --no-such-flag 2>&1 >/dev/null); code=$?
check "bad flag exit" 2 $code
case "$err" in "dxnews: error: "*) echo "ok   bad flag message";; *) echo "FAIL bad flag message: $err"; fail=1;; esac
"$dxnews" no-such-command >/dev/null 2>&1; check "unknown command exit" 2 $?
# extract: a saved page to JSON; a missing file is exit 2 and named in the error.
corpus=$(dirname "$0")/../../corpus
out=$("$dxnews" extract "$corpus/html/family-a/nong-san-len-san-so.html" --json | grep '"author"')
check "extract author" '  "author": "Minh Châu",' "$out"
out=$("$dxnews" extract "$corpus/html/mobile/hop-tac-xa-chuyen-doi-so.html" --fetched-at 2024-10-17T10:00:00+07:00 | grep '"published"')
check "extract relative time" '  "published": "2024-10-17T07:00:00+07:00",' "$out"
err=$("$dxnews" extract /no/such/page.html 2>&1 >/dev/null); code=$?
check "extract missing file exit" 2 $code
case "$err" in *"/no/such/page.html"*) echo "ok   extract missing file named";; *) echo "FAIL extract missing file message: $err"; fail=1;; esac
"$dxnews" extract "$corpus/html/mobile/hop-tac-xa-chuyen-doi-so.html" --fetched-at yesterday >/dev/null 2>&1
check "extract bad --fetched-at exit" 2 $?
# import: our own corpus/import files into a fresh data directory; a second run changes nothing.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
summary() { sed -n 's/ ([0-9.]* s)$//p' | tail -1; }  # the summary line without the elapsed time
out=$("$dxnews" --data-dir "$tmp/data" import "$corpus/import" | summary); check "import directory exit" 0 "${PIPESTATUS[0]}"
check "import directory" "imported 5 new, 0 updated, 0 unchanged, 0 errors" "$out"
out=$("$dxnews" --data-dir "$tmp/data" import "$corpus/import" | summary)
check "import again: all unchanged" "imported 0 new, 0 updated, 5 unchanged, 0 errors" "$out"
out=$("$dxnews" --data-dir "$tmp/data" import "$corpus/import/ha-tinh-cds.txt" "$corpus/import/binh-dan-hoc-vu-so.txt" \
  "$corpus/import/nong-thon-so.html" | summary)
check "import single files: unchanged" "imported 0 new, 0 updated, 3 unchanged, 0 errors" "$out"
test -f "$tmp/data/dxnews.sqlite"; check "store file created" 0 $?
printf '# url = https://baonghean.example.vn/a.html\nNghệ An số hóa hồ sơ\nBản đầu.\n' > "$tmp/sua.txt"
"$dxnews" --data-dir "$tmp/data" import "$tmp/sua.txt" >/dev/null
printf '# url = https://baonghean.example.vn/a.html\nNghệ An số hóa hồ sơ\nBản đã sửa.\n' > "$tmp/sua.txt"
out=$("$dxnews" --data-dir "$tmp/data" import "$tmp/sua.txt" | summary); check "import changed file: updated" "imported 0 new, 1 updated, 0 unchanged, 0 errors" "$out"
# A bad file is named, the others are imported, and the exit code is 1.
printf '# date = 2024-02-30\nNgày không có thật\nNội dung.\n' > "$tmp/sai-ngay.txt"
printf 'Bài mới về dữ liệu số\nNội dung.\n' > "$tmp/moi.txt"
err=$("$dxnews" --data-dir "$tmp/data" import "$tmp/sai-ngay.txt" "$tmp/moi.txt" "$tmp/khong-co.txt" 2>&1 >"$tmp/out"); code=$?
check "import with bad files exit" 1 $code
check "import with bad files summary" "imported 1 new, 0 updated, 0 unchanged, 2 errors" "$(summary < "$tmp/out")"
case "$err" in *"sai-ngay.txt: '# date' header: '2024-02-30' is not a date"*"khong-co.txt: no such file"*) echo "ok   import errors named";;
  *) echo "FAIL import errors named: $err"; fail=1;; esac
# WARC: a response record (imported), a 404 and a warcinfo (skipped); gzip per record = multi-member.
warc_record() {  # warc_record TYPE URI BLOCK
  printf 'WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: <%s>\r\nWARC-Date: 2024-10-12T02:00:00Z\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' \
    "$1" "$2" "$(printf '%s' "$3" | wc -c)" "$3"
}
page=$(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'; cat "$corpus/import/nong-thon-so.html")
warc_record warcinfo "" "software: dxnews test" > "$tmp/r1"
warc_record response "https://baohatinh.example.vn/nong-thon-so.html?utm_source=fb" "$page" > "$tmp/r2"
warc_record response "https://baohatinh.example.vn/mat.html" $'HTTP/1.1 404 Not Found\r\n\r\nkhông có' > "$tmp/r3"
cat "$tmp/r1" "$tmp/r2" "$tmp/r3" > "$tmp/luu-tru.warc"
out=$("$dxnews" --data-dir "$tmp/warc" import "$tmp/luu-tru.warc" | summary); check "import .warc" "imported 1 new, 0 updated, 0 unchanged, 0 errors" "$out"
for r in r1 r2 r3; do gzip -c "$tmp/$r"; done > "$tmp/luu-tru.warc.gz"
out=$("$dxnews" --data-dir "$tmp/warc" import "$tmp/luu-tru.warc.gz" | summary); check "import .warc.gz (multi-member)" "imported 0 new, 0 updated, 1 unchanged, 0 errors" "$out"
head -c 300 "$tmp/luu-tru.warc" > "$tmp/cut.warc"
err=$("$dxnews" --data-dir "$tmp/warc" import "$tmp/cut.warc" 2>&1 >/dev/null); check "import truncated warc exit" 1 $?
case "$err" in *"cut.warc: offset "*"truncated record"*) echo "ok   truncated warc named";; *) echo "FAIL truncated warc: $err"; fail=1;; esac
# Progress: one stderr line per 1,000 items unless --quiet.
mkdir "$tmp/nhieu"; for i in $(seq 1 1500); do printf 'Bài số %d\nNội dung bài %d.\n' "$i" "$i" > "$tmp/nhieu/$i.txt"; done
err=$("$dxnews" --data-dir "$tmp/many" import "$tmp/nhieu" 2>&1 >/dev/null)
check "import progress line" "import: 1000 items, <rate>/s, 1000 new, 0 errors" "$(printf '%s\n' "$err" | sed -E 's#, [0-9.]+/s,#, <rate>/s,#')"
err=$("$dxnews" --quiet --data-dir "$tmp/many" import "$tmp/nhieu" 2>&1 >/dev/null); check "import --quiet" "" "$err"
"$dxnews" import --help >/dev/null; check "import --help exit" 0 $?
"$dxnews" import >/dev/null 2>&1; check "import without paths exit" 2 $?
# Reprint clustering: import reports it; cluster finds nothing new to sign the second time.
out=$("$dxnews" --data-dir "$tmp/data" cluster | sed 's/ ([0-9.]* s)$//')
case "$out" in "reprints: "*" articles (0 signed, "*", 0 cluster ids written)") echo "ok   cluster: nothing new";;
  *) echo "FAIL cluster: nothing new: $out"; fail=1;; esac
out=$("$dxnews" --data-dir "$tmp/data" cluster --rebuild | sed 's/ ([0-9.]* s)$//')
case "$out" in "reprints: 0 clusters hold 0 of "[0-9]*" articles ("[1-9]*" signed, "*) echo "ok   cluster --rebuild signs all";;
  *) echo "FAIL cluster --rebuild: $out"; fail=1;; esac
"$dxnews" --data-dir "$tmp/nothing-here" cluster >/dev/null 2>&1; check "cluster without a store exit" 1 $?
# Sources: the built-in registry, an unknown id, and a check that fails politely (closed port).
out=$("$dxnews" sources list | wc -l); check "sources list: 97 sources" 97 "$out"
out=$("$dxnews" sources list --province "HA TINH" | cut -f1); check "sources list --province" "bao-ha-tinh" "$out"
err=$("$dxnews" sources show bao-ha-tinhh 2>&1 >/dev/null); check "sources show unknown id exit" 2 $?
check "sources show unknown id message" "dxnews: error: unknown source id 'bao-ha-tinhh'; did you mean bao-ha-tinh" "$err"
cat > "$tmp/sources.toml" <<'TOML'
[[source]]
id = "bao-da-dong"
name = "Báo Đã Đóng"
kind = "national"
home = "http://127.0.0.1:1/"
hosts = ["127.0.0.1"]
feeds = [{url = "http://127.0.0.1:1/rss.xml", confidence = "K"}]
article_patterns = []
examples = []
confidence = "K"
notes = "A closed port: nothing answers."
TOML
out=$("$dxnews" sources check --registry "$tmp/sources.toml" --allow-private --timeout 3 2>"$tmp/err"); code=$?
check "sources check closed port exit" 1 $code
case "$out" in "bao-da-dong: unreachable: "*"robots.txt unreachable: not fetched"*"checked 1 sources: 0 answered, 1 unreachable"*) echo "ok   sources check unreachable";;
  *) echo "FAIL sources check unreachable: $out"; fail=1;; esac
# import -> index -> search: our own articles of corpus/search.
search_corpus=$(dirname "$0")/../../corpus/search
"$dxnews" -q --data-dir "$tmp/s" import "$search_corpus" >/dev/null
out=$("$dxnews" -q --data-dir "$tmp/s" search "tro ly ao" 2>&1); check "search before index exit" 1 $?
case "$out" in "dxnews: error: "*"dxnews index"*) echo "ok   search before index message";; *) echo "FAIL search before index: $out"; fail=1;; esac
out=$("$dxnews" -q --data-dir "$tmp/s" index); check "index" "indexed 6 articles in 1 batches" "${out%% (*}"
out=$("$dxnews" -q --data-dir "$tmp/s" index); check "index again" "indexed 0 articles in 0 batches" "${out%% (*}"
out=$("$dxnews" --data-dir "$tmp/s" search --json --facets 'khanh hoa' | tr -d ' \n')
case "$out" in *'"total":1,"did_you_mean":"khánhhòa","hits":[{"id":3,'*'"province":"KhánhHòa"'*'"facets":{"province":[{"value":"khanh-hoa","count":1}]'*) echo "ok   search --json";; *) echo "FAIL search --json: $out"; fail=1;; esac
out=$("$dxnews" --data-dir "$tmp/s" search --csv 'date:2024-11' | cut -d, -f1 | tr '\n' ' '); check "search --csv date:" "id 4 " "$out"
err=$("$dxnews" --data-dir "$tmp/s" search 'chuyển đổi "số' 2>&1); check "search bad query exit" 2 $?
check "search bad query message" 'dxnews: error: query: column 12: unclosed quote' "$(printf '%s' "$err" | head -1)"
"$dxnews" --data-dir "$tmp/s" search --from 2024-13-01 x >/dev/null 2>&1; check "search bad --from exit" 2 $?
out=$("$dxnews" -q --data-dir "$tmp/s" reindex); check "reindex" "reindexed 6 articles in 1 batches" "${out%% (*}"
out=$("$dxnews" --data-dir "$tmp/s" show 3 | head -1); check "show" "Khánh Hoà ra mắt nền tảng du lịch thông minh" "$out"
"$dxnews" --data-dir "$tmp/s" show 99 >/dev/null 2>&1; check "show missing id exit" 1 $?
out=$("$dxnews" --data-dir "$tmp/s" similar 1 --json | tr -d ' \n')
case "$out" in *'"hits":[{'*) echo "ok   similar --json";; *) echo "FAIL similar: $out"; fail=1;; esac
exit $fail
