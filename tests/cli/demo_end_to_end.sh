#!/usr/bin/env bash
# The main job end to end: `dxnews demo` serves corpus/demo, crawls, analyses, clusters, indexes and
# writes the digest; then the digest of the top story's week is checked against corpus/demo/facts.json
# (the facts the demo network was generated with): the known reprint cluster is the top story with
# its outlet count, the known official is listed with the right title, the known document is
# counted, and provinces with no coverage are named.
# usage: demo_end_to_end.sh DXNEWS CORPUS_DIR
set -u
dxnews=$1
facts=$2/demo/facts.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

out=$("$dxnews" -q --data-dir "$tmp" demo 2>&1); code=$?
if [ $code -ne 0 ]; then echo "FAIL demo exit $code: $out"; exit 1; fi
echo "$out" | tail -12
week=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["top_story"]["week"])' "$facts")
[ -s "$tmp/demo/reports/digest-$week.html" ] || { echo "FAIL no HTML digest for $week"; exit 1; }
[ -s "$tmp/demo/reports/trends.svg" ] || { echo "FAIL no trends chart"; exit 1; }
"$dxnews" --data-dir "$tmp/demo" digest --week "$week" --format json -o "$tmp/digest.json" >/dev/null || { echo "FAIL digest"; exit 1; }
python3 - "$facts" "$tmp/digest.json" "$tmp/demo/reports/digest-$week.html" <<'PY'
import json, sys
facts = json.load(open(sys.argv[1]))
digest = json.load(open(sys.argv[2]))
html = open(sys.argv[3], encoding="utf-8").read()
fail = False
def check(name, ok, detail):
    global fail
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail))
    fail |= not ok

top = facts["top_story"]
story = digest["top_stories"][0] if digest["top_stories"] else {}
check("top story is the known cluster", story.get("title") == top["title"], repr(story.get("title")))
check("top story outlet count", story.get("outlets") == top["outlet_count"], repr(story.get("outlets")))
check("every copy of the top story is linked", len(story.get("copies", [])) == top["outlet_count"],
      repr(len(story.get("copies", []))))

official = facts["known_official"]
listed = [o for o in digest["officials"] if o["name"] == official["name"]]
check("known official listed", bool(listed), official["name"])
if listed:
    check("known official's title", official["title"] in listed[0]["titles"], repr(listed[0]["titles"]))
    check("known official in the HTML", official["name"] in html, "")

number = facts["known_document"]["number"]
docs = [d for d in digest["documents"] if d["number"] == number]
check("known document counted", bool(docs) and docs[0]["articles"] > 0, number)

without = digest["provinces"]["without_coverage"]
expected = set(facts["provinces_without_coverage_names"])
check("provinces without coverage named", bool(without) and set(without) <= expected,
      repr(sorted(set(without) - expected)))
check("a covered province is not listed as uncovered",
      not any(p["name"] in without for p in digest["provinces"]["covered"] if p["articles"]["current"] > 0), "")
check("digest totals", digest["totals"]["outlets"]["current"] >= top["outlet_count"], repr(digest["totals"]))
sys.exit(1 if fail else 0)
PY
[ $? -eq 0 ] || exit 1

# The other report commands on the same data.
d="$tmp/demo"
name=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["known_official"]["name"])' "$facts")
number=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["known_document"]["number"])' "$facts")
fail=0
out=$("$dxnews" --data-dir "$d" officials --json --limit 0 | python3 -c "
import json,sys; o=[x for x in json.load(sys.stdin) if x['name']==sys.argv[1]]; print(o[0]['articles'] if o else 0)" "$name")
[ "$out" -gt 1 ] && echo "ok   officials --json: $name in $out articles" || { echo "FAIL officials: $out"; fail=1; }
out=$("$dxnews" --data-dir "$d" documents --csv --limit 0 | grep -c "^$number,")
[ "$out" = 1 ] && echo "ok   documents --csv lists $number" || { echo "FAIL documents --csv: $out"; fail=1; }
out=$("$dxnews" --data-dir "$d" events --limit 3 | head -1)
case "$out" in 2024-*) echo "ok   events";; *) echo "FAIL events: $out"; fail=1;; esac
out=$("$dxnews" --data-dir "$d" trends "chuyển đổi số" "theme:smart-city" --by month --format csv)
case "$out" in "period,chuyển đổi số,theme:smart-city"*"2024-10,"*"2024-11,"*) echo "ok   trends --format csv";; *) echo "FAIL trends: $out"; fail=1;; esac
"$dxnews" --data-dir "$d" trends 'chuyển "đổi' >/dev/null 2>&1; [ $? = 2 ] && echo "ok   trends bad series exit 2" || { echo "FAIL trends bad series"; fail=1; }
"$dxnews" --data-dir "$d" export --format jsonl --province "Thai Nguyen" -o "$tmp/tn.jsonl" 2>/dev/null
out=$(python3 -c "
import json,sys; rows=[json.loads(l) for l in open(sys.argv[1])]
print(len(rows), all(r['province_after_2025']=='thai-nguyen' and r['analysis']['province'] for r in rows))" "$tmp/tn.jsonl")
case "$out" in [1-9]*" True") echo "ok   export --province: $out";; *) echo "FAIL export: $out"; fail=1;; esac
"$dxnews" --data-dir "$d" digest --province "Atlantis" >/dev/null 2>&1; [ $? = 2 ] && echo "ok   unknown province exit 2" || { echo "FAIL unknown province"; fail=1; }
exit $fail
