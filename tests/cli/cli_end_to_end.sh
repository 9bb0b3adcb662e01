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
exit $fail
