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
"$dxnews" normalize --help >/dev/null; check "normalize --help exit" 0 $?
err=$("$dxnews" normalize --no-such-flag 2>&1 >/dev/null); code=$?
check "bad flag exit" 2 $code
case "$err" in "dxnews: error: "*) echo "ok   bad flag message";; *) echo "FAIL bad flag message: $err"; fail=1;; esac
"$dxnews" no-such-command >/dev/null 2>&1; check "unknown command exit" 2 $?
exit $fail
