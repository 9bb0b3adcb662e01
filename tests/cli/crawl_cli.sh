#!/usr/bin/env bash
# `dxnews crawl` end to end: the real binary crawls a copy of corpus/site served by
# dxnews_test_site_server on 127.0.0.1, then re-runs (nothing new, feeds polled conditionally),
# refuses a second instance on the same data directory, and rejects bad flags.
# Usage: crawl_cli.sh DXNEWS TEST_SITE_SERVER CORPUS_DIR
set -u
dxnews=$1 server=$2 corpus=$3
fail=0
check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then echo "FAIL $1: expected [$2] got [$3]"; fail=1; else echo "ok   $1"; fi
}
contains() {  # contains NAME NEEDLE HAYSTACK
  case "$3" in *"$2"*) echo "ok   $1";; *) echo "FAIL $1: [$2] not in [$3]"; fail=1;; esac
}

tmp=$(mktemp -d)
pid= pid2=
trap 'for p in $pid $pid2; do kill "$p" 2>/dev/null; done; rm -rf "$tmp"' EXIT
cp -r "$corpus/site" "$tmp/site"
sed -i '/^Crawl-delay/d' "$tmp/site/robots.txt"  # corpus/site asks for 1 s between requests
"$server" "$tmp/site" > "$tmp/port" &
pid=$!
for _ in $(seq 100); do [ -s "$tmp/port" ] && break; sleep 0.05; done
port=$(cat "$tmp/port")
home="http://127.0.0.1:$port/"
data="$tmp/data"

out=$("$dxnews" --data-dir "$data" crawl --url "$home" --allow-private --delay 0 2>"$tmp/err"); code=$?
check "crawl exit" 0 $code
contains "crawl stores the three articles" "3 new articles" "$out"
contains "crawl refuses the search page (robots.txt)" "1 refused by robots.txt" "$out"
contains "piped progress names the finished site" "dxnews: crawl: $home done" "$(cat "$tmp/err")"

out=$("$dxnews" --data-dir "$data" --quiet crawl --url "$home" --allow-private --delay 0 2>"$tmp/err"); code=$?
check "second crawl exit" 0 $code
contains "second crawl: nothing new" "0 new articles" "$out"
contains "second crawl: feed and sitemap not modified" "2 not modified" "$out"
check "--quiet: no progress" "" "$(cat "$tmp/err")"

# A second instance on the same data directory is refused while the first holds the lock.
flock "$data/crawl.lock" sleep 3 &
holder=$!
sleep 0.3
err=$("$dxnews" --data-dir "$data" crawl --url "$home" --allow-private --delay 0 2>&1 >/dev/null); code=$?
check "second instance exit" 1 $code
check "second instance message" "dxnews: error: $data/crawl.lock: another dxnews crawl is running on this data directory" "$err"
kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null

# Private addresses are refused without --allow-private: every attempt fails, exit 1.
out=$("$dxnews" --data-dir "$tmp/data2" --quiet crawl --url "$home" --delay 0 2>/dev/null); code=$?
check "private address refused exit" 1 $code
contains "private address refused summary" "0 new articles" "$out"

# SIGINT: requests in flight finish, the run commits and exits 130. corpus/site's own robots.txt
# (Crawl-delay: 1) keeps this crawl slow enough to interrupt.
"$server" "$corpus/site" > "$tmp/port2" &
pid2=$!
for _ in $(seq 100); do [ -s "$tmp/port2" ] && break; sleep 0.05; done
"$dxnews" --data-dir "$tmp/data3" --quiet crawl --url "http://127.0.0.1:$(cat "$tmp/port2")/" --allow-private \
  > "$tmp/out3" 2> "$tmp/err3" &
crawler=$!
sleep 1.5
kill -INT "$crawler"
wait "$crawler"; code=$?
kill "$pid2" 2>/dev/null
check "interrupted crawl exit" 130 $code
check "interrupted crawl message" "dxnews: error: crawl interrupted; unfetched articles stay pending for the next run" \
  "$(cat "$tmp/err3")"
contains "interrupted crawl prints its summary" "crawled 1 site" "$(cat "$tmp/out3")"

"$dxnews" --data-dir "$data" crawl --since 2024-02-30 --url "$home" >/dev/null 2>&1; check "bad --since exit" 2 $?
err=$("$dxnews" --data-dir "$data" crawl --source no-such-source 2>&1); code=$?
check "unknown --source exit" 2 $code
check "unknown --source message" "dxnews: error: --source: unknown source 'no-such-source' (see corpus/sources.toml)" "$err"
"$dxnews" --data-dir "$data" crawl --url "ftp://example.vn/" >/dev/null 2>&1; check "bad --url exit" 2 $?
"$dxnews" --data-dir "$data" crawl --delay -1 >/dev/null 2>&1; check "negative --delay exit" 2 $?
exit $fail
