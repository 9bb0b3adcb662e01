#!/usr/bin/env python3
"""corpus/demo is up to date and every demo article extracts cleanly with the real binary.

Usage: demo_site_test.py DXNEWS_BINARY REPO_ROOT

1. scripts/gen-demo-site.py --check: the committed corpus/demo is what the generator makes.
2. `dxnews extract` on every article page of corpus/demo/facts.json: the title, publication
   time, author (originals) or "Theo ..." credit (reprints) are those of facts.json, the text is
   not empty, and no page furniture (comments, related links, footers, share bars) leaks into it.
3. `dxnews serve corpus/demo` answers on 127.0.0.1 with the files (robots.txt with its own base
   URL), stops with exit 0 on SIGTERM, and exits 1 for a directory that does not exist.
"""

import json
import re
import signal
import urllib.request
import os
import subprocess
import sys

NOISE = ["Ý kiến bạn đọc", "Tin liên quan", "Tin cùng chuyên mục", "Đọc nhiều", "Xem nhiều",
         "Ghi rõ nguồn", "Giấy phép số", "Chia sẻ bài viết", "Sao chép liên kết", "Gửi ý kiến",
         "Mong tỉnh hỗ trợ thêm", "Bài viết hay, cảm ơn", "Lịch công tác", "Trang chủ", "Quảng cáo",
         "Từ khóa", "Tags:"]
VIEWS = re.compile(r"\d+ lượt xem")  # the portal layout's view counter


def check_serve(binary, demo):
    failures = []
    server = subprocess.Popen([binary, "--quiet", "serve", demo, "--for", "60"], stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline().strip()
        base = line.split(" at ")[-1].rstrip("/")
        if not base.startswith("http://127.0.0.1:"):
            return [f"serve: unexpected first line {line!r}"]
        with urllib.request.urlopen(base + "/robots.txt", timeout=10) as r:
            robots = r.read().decode()
        if f"Sitemap: {base}/honglinh/sitemap.xml" not in robots:
            failures.append(f"serve: robots.txt without its base URL: {robots!r}")
        with urllib.request.urlopen(base + "/honglinh/", timeout=10) as r:
            with open(os.path.join(demo, "honglinh", "index.html"), "rb") as f:
                if r.read() != f.read() or r.headers["Content-Type"] != "text/html; charset=utf-8":
                    failures.append("serve: /honglinh/ is not honglinh/index.html as text/html")
    finally:
        server.send_signal(signal.SIGTERM)
        code = server.wait(timeout=10)
    if code != 0:
        failures.append(f"serve: exit {code} after SIGTERM")
    missing = subprocess.run([binary, "serve", os.path.join(demo, "khong-co")], capture_output=True, text=True)
    if missing.returncode != 1 or "not a directory" not in missing.stderr:
        failures.append(f"serve of a missing directory: exit {missing.returncode}, {missing.stderr!r}")
    return failures


def main():
    binary, root = sys.argv[1], sys.argv[2]
    gen = subprocess.run([sys.executable, os.path.join(root, "scripts", "gen-demo-site.py"), "--check"],
                         capture_output=True, text=True)
    if gen.returncode != 0:
        print(gen.stderr, end="")
        print("FAIL: corpus/demo is not what scripts/gen-demo-site.py generates")
        return 1
    demo = os.path.join(root, "corpus", "demo")
    with open(os.path.join(demo, "facts.json"), encoding="utf-8") as f:
        facts = json.load(f)
    failures = []
    for art in facts["articles"]:
        path = art["url"]
        page = os.path.join(demo, path.lstrip("/") + ("index.html" if path.endswith("/") else ""))
        run = subprocess.run([binary, "extract", page, "--url", "http://127.0.0.1:8080" + path],
                             capture_output=True, text=True)
        if run.returncode != 0:
            failures.append(f"{path}: exit {run.returncode}: {run.stderr.strip()}")
            continue
        got = json.loads(run.stdout)
        problems = []
        if got["title"] != art["title"]:
            problems.append(f"title {got['title']!r}")
        if got["published"] != art["published"]:
            problems.append(f"published {got['published']!r} ({got['published_source']})")
        if not got["text"].strip() or len(got["text"]) < 400:
            problems.append(f"text too short ({len(got['text'])} chars)")
        if art["original"] and got["author"] != art["author"]:
            problems.append(f"author {got['author']!r}, want {art['author']!r}")
        if art["credit"] and art["credit"].replace("Theo ", "") not in got["credit"]:
            problems.append(f"credit {got['credit']!r}, want {art['credit']!r}")
        for noise in NOISE:
            if noise in got["text"] or noise in got["lead"]:
                problems.append(f"noise {noise!r} in text")
        if VIEWS.search(got["text"]):
            problems.append("view counter in text")
        if got["canonical_url"] != "http://127.0.0.1:8080" + path:
            problems.append(f"canonical {got['canonical_url']!r}")
        if problems:
            failures.append(f"{path}: " + "; ".join(problems))
    failures += check_serve(binary, demo)
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(facts['articles']) - len(failures)}/{len(facts['articles'])} demo pages extract cleanly")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
