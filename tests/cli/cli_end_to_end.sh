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
"$dxnews" normalize --help >/dev/null; check "normalize --help exit" 0 $?
err=$("$dxnews" normalize --no-such-flag 2>&1 >/dev/null); code=$?
check "bad flag exit" 2 $code
case "$err" in "dxnews: error: "*) echo "ok   bad flag message";; *) echo "FAIL bad flag message: $err"; fail=1;; esac
"$dxnews" no-such-command >/dev/null 2>&1; check "unknown command exit" 2 $?
exit $fail
