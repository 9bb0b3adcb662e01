#!/usr/bin/env bash
# Crawl throughput and peak memory of `dxnews crawl`: generates a local news site of N article
# pages (default 2,000; our own template text) with a sitemap, a feed and category listings in
# bench/out/crawl-site/, serves it with dxnews_test_site_server on 127.0.0.1, and crawls it into a
# fresh data directory with pacing disabled (--delay 0 --allow-private): once from scratch, then
# again (the cron case: sitemap and feed answer 304, nothing is refetched).
# Uses the build in $BUILD_DIR (default build; Release, with tests so that the server exists).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
pages=${1:-2000}
out=$root/bench/out
site=$out/crawl-site
command -v /usr/bin/time >/dev/null || { echo "crawl_throughput: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
cmake --build "$build" -j2 --target dxnews dxnews_test_site_server >/dev/null

rm -rf "$site" "$out/crawl-data"
mkdir -p "$site/tin-tuc"
python3 - "$site" "$pages" <<'PY'
import sys
site, n = sys.argv[1], int(sys.argv[2])
places = ["Hà Tĩnh", "Nghệ An", "Quảng Bình", "Thanh Hóa", "Lào Cai", "Cần Thơ", "Đồng Nai", "Huế"]
topics = ["số hóa hồ sơ thủ tục hành chính", "thanh toán không dùng tiền mặt", "trung tâm điều hành thông minh",
          "chữ ký số cho người dân", "nền tảng học trực tuyến", "sàn thương mại điện tử nông sản"]
def slug(i): return f"bai-viet-so-{i:05d}-chuyen-doi-so-dia-phuong"
urls = []
for i in range(n):
    place, topic = places[i % len(places)], topics[i % len(topics)]
    day = 1 + i % 28
    title = f"{place} đẩy mạnh {topic} (bài {i})"
    body = "".join(
        f"<p>Ngày {day}/3/2024, UBND tỉnh {place} tổ chức hội nghị về {topic}, một nhiệm vụ trọng tâm "
        f"của chương trình chuyển đổi số năm 2024. Theo Sở Thông tin và Truyền thông, đến nay {40 + (i + k) % 60}% "
        f"hồ sơ đã được xử lý trên môi trường mạng, giúp người dân và doanh nghiệp tiết kiệm thời gian, chi phí.</p>"
        for k in range(6))
    with open(f"{site}/tin-tuc/{slug(i)}.html", "w", encoding="utf-8") as f:
        f.write(f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - Báo Thử Nghiệm</title>'
                f'<meta property="article:published_time" content="2024-03-{day:02d}T08:00:00+07:00"></head><body>'
                f'<header><a href="/">Trang chủ</a> | <a href="/chuyen-muc/">Chuyển đổi số</a></header>'
                f'<article><h1>{title}</h1>{body}</article>'
                f'<a href="/tin-tuc/{slug((i + 1) % n)}.html">Tin tiếp theo</a></body></html>')
    urls.append(f"/tin-tuc/{slug(i)}.html")
with open(f"{site}/sitemap.xml", "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n')
    f.writelines(f"<url><loc>{{{{BASE}}}}{u}</loc></url>\n" for u in urls)
    f.write("</urlset>\n")
with open(f"{site}/rss.xml", "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Báo Thử Nghiệm</title>')
    f.writelines(f"<item><title>Bài {i}</title><link>{{{{BASE}}}}{urls[i]}</link></item>" for i in range(min(50, n)))
    f.write("</channel></rss>\n")
with open(f"{site}/robots.txt", "w") as f:
    f.write("User-agent: *\nDisallow: /tim-kiem\n\nSitemap: {{BASE}}/sitemap.xml\n")
import os
os.makedirs(f"{site}/chuyen-muc", exist_ok=True)
links = "".join(f'<li><a href="{u}">Bài viết</a></li>' for u in urls[:100])
page = ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo Thử Nghiệm</title>'
        '<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>'
        f'<a href="/chuyen-muc/">Chuyển đổi số</a><ul>{links}</ul></body></html>')
for path in ("index.html", "chuyen-muc/index.html"):
    with open(f"{site}/{path}", "w", encoding="utf-8") as f:
        f.write(page)
PY

"$build/tests/dxnews_test_site_server" "$site" > "$out/crawl-port" &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 100); do [ -s "$out/crawl-port" ] && break; sleep 0.05; done
home="http://127.0.0.1:$(cat "$out/crawl-port")/"

run() {  # run LABEL
  /usr/bin/time -v "$build/cli/dxnews" --quiet --data-dir "$out/crawl-data" crawl --url "$home" \
    --allow-private --delay 0 --max-pages $((pages + 100)) > "$out/crawl-summary" 2> "$out/crawl-time"
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/crawl-time")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out/crawl-time")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$out/crawl-time")
  echo "$1: $(cat "$out/crawl-summary")"
  echo "$1: wall $wall, CPU (user+sys) $cpu s, peak RSS $((rss / 1024)) MB, load average $(cut -d' ' -f1 /proc/loadavg)"
}
run "first crawl ($pages pages)"
run "second crawl (cron re-run)"
