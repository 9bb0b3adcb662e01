#!/usr/bin/env python3
"""Generate corpus/demo/: the demo news network that `dxnews demo` serves and crawls.

Seven invented outlets (six provincial, one national) under path prefixes of one site, in three
page layouts (a Family-A style provincial paper, a NukeViet portal, a modern news portal), with
RSS/Atom feeds, sitemaps (plain, an index, a Google News sitemap), listing pages and one robots.txt.
The stories are assembled from hand-written material in corpus/demo-src/*.toml; six stories are
reprinted by other outlets. Deterministic: the same input gives byte-identical output.

  scripts/gen-demo-site.py                 # writes corpus/demo/
  scripts/gen-demo-site.py --out DIR       # writes elsewhere
  scripts/gen-demo-site.py --check         # exit 1 when corpus/demo/ is not what the script makes

Feeds, sitemaps and robots.txt hold absolute URLs as {{BASE}}/..., which the server replaces by
its own http://127.0.0.1:<port> (tests/support/test_http_server.cc and cli/demo_server.cc do).
"""

import argparse
import datetime as dt
import filecmp
import hashlib
import html
import json
import os
import random
import shutil
import sys
import tempfile
import tomllib
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "corpus", "demo-src")
SEED = 20241130
FIRST_DAY = dt.date(2024, 10, 1)
LAST_DAY = dt.date(2024, 11, 30)
BASE = "{{BASE}}"
TZ = "+07:00"
ORIGINALS_PER_PROVINCIAL_OUTLET = 17
NATIONAL_OWN_STORIES = 10
PAGE_SIZE = 10
FEED_ITEMS = 25

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
CATEGORIES = {
    "chuyen-doi-so": "Chuyển đổi số", "kinh-te": "Kinh tế", "xa-hoi": "Xã hội",
    "cong-nghe": "Khoa học - Công nghệ", "giao-duc": "Giáo dục",
}
EVENT_ROLES = {
    "conference": ["chair", "vice", "secretary", "vice"], "workshop": ["sci", "ict", "vice"],
    "signing": ["chair", "vice"], "launch": ["vice", "chair"], "training": ["ict", "sci"],
    "inspection": ["vice", "chair"], "contest": ["ict", "sci"], "dxday": ["chair", "vice", "secretary"],
    "report": ["ict", "vice", "chair"],
}
COMMENTS = [
    ("Nguyễn Văn Tâm", "Mong tỉnh hỗ trợ thêm cho bà con vùng cao, nhiều người còn chưa biết dùng điện thoại."),
    ("Trần Thị Mai", "Tôi đã làm thủ tục trên điện thoại, rất nhanh, không phải đi lại nhiều như trước."),
    ("Lê Minh", "Cần kiểm tra thực chất, tránh chạy theo thành tích, số liệu đẹp nhưng người dân vẫn khổ."),
    ("Phạm Hồng", "Sóng điện thoại ở thôn tôi vẫn yếu lắm, mong nhà mạng sớm lắp thêm trạm."),
    ("Hoàng Anh", "Bài viết hay, cảm ơn phóng viên đã đưa tin."),
    ("Đỗ Thu", "Ứng dụng thỉnh thoảng bị lỗi đăng nhập, đề nghị đơn vị quản lý khắc phục."),
]


def load(name):
    with open(os.path.join(SRC, name), "rb") as f:
        return tomllib.load(f)


def fold(text):
    """ASCII slug of Vietnamese text: "Chuyển đổi số" -> "chuyen-doi-so"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    words = "".join(c if c.isalnum() else " " for c in text).split()
    return "-".join(words[:14])


def cap(text):
    return text[:1].upper() + text[1:]


def esc(text):
    return html.escape(text, quote=True)


def vn_number(n):
    return f"{n:,}".replace(",", ".")


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:00") + TZ


def rfc822(t):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[t.weekday()]}, {t.day:02d} {months[t.month - 1]} {t.year} {t:%H:%M:00} +0700"


class Official:
    def __init__(self, d):
        self.__dict__.update(d)
        self.female = " Thị " in f" {self.name} "
        self.given = self.name.split()[-1]

    def full(self, form):
        pronoun = "bà" if self.female else "ông"
        if form == 0:
            return f"đồng chí {self.name}, {self.title}"
        if form == 1:
            return f"{self.title} {self.name}"
        return f"{pronoun} {self.name}, {self.title}"

    def short(self):
        return f"{'bà' if self.female else 'ông'} {self.given}"


class Network:
    def __init__(self):
        net = load("network.toml")
        self.outlets = {o["id"]: o for o in net["outlet"]}
        self.provinces = {p["id"]: p for p in net["province"]}
        self.officials = {o["id"]: Official(o) for o in net["official"]}
        self.documents = {d["id"]: d for d in net["document"]}
        self.themes = {t["id"]: t for t in load("themes.toml")["theme"]}
        self.events = load("events.toml")
        self.clusters = load("clusters.toml")["cluster"]

    def official(self, province, role):
        for o in self.officials.values():
            if o.province == province and o.role == role:
                return o
        raise KeyError((province, role))


class Article:
    """One page: where it lives, what it says, and what the facts file records about it."""

    def __init__(self, outlet, time, theme, province, title, sapo, paragraphs, byline, author):
        self.outlet, self.time, self.theme, self.province = outlet, time, theme, province
        self.title, self.sapo, self.paragraphs = title, sapo, paragraphs
        self.byline, self.author = byline, author
        self.credit = ""
        self.caption = ""
        self.officials, self.documents = [], []
        self.cluster, self.original = None, True
        self.path = self.id = None
        self.comments = []

    @property
    def cat(self):
        return self.theme["cat"]


# ----------------------------------------------------------------------------------------------
# Composing stories


def slots(rng, province, n=None):
    districts = rng.sample(province["districts"], 2)
    values = {
        "P": province["name"], "tinh": province["unit"], "D": districts[0], "D2": districts[1],
        "Dcap": cap(districts[0]), "n1": rng.randint(3, 40), "n2": rng.randint(100, 900),
        "n3": vn_number(rng.randint(1000, 30000)),
        "pct": f"{rng.randint(62, 99)},{rng.randint(1, 9)}",
        "pct2": f"{rng.randint(12, 60)},{rng.randint(1, 9)}", "tien": rng.randint(12, 160),
        "ict": f"{province['ict']} {province['name']}", "year": 2024,
    }
    return values


class FreshNumbers(dict):
    """Slot values where every {n1}, {n2}, {n3}, {pct}, {pct2}, {tien} draws a new number, so that
    two figures in one paragraph differ ("kích hoạt 7.254 tài khoản ..., mở 12.018 tài khoản")."""

    def __init__(self, rng, values):
        super().__init__(values)
        self.rng = rng

    def __getitem__(self, key):
        r = self.rng
        fresh = {"n1": lambda: r.randint(3, 40), "n2": lambda: r.randint(100, 900),
                 "n3": lambda: vn_number(r.randint(1000, 30000)),
                 "pct": lambda: f"{r.randint(62, 99)},{r.randint(1, 9)}",
                 "pct2": lambda: f"{r.randint(12, 60)},{r.randint(1, 9)}", "tien": lambda: r.randint(12, 160)}
        return fresh[key]() if key in fresh else dict.__getitem__(self, key)


def pick_event(rng, day):
    if dt.date(2024, 10, 8) <= day <= dt.date(2024, 10, 12):
        return "dxday"
    return rng.choice(["conference", "conference", "workshop", "signing", "launch", "training",
                       "inspection", "contest", "report", "report"])


def compose(net, rng, outlet, province, theme, time, used_titles, used_bodies, prefer_known):
    """A provincial story of `theme` in `province`, published by `outlet` at `time`."""
    v = slots(rng, province)
    for _ in range(20):
        title_index = rng.randrange(len(theme["titles"]))
        title = theme["titles"][title_index].format(**v)
        if title not in used_titles:
            break
        v = slots(rng, province)
    used_titles.add(title)
    event = pick_event(rng, time.date())
    roles = EVENT_ROLES[event]
    role = "vice" if prefer_known else rng.choice(roles)
    off = net.official(province["id"], role)
    event_day = time.date() - dt.timedelta(days=rng.choice([0, 0, 1]))
    buoi = "Sáng" if time.hour >= 11 or event_day < time.date() else rng.choice(["Sáng", "Sáng", "Chiều"])
    if event_day == time.date() and time.hour < 12:
        buoi = "Sáng"
    form = rng.randrange(3)
    ev = dict(v, buoi=buoi, buoi_l=buoi.lower(), dm=f"{event_day.day}/{event_day.month}",
              off=off.full(form), off_cap=cap(off.full(form)), topic=theme["tag"],
              host=f"{province['ict']} {province['name']}")
    opening = rng.choice(net.events["openings"][event]).format(**ev)
    mentioned = "{off" in opening
    fresh = FreshNumbers(rng, v)
    # Stories of one theme share at most one body paragraph, so that only the intended reprints
    # look like copies of each other.
    previous = used_bodies.setdefault(theme["id"], [])
    best = None
    for _ in range(50):
        picks = rng.sample(range(len(theme["body"])), rng.choice([2, 2, 3]))
        overlap = max((len(set(picks) & other) for other in previous), default=0)
        if best is None or overlap < best[0]:
            best = (overlap, picks)
        if overlap <= 1:
            break
    previous.append(set(best[1]))
    body = [theme["body"][i].format_map(fresh) for i in best[1]]
    quote = rng.choice(theme["quotes"]).format(**v)
    who = off.short() if mentioned and rng.random() < 0.5 else off.full(rng.randrange(3))
    attribution = rng.choice(net.events["attributions"])
    quote_para = attribution.format(who=who, who_cap=cap(who), quote=quote)
    local = net.documents[rng.choice(province["docs"])]
    if prefer_known and province["id"] == "thai-nguyen":
        local = net.documents["thainguyen-kh"]
    national = net.documents[rng.choice(theme["docs"])]
    doc_para = rng.choice(net.events["doc_paras"]).format_map(
        FreshNumbers(rng, dict(v, local=local["cite"], national=national["cite"])))
    closing = rng.choice(net.events["closings"]).format_map(fresh)
    paragraphs = [opening] + body[:1] + [quote_para] + body[1:] + [doc_para, closing]
    author = rng.choice(net.events["authors"])
    byline = rng.choice(net.events["bylines"]).format(a=author)
    # The sapos are written to go with the titles of the same position.
    sapo = theme["sapos"][title_index % len(theme["sapos"])].format(**v)
    a = Article(outlet, time, theme, province["id"], title, sapo, paragraphs, byline, author)
    a.caption = rng.choice(theme["captions"]).format(**v)
    a.officials = [off.id]
    a.documents = [local["id"], national["id"]]
    a.event = event
    return a


NATIONAL_STORIES = [
    ("kinh-te-so", "Tháng tiêu dùng số 2024: hàng nghìn doanh nghiệp giảm giá khi thanh toán không dùng tiền mặt",
     "Chương trình Tháng tiêu dùng số diễn ra trong suốt tháng 10 với sự tham gia của các sàn thương mại điện tử, ngân hàng và ví điện tử."),
    ("an-toan-thong-tin", "Cảnh báo các hình thức lừa đảo trực tuyến mới dịp cuối năm",
     "Cục An toàn thông tin ghi nhận nhiều chiến dịch giả mạo cơ quan nhà nước, ngân hàng và sàn thương mại điện tử để chiếm đoạt tài khoản."),
    ("ai", "Doanh nghiệp công nghệ Việt đẩy mạnh phát triển trợ lý ảo tiếng Việt",
     "Nhiều doanh nghiệp công nghệ trong nước đã ra mắt trợ lý ảo hiểu tiếng Việt, phục vụ cơ quan nhà nước, ngân hàng và bệnh viện."),
    ("du-lieu", "Đề án 06: hơn 80 triệu tài khoản định danh điện tử đã được cấp",
     "Sau gần ba năm triển khai Đề án 06, các tiện ích dựa trên dữ liệu dân cư đã giúp người dân tiết kiệm thời gian và chi phí khi làm thủ tục."),
]

NATIONAL_BODY = {
    "kinh-te-so": [
        "Theo Bộ Thông tin và Truyền thông, năm nay chương trình có hơn 5.000 doanh nghiệp tham gia, gồm các sàn thương mại điện tử, ngân hàng, công ty viễn thông và chuỗi bán lẻ. Nhiều ưu đãi chỉ áp dụng khi người dùng thanh toán bằng mã QR hoặc ví điện tử.",
        "Tháng tiêu dùng số được tổ chức lần đầu năm 2022, nhằm thúc đẩy thói quen mua sắm trực tuyến và thanh toán không dùng tiền mặt, góp phần thực hiện mục tiêu kinh tế số chiếm 20% GDP vào năm 2025 theo Quyết định số 411/QĐ-TTg.",
        "Các chuyên gia cho rằng bên cạnh khuyến mại, người tiêu dùng cần được bảo vệ tốt hơn trước hàng giả, hàng kém chất lượng bán qua mạng và các hình thức lừa đảo khi thanh toán trực tuyến.",
    ],
    "an-toan-thong-tin": [
        "Theo Cục An toàn thông tin, chỉ trong tháng 10, hệ thống giám sát đã phát hiện hơn 1.200 trang web giả mạo, trong đó nhiều trang giả giao diện Cổng Dịch vụ công quốc gia và ứng dụng của các ngân hàng.",
        "Thủ đoạn phổ biến là gọi điện tự xưng cán bộ cơ quan nhà nước, đề nghị người dân cài ứng dụng lạ để “cập nhật dữ liệu”, sau đó chiếm quyền điều khiển điện thoại và rút tiền trong tài khoản.",
        "Cục khuyến cáo người dân chỉ tải ứng dụng từ kho chính thức, không cung cấp mã OTP cho bất kỳ ai và báo ngay cho cơ quan công an khi nghi ngờ bị lừa đảo.",
    ],
    "ai": [
        "Các trợ lý ảo mới có thể trả lời bằng giọng nói tiếng Việt với nhiều giọng vùng miền, tóm tắt văn bản dài và tra cứu thông tin trong kho dữ liệu riêng của từng cơ quan, doanh nghiệp.",
        "Theo Hiệp hội Phần mềm và Dịch vụ công nghệ thông tin, làm chủ công nghệ xử lý tiếng Việt là lợi thế của doanh nghiệp trong nước, nhất là với các ứng dụng phục vụ khu vực công đòi hỏi dữ liệu phải lưu trữ trong nước.",
        "Các chuyên gia lưu ý cần có quy định về trách nhiệm khi trí tuệ nhân tạo trả lời sai, cũng như cơ chế bảo vệ dữ liệu cá nhân mà người dùng cung cấp cho trợ lý ảo.",
    ],
    "du-lieu": [
        "Theo Bộ Công an, đến nay hơn 80 triệu tài khoản định danh điện tử đã được cấp, ứng dụng VNeID tích hợp giấy phép lái xe, thẻ bảo hiểm y tế, sổ sức khỏe điện tử và nhiều loại giấy tờ khác.",
        "Cơ sở dữ liệu quốc gia về dân cư đã kết nối với nhiều bộ, ngành và tất cả các địa phương, phục vụ hàng trăm triệu lượt xác thực thông tin công dân khi giải quyết thủ tục hành chính.",
        "Những tiện ích này được triển khai theo Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ phê duyệt Đề án 06, với mục tiêu lấy người dân làm trung tâm của chuyển đổi số.",
    ],
}
NATIONAL_DOCS = {"kinh-te-so": ["qd411"], "an-toan-thong-tin": [], "ai": [], "du-lieu": ["qd06"]}


def compose_national(net, rng, outlet, story, time):
    theme_id, title, sapo = story
    theme = net.themes[theme_id]
    deputy = net.official("", "deputy")
    paras = list(NATIONAL_BODY[theme_id])
    quote = rng.choice(theme["quotes"])
    paras.insert(1, f"Trao đổi với phóng viên, {deputy.full(2)} cho biết: “{quote}”")
    author = rng.choice(net.events["authors"])
    a = Article(outlet, time, theme, "", title, sapo, paras, author, author)
    a.officials = [deputy.id]
    a.documents = list(NATIONAL_DOCS[theme_id])
    a.event = "report"
    return a


def cluster_articles(net, c):
    out = []
    theme = net.themes[c["theme"]]
    t0 = dt.datetime.fromisoformat(c["time"])
    origin = net.outlets[c["outlet"]]
    a = Article(c["outlet"], t0, theme, c["province"], c["title"], c["sapo"], list(c["paragraphs"]),
                f"Tin, ảnh: {c['author']}", c["author"])
    a.officials, a.documents, a.cluster, a.slug_hint = c["officials"], c["docs"], c["id"], c["slug"]
    a.event = "cluster"
    out.append(a)
    for r in c["reprint"]:
        paras = list(c["paragraphs"])
        if r["trim"]:
            paras = paras[: -r["trim"]]
        for old, new in r.get("edits", []):  # light copy-editing by the reprinting desk
            paras = [p.replace(old, new) for p in paras]
        b = Article(r["outlet"], dt.datetime.fromisoformat(r["time"]), theme, c["province"],
                    r["title"], c["sapo"], paras, "", "")
        b.credit = f"Theo {origin['name']}"
        b.officials = [o for o in c["officials"] if any(net.officials[o].name in p for p in paras)]
        b.documents = [d for d in c["docs"] if any(net.documents[d]["number"] in p for p in paras)]
        b.cluster, b.original, b.slug_hint = c["id"], False, fold(r["title"])
        b.event = "cluster"
        out.append(b)
    return out


def schedule(rng, count):
    """`count` publication times spread over the two months, each 07:00-21:00."""
    days = (LAST_DAY - FIRST_DAY).days + 1
    times = []
    for i in range(count):
        day = FIRST_DAY + dt.timedelta(days=min(days - 1, int(i * days / count) + rng.randint(0, 2)))
        times.append(dt.datetime(day.year, day.month, day.day, rng.randint(7, 20), rng.choice([0, 15, 30, 45])))
    return sorted(times)


def plan(net):
    rng = random.Random(SEED)
    used_titles = set()
    used_bodies = {}
    articles = []
    theme_ids = sorted(net.themes)
    for oid, outlet in net.outlets.items():
        if not outlet["province"]:
            continue
        province = net.provinces[outlet["province"]]
        themes = theme_ids[:]
        rng.shuffle(themes)
        times = schedule(rng, ORIGINALS_PER_PROVINCIAL_OUTLET)
        for i, t in enumerate(times):
            theme = net.themes[themes[i % len(themes)]]
            known = province["id"] == "thai-nguyen" and i % 3 == 0
            articles.append(compose(net, rng, oid, province, theme, t, used_titles, used_bodies, known))
    # The national outlet: its own national stories and reports on the covered provinces.
    nat = "thoibaoso"
    times = schedule(rng, NATIONAL_OWN_STORIES)
    provs = sorted(net.provinces)
    for i, t in enumerate(times):
        if i % 2 == 0 and i // 2 < len(NATIONAL_STORIES):
            articles.append(compose_national(net, rng, nat, NATIONAL_STORIES[i // 2], t))
        else:
            province = net.provinces[provs[i % len(provs)]]
            theme = net.themes[rng.choice(theme_ids)]
            articles.append(compose(net, rng, nat, province, theme, t, used_titles, used_bodies,
                                    province["id"] == "thai-nguyen"))
    for c in net.clusters:
        articles.extend(cluster_articles(net, c))
    # Record only what the text really says (a trimmed reprint or a document paragraph without
    # the national citation drops some).
    for a in articles:
        text = "\n".join([a.title, a.sapo] + a.paragraphs)
        a.officials = [o for o in a.officials if net.officials[o].name in text]
        a.documents = [d for d in a.documents if net.documents[d]["number"] in text]
    articles.sort(key=lambda a: (a.time, a.outlet, a.title))
    assign_urls(net, articles)
    for a in articles:
        a.comments = rng.sample(COMMENTS, rng.choice([0, 0, 1, 2]))
    return articles


def assign_urls(net, articles):
    counters = {oid: 10000 + 37 * i for i, oid in enumerate(sorted(net.outlets))}
    seen = set()
    for a in articles:
        outlet = net.outlets[a.outlet]
        counters[a.outlet] += 1 + (counters[a.outlet] % 3)
        a.id = counters[a.outlet]
        slug = getattr(a, "slug_hint", None) or fold(a.title)
        style, o, cat = outlet["url_style"], a.outlet, a.cat
        if style == "family-a":
            h = hashlib.sha1(f"{o}/{slug}".encode()).hexdigest()[:7]
            a.path = f"/{o}/{cat}/{a.time:%Y%m}/{slug}-{h}/"
        elif style == "dash-id":
            a.path = f"/{o}/{cat}/{slug}-{a.id}.html"
        elif style == "nukeviet":
            a.path = f"/{o}/vi/news/{cat}/{slug}-{a.id}.html"
        elif style == "post":
            a.path = f"/{o}/{cat}/{slug}-post{a.id}.html"
        elif style == "a-id":
            a.path = f"/{o}/{cat}/{slug}-a{a.id}.html"
        else:
            a.path = f"/{o}/{cat}/{slug}-d{a.id}.html"
        assert a.path not in seen, a.path
        seen.add(a.path)


# ----------------------------------------------------------------------------------------------
# Pages


def file_for(path):
    return path.lstrip("/") + ("index.html" if path.endswith("/") else "")


def category_path(outlet, cat):
    if outlet["url_style"] == "nukeviet":
        return f"/{outlet['id']}/vi/news/{cat}/"
    return f"/{outlet['id']}/{cat}/"


def feed_path(outlet):
    o = outlet["id"]
    if outlet["feed"] == "atom":
        return f"/{o}/feed.atom"
    if outlet["url_style"] == "nukeviet":
        return f"/{o}/vi/news/rss/tin-tuc.rss"
    return f"/{o}/rss/tin-moi.rss"


def visible_time(t, style):
    wd = WEEKDAYS[t.weekday()]
    if style == "dash":
        return f"{wd}, {t:%d/%m/%Y - %H:%M}"
    if style == "comma":
        return f"{wd}, {t:%d/%m/%Y}, {t:%H:%M} (GMT+7)"
    if style == "updated":
        return f"Cập nhật: {t:%H:%M}, {t:%d/%m/%Y}"
    return f"{t:%H:%M} {t:%d/%m/%Y}"


def menu_links(net, outlet):
    return "".join(f'<li><a href="{category_path(outlet, c)}">{n}</a></li>' for c, n in CATEGORIES.items())


def related(net, a, by_outlet, n=3):
    same = [b for b in by_outlet[a.outlet] if b is not a and b.cat == a.cat and b.time < a.time]
    return same[-n:][::-1]


def body_html(a, img_path, caption_style):
    parts = []
    for i, p in enumerate(a.paragraphs):
        parts.append(f"<p>{esc(p)}</p>")
        if i == 0 and a.caption:
            if caption_style == "table":
                parts.append(f'<table class="image" align="center"><tbody><tr><td><img src="{img_path}" alt="" width="800"></td></tr>'
                             f'<tr><td>{esc(a.caption)}</td></tr></tbody></table>')
            else:
                parts.append(f'<figure class="image"><img src="{img_path}" alt="{esc(a.caption)}">'
                             f"<figcaption>{esc(a.caption)}</figcaption></figure>")
    if a.credit:
        parts.append(f'<p style="text-align:right"><strong>{esc(a.credit)}</strong></p>')
    elif a.byline:
        parts.append(f'<p class="author" style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(parts)


def comments_html(a, cls):
    if not a.comments:
        return ""
    items = "".join(f'<div class="comment-item"><b>{esc(n)}</b>: {esc(t)}</div>' for n, t in a.comments)
    return (f'<div class="{cls}" id="binh-luan"><div class="comment-title">Ý kiến bạn đọc ({len(a.comments)})</div>'
            f'<form action="#" method="post"><textarea name="content" placeholder="Nhập ý kiến của bạn"></textarea>'
            f'<button type="submit">Gửi ý kiến</button></form>{items}</div>')


def render_bao(net, a, outlet, rel, latest):
    o = outlet["id"]
    cat_name = CATEGORIES[a.cat]
    tstyle = {"honglinh": "dash", "lamhong": "comma", "taydo": "updated"}[o]
    meta_time = "" if o == "lamhong" else f'<meta property="article:published_time" content="{iso(a.time)}">\n'
    img = f"/{o}/data/news/{a.time:%Y/%m}/{a.id}.jpg"
    rel_html = "".join(f'<div class="item"><h3><a href="{b.path}">{esc(b.title)}</a></h3><p class="sapo">{esc(b.sapo)}</p></div>' for b in rel)
    most = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in latest)
    tags = " ".join(f'<a href="/{o}/tags/{fold(t)}/">{esc(t)}</a>' for t in ("chuyển đổi số", a.theme["tag"]))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)} | {esc(outlet['name'])}</title>
<meta name="description" content="{esc(a.sapo)}">
<meta property="og:site_name" content="{esc(outlet['name'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{a.path}">
{meta_time}<link rel="canonical" href="{a.path}">
<link rel="alternate" type="application/rss+xml" title="{esc(outlet['name'])}" href="{feed_path(outlet)}">
<link rel="stylesheet" href="/{o}/templates/css/main.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<div id="top-bar"><div class="container"><span class="today">{WEEKDAYS[a.time.weekday()]}, {a.time:%d/%m/%Y}</span> <a href="{feed_path(outlet)}">RSS</a> <a href="/{o}/lien-he/">Liên hệ quảng cáo</a></div></div>
<div id="main-menu"><div class="container"><ul><li><a href="/{o}/">Trang chủ</a></li>{menu_links(net, outlet)}</ul></div></div>
<div class="qc-top"><a href="/{o}/quang-cao/"><img src="/{o}/data/banner/728x90.gif" width="728" height="90" alt="Quảng cáo"></a></div>
<div class="container page-detail">
  <div class="col-left">
    <div class="box-detail">
      <div class="cat-path"><a href="/{o}/">Trang chủ</a> / <a href="{category_path(outlet, a.cat)}">{cat_name}</a></div>
      <h1 class="detail-title">{esc(a.title)}</h1>
      <div class="detail-info"><span class="author-time">{visible_time(a.time, tstyle)}</span></div>
      <h2 class="sapo">{esc(outlet['lead_tag'] + a.sapo)}</h2>
      <div class="detail-content">
{body_html(a, img, "table")}
      </div>
      <div class="detail-tags"><span>Tags:</span> {tags}</div>
      <div class="detail-share"><a href="https://www.facebook.com/sharer/sharer.php?u=" class="fb">Facebook</a> <a href="https://zalo.me/share" class="zalo">Zalo</a> <a href="#" class="copy-link">Sao chép liên kết</a></div>
      {comments_html(a, "box-comment")}
    </div>
    <div class="box-related"><div class="title-box">Tin cùng chuyên mục</div>{rel_html}</div>
  </div>
  <div class="col-right">
    <div class="box-most-read"><div class="title-box">Đọc nhiều</div><ol>{most}</ol></div>
    <div class="qc-right"><img src="/{o}/data/banner/300x250.jpg" alt="QC"></div>
  </div>
</div>
<div id="footer"><div class="container"><p>{esc(outlet['name'])} - {esc(outlet['slogan'])}</p><p>Địa chỉ: {esc(outlet['address'])}. Giấy phép số 1{a.id % 90 + 10}/GP-BTTTT.</p><p>Ghi rõ nguồn “{esc(outlet['name'])}” khi phát hành lại thông tin từ website này.</p></div></div>
</body>
</html>
"""


def render_nukeviet(net, a, outlet, rel, latest):
    o = outlet["id"]
    img = f"/{o}/uploads/news/{a.time:%Y_%m}/{a.id}.jpg"
    rel_html = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a> <em>({b.time:%d/%m/%Y})</em></li>' for b in rel)
    news = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in latest)
    tags = ", ".join(f'<a title="{esc(t)}" href="/{o}/vi/news/tag/{fold(t)}"><em>{esc(t)}</em></a>' for t in ("chuyển đổi số", a.theme["tag"]))
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<title>{esc(a.title)} - {esc(outlet['name'])}</title>
<meta name="description" content="{esc(a.sapo)}">
<meta name="generator" content="NukeViet v4.5">
<link rel="canonical" href="{a.path}">
<link rel="alternate" type="application/rss+xml" title="Tin tức" href="{feed_path(outlet)}">
<link rel="stylesheet" href="/{o}/themes/default/css/style.css">
<script>var nv_base_siteurl = "/{o}/", nv_lang_data = "vi";</script>
</head>
<body>
<div class="body-bg">
<header class="wraper">
  <div id="header"><div class="logo"><a href="/{o}/"><img src="/{o}/uploads/logo.png" alt="{esc(outlet['name'])}"></a></div>
    <div class="current-time">{WEEKDAYS[a.time.weekday()]}, {a.time:%d/%m/%Y}</div></div>
  <nav class="second-nav" id="menusite"><ul class="site-menu"><li><a href="/{o}/">Trang chủ</a></li><li><a href="/{o}/vi/about/">Giới thiệu</a></li>{menu_links(net, outlet)}<li><a href="/{o}/vi/news/lich-cong-tac/">Lịch công tác</a></li><li><a href="/{o}/vi/laws/">Văn bản</a></li></ul></nav>
</header>
<div class="wraper">
  <div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/{o}/">Trang chủ</a></li><li><a href="{category_path(outlet, a.cat)}">{CATEGORIES[a.cat]}</a></li></ul></div>
  <div class="row">
    <div class="col-md-16">
      <div class="news_column panel panel-default"><div class="panel-body">
        <h1 class="title margin-bottom-lg">{esc(a.title)}</h1>
        <div class="row margin-bottom-lg"><div class="col-md-12"><span class="h-date">{visible_time(a.time, "dash")}</span></div>
          <div class="col-md-12 text-right"><ul class="list-inline"><li><a href="#" title="In ra">In</a></li><li><a href="#" title="Gửi bài viết qua email">Email</a></li></ul></div></div>
        <div class="clearfix"><div class="hometext m-bottom">{esc(a.sapo)}</div></div>
        <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body_html(a, img, "table")}
        </div>
        <div class="news_tags margin-bottom-lg"><strong>Từ khóa:</strong> {tags}</div>
        <div class="socialicon clearfix margin-bottom-lg"><div class="fb-like" data-layout="button_count"></div> Chia sẻ bài viết</div>
      </div></div>
      <div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Tin liên quan</strong></p><ul class="related">{rel_html}</ul></div></div>
    </div>
    <div class="col-md-8">
      <div class="panel panel-default"><div class="panel-heading">Tin mới nhất</div><div class="panel-body"><ul class="list-none">{news}</ul></div></div>
      <div class="panel panel-default"><div class="panel-body"><a href="https://dichvucong.gov.vn"><img src="/{o}/uploads/banner/dvc-quoc-gia.png" alt="Cổng dịch vụ công quốc gia"></a></div></div>
    </div>
  </div>
</div>
<footer id="footer" class="wraper"><div class="copyright">© {esc(outlet['slogan'])}. Địa chỉ: {esc(outlet['address'])}.</div><div>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div></footer>
</div>
</body>
</html>
"""


def render_portal(net, a, outlet, rel, latest):
    o = outlet["id"]
    img = f"https://cdn.{o}.example/{a.time:%Y/%m/%d}/{a.id}.jpg"
    head_time = ""
    if outlet.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
              "datePublished": iso(a.time), "dateModified": iso(a.time),
              "author": {"@type": "Person", "name": a.author or outlet["name"]},
              "publisher": {"@type": "Organization", "name": outlet["name"]}}
        head_time = '<script type="application/ld+json">\n' + json.dumps(ld, ensure_ascii=False, indent=2) + "\n</script>\n"
        shown = f'<span class="the-article-publish">{visible_time(a.time, "dash")}</span>'
    else:
        head_time = f'<meta property="article:published_time" content="{iso(a.time)}">\n'
        shown = f'<time class="the-article-publish" datetime="{iso(a.time)}">{a.time:%d/%m/%Y %H:%M}</time>'
    rel_html = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a><p class="summary">{esc(b.sapo)}</p></li>' for b in rel)
    most = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in latest)
    tags = " ".join(f'<a href="/{o}/tag/{fold(t)}.html">{esc(t)}</a>' for t in ("chuyển đổi số", a.theme["tag"]))
    nav = " ".join(f'<a href="{category_path(outlet, c)}">{n}</a>' for c, n in CATEGORIES.items())
    feed_type = "application/atom+xml" if outlet["feed"] == "atom" else "application/rss+xml"
    comments = ""
    if a.comments:
        items = "".join(f'<div class="comment"><div class="comment-author">{esc(n)}</div><div class="comment-body">{esc(t)}</div></div>' for n, t in a.comments)
        comments = f'<section class="comments" id="comments"><h2>Bình luận ({len(a.comments)})</h2>{items}</section>'
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - {esc(outlet['name'])}</title>
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:site_name" content="{esc(outlet['name'])}">
<meta property="article:section" content="{CATEGORIES[a.cat]}">
<meta property="article:tag" content="chuyển đổi số">
<meta property="article:tag" content="{esc(a.theme['tag'])}">
<link rel="canonical" href="{a.path}">
<link rel="alternate" type="{feed_type}" title="{esc(outlet['name'])}" href="{feed_path(outlet)}">
{head_time}<link rel="stylesheet" href="/{o}/static/css/bootstrap.min.css">
<script>var _ga = []; function loadComments(){{ /* lazy */ }}</script>
</head>
<body class="page-article">
<header class="site-header navbar">
  <a class="logo" href="/{o}/"><img src="/{o}/static/logo.svg" alt="{esc(outlet['name'])}"></a>
  <nav class="main-nav">{nav}</nav>
  <form class="search" action="/{o}/tim-kiem/"><input name="q" placeholder="Tìm kiếm"></form>
</header>
<main class="main container">
  <article class="the-article">
    <div class="the-article-category"><a href="{category_path(outlet, a.cat)}">{CATEGORIES[a.cat]}</a></div>
    <h1 class="the-article-title">{esc(a.title)}</h1>
    <div class="the-article-meta">{shown} <span class="views">{a.id % 1700 + 120} lượt xem</span></div>
    <div class="the-article-sapo">{esc(outlet['lead_tag'] + a.sapo)}</div>
    <div class="the-article-toolbar share-tools"><a href="#" class="btn-share-fb">Chia sẻ</a> <a href="#" class="btn-print">In bài</a> <a href="#" class="font-size">A+</a></div>
    <div class="the-article-body">
{body_html(a, img, "figure")}
    </div>
    <div class="the-article-tags"><span class="label">Từ khóa:</span> {tags}</div>
  </article>
  <section class="related-news"><h2 class="section-title">Tin liên quan</h2><ul>{rel_html}</ul></section>
  {comments}
</main>
<aside class="sidebar"><div class="most-viewed"><h3>Xem nhiều</h3><ol>{most}</ol></div><div class="ads"><img src="/{o}/ads/300x600.jpg" alt=""></div></aside>
<footer class="site-footer"><p>{esc(outlet['name'])} - {esc(outlet['slogan'])}. Địa chỉ: {esc(outlet['address'])}.</p></footer>
</body>
</html>
"""


RENDERERS = {"bao": render_bao, "nukeviet": render_nukeviet, "portal": render_portal}


def listing_page(net, outlet, title, items, page_path, next_path):
    o = outlet["id"]
    lis = "\n".join(
        f'<li class="story"><a class="story-title" href="{a.path}">{esc(a.title)}</a> <span class="time">{a.time:%d/%m/%Y %H:%M}</span><p class="summary">{esc(a.sapo)}</p></li>'
        for a in items)
    nxt = f'<a class="next" href="{next_path}">Trang sau</a>' if next_path else ""
    feed_type = "application/atom+xml" if outlet["feed"] == "atom" else "application/rss+xml"
    cats = "".join(f'<li><a href="{category_path(outlet, c)}">{n}</a></li>' for c, n in CATEGORIES.items())
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)} - {esc(outlet['name'])}</title>
<link rel="alternate" type="{feed_type}" title="{esc(outlet['name'])}" href="{feed_path(outlet)}">
</head>
<body>
<header><a href="/{o}/">{esc(outlet['name'])}</a><ul class="menu">{cats}<li><a href="/{o}/admin/">Quản trị</a></li></ul></header>
<main>
<h1>{esc(title)}</h1>
<ul class="list-news">
{lis}
</ul>
<div class="pagination">{nxt}</div>
</main>
<footer>© 2024 {esc(outlet['name'])} - {esc(outlet['slogan'])}</footer>
</body>
</html>
"""


def write(out, rel_path, text):
    path = os.path.join(out, rel_path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def paged_path(base, n, nukeviet):
    if n == 1:
        return base
    return f"{base}page-{n}/" if nukeviet else f"{base}trang-{n}/"


def write_listings(net, out, outlet, items):
    newest = sorted(items, key=lambda a: a.time, reverse=True)
    nuke = outlet["url_style"] == "nukeviet"
    write(out, f"{outlet['id']}/index.html",
          listing_page(net, outlet, "Tin mới nhất", newest[:PAGE_SIZE], f"/{outlet['id']}/", None))
    for cat, cat_name in CATEGORIES.items():
        in_cat = [a for a in newest if a.cat == cat]
        base = category_path(outlet, cat)
        pages = [in_cat[i:i + PAGE_SIZE] for i in range(0, len(in_cat), PAGE_SIZE)] or [[]]
        for n, page in enumerate(pages, 1):
            path = paged_path(base, n, nuke)
            nxt = paged_path(base, n + 1, nuke) if n < len(pages) else None
            write(out, file_for(path), listing_page(net, outlet, cat_name, page, path, nxt))
    write(out, f"{outlet['id']}/admin/index.html",
          "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Đăng nhập quản trị</title></head>"
          "<body><form method=\"post\"><input name=\"user\"><input name=\"pass\" type=\"password\"></form></body></html>\n")


def write_feed(out, outlet, items):
    newest = sorted(items, key=lambda a: a.time, reverse=True)[:FEED_ITEMS]
    o = outlet["id"]
    if outlet["feed"] == "atom":
        entries = "".join(
            f"  <entry>\n    <title>{esc(a.title)}</title>\n    <link rel=\"alternate\" href=\"{BASE}{a.path}\"/>\n"
            f"    <id>{BASE}{a.path}</id>\n    <published>{iso(a.time)}</published>\n    <updated>{iso(a.time)}</updated>\n"
            f"    <summary>{esc(a.sapo)}</summary>\n  </entry>\n" for a in newest)
        text = (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">\n'
                f"  <title>{esc(outlet['name'])}</title>\n  <link rel=\"self\" href=\"{BASE}{feed_path(outlet)}\"/>\n"
                f"  <link rel=\"alternate\" href=\"{BASE}/{o}/\"/>\n  <id>{BASE}/{o}/</id>\n  <updated>{iso(newest[0].time)}</updated>\n{entries}</feed>\n")
    else:
        entries = "".join(
            f"    <item>\n      <title>{esc(a.title)}</title>\n      <link>{BASE}{a.path}</link>\n"
            f"      <guid isPermaLink=\"true\">{BASE}{a.path}</guid>\n      <pubDate>{rfc822(a.time)}</pubDate>\n"
            f"      <category>{CATEGORIES[a.cat]}</category>\n      <description>{esc(a.sapo)}</description>\n    </item>\n" for a in newest)
        text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n  <channel>\n    <title>{esc(outlet["name"])}</title>\n'
                f"    <link>{BASE}/{o}/</link>\n    <description>{esc(outlet['slogan'])}</description>\n    <language>vi</language>\n"
                f"    <lastBuildDate>{rfc822(newest[0].time)}</lastBuildDate>\n{entries}  </channel>\n</rss>\n")
    write(out, feed_path(outlet).lstrip("/"), text)


def urlset(items):
    urls = "".join(f"  <url>\n    <loc>{BASE}{a.path}</loc>\n    <lastmod>{iso(a.time)}</lastmod>\n  </url>\n" for a in items)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'


def write_sitemaps(out, outlet, items):
    """Returns the sitemap paths to list in robots.txt."""
    o = outlet["id"]
    items = sorted(items, key=lambda a: a.time)
    if outlet["sitemap"] == "index":
        months = sorted({a.time.strftime("%Y-%m") for a in items})
        entries = ""
        for m in months:
            in_month = [a for a in items if a.time.strftime("%Y-%m") == m]
            write(out, f"{o}/sitemaps/{m}.xml", urlset(in_month))
            entries += f"  <sitemap>\n    <loc>{BASE}/{o}/sitemaps/{m}.xml</loc>\n    <lastmod>{iso(in_month[-1].time)}</lastmod>\n  </sitemap>\n"
        write(out, f"{o}/sitemap.xml",
              f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</sitemapindex>\n')
        return [f"/{o}/sitemap.xml"]
    if outlet["sitemap"] == "news":
        urls = "".join(
            f"  <url>\n    <loc>{BASE}{a.path}</loc>\n    <news:news>\n      <news:publication>\n"
            f"        <news:name>{esc(outlet['name'])}</news:name>\n        <news:language>vi</news:language>\n"
            f"      </news:publication>\n      <news:publication_date>{iso(a.time)}</news:publication_date>\n"
            f"      <news:title>{esc(a.title)}</news:title>\n    </news:news>\n  </url>\n" for a in items)
        write(out, f"{o}/sitemap-news.xml",
              '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\n'
              f'        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n{urls}</urlset>\n')
        return [f"/{o}/sitemap-news.xml"]
    write(out, f"{o}/sitemap.xml", urlset(items))
    return [f"/{o}/sitemap.xml"]


def write_root(net, out, sitemaps):
    robots = ["# One robots.txt for the whole demo network (corpus/demo, generated by scripts/gen-demo-site.py).",
              "User-agent: *", "Disallow: /*/admin/", "Disallow: /xulang/vi/news/lich-cong-tac/",
              "Disallow: /*/tim-kiem/", "Crawl-delay: 0.2", ""]
    robots += [f"Sitemap: {BASE}{s}" for s in sitemaps]
    write(out, "robots.txt", "\n".join(robots) + "\n")
    lis = "\n".join(f'<li><a href="/{o["id"]}/">{esc(o["name"])}</a> - {esc(o["slogan"])}</li>' for o in net.outlets.values())
    write(out, "index.html", f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Mạng tin chuyển đổi số (demo dxnews)</title></head>
<body>
<h1>Mạng tin chuyển đổi số</h1>
<p>Các trang tin dưới đây do dxnews tự viết để trình diễn; mọi tên người, tên báo, số văn bản địa phương đều là hư cấu.</p>
<ul>
{lis}
</ul>
</body>
</html>
""")
    # A section robots.txt forbids: a crawler that obeys it never sees this page.
    write(out, "xulang/vi/news/lich-cong-tac/index.html",
          "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Lịch công tác tuần</title></head>"
          "<body><h1>Lịch công tác tuần của lãnh đạo UBND tỉnh</h1><p>Thứ Hai: họp giao ban.</p></body></html>\n")


# ----------------------------------------------------------------------------------------------
# Facts


def iso_week(t):
    y, w, _ = t.isocalendar()
    return f"{y}-W{w:02d}"


def facts(net, articles):
    provinces_toml = load_provinces()
    new_of = {p["id"]: p["new_unit"] for p in provinces_toml["old"]}
    new_names = {p["id"]: p["name"] for p in provinces_toml["new"]}
    covered_old = sorted({a.province for a in articles if a.province})
    covered_new = sorted({new_of[p] for p in covered_old})
    clusters = []
    for c in net.clusters:
        members = [a for a in articles if a.cluster == c["id"]]
        clusters.append({
            "id": c["id"], "title": c["title"], "original_outlet": c["outlet"],
            "outlets": [a.outlet for a in members], "outlet_count": len({a.outlet for a in members}),
            "weeks": sorted({iso_week(a.time) for a in members}),
            "articles": [{"outlet": a.outlet, "url": a.path, "title": a.title, "published": iso(a.time),
                          "original": a.original} for a in members],
        })
    clusters.sort(key=lambda c: (-c["outlet_count"], c["id"]))
    officials = []
    for o in net.officials.values():
        arts = [a for a in articles if o.id in a.officials]
        if arts:
            officials.append({"name": o.name, "title": o.title, "province": o.province or None,
                              "article_count": len(arts), "urls": [a.path for a in arts]})
    officials.sort(key=lambda o: (-o["article_count"], o["name"]))
    documents = []
    for d in net.documents.values():
        arts = [a for a in articles if d["id"] in a.documents]
        if arts:
            documents.append({"number": d["number"], "short": d["short"], "national": d.get("national", False),
                              "article_count": len(arts), "urls": [a.path for a in arts]})
    documents.sort(key=lambda d: (-d["article_count"], d["number"]))
    weeks = {}
    for a in articles:
        weeks.setdefault(iso_week(a.time), 0)
        weeks[iso_week(a.time)] += 1
    outlets = []
    for o in net.outlets.values():
        mine = [a for a in articles if a.outlet == o["id"]]
        outlets.append({"id": o["id"], "name": o["name"], "province": o["province"] or None, "layout": o["layout"],
                        "home": f"/{o['id']}/", "feed": feed_path(o), "feed_format": o["feed"],
                        "sitemap": {"plain": f"/{o['id']}/sitemap.xml", "index": f"/{o['id']}/sitemap.xml",
                                    "news": f"/{o['id']}/sitemap-news.xml"}[o["sitemap"]],
                        "sitemap_kind": o["sitemap"], "articles": len(mine),
                        "reprints": sum(1 for a in mine if not a.original)})
    return {
        "generator": "scripts/gen-demo-site.py", "seed": SEED,
        "period": {"first": FIRST_DAY.isoformat(), "last": LAST_DAY.isoformat()},
        "article_count": len(articles), "original_count": sum(a.original for a in articles),
        "outlets": outlets, "weeks": weeks,
        "top_story": {"cluster": clusters[0]["id"], "week": clusters[0]["weeks"][0],
                      "outlet_count": clusters[0]["outlet_count"], "title": clusters[0]["title"]},
        "clusters": clusters,
        "known_official": next(o for o in officials if o["name"] == "Phạm Minh Khôi"),
        "known_document": next(d for d in documents if d["number"] == "87/KH-UBND"),
        "officials": officials, "documents": documents,
        "provinces_covered": covered_old,
        "provinces_covered_after_2025": covered_new,
        "provinces_without_coverage_after_2025": sorted(set(new_names) - set(covered_new)),
        "provinces_without_coverage_names": [new_names[p] for p in sorted(set(new_names) - set(covered_new))],
        "robots": {"disallowed_examples": ["/honglinh/admin/", "/xulang/vi/news/lich-cong-tac/"], "crawl_delay": 0.2},
        "articles": [{"url": a.path, "outlet": a.outlet, "title": a.title, "published": iso(a.time),
                      "province": a.province or None, "theme": a.theme["id"], "cluster": a.cluster,
                      "original": a.original, "author": a.author, "credit": a.credit} for a in articles],
    }


def load_provinces():
    with open(os.path.join(ROOT, "corpus", "provinces.toml"), "rb") as f:
        return tomllib.load(f)


def facts_md(f):
    lines = ["# corpus/demo: facts for the demo and its end-to-end test", "",
             "GENERATED by scripts/gen-demo-site.py (do not edit; facts.json has the same in machine form).",
             "Everything in the demo network is invented: outlets, people, local document numbers, companies.",
             "Real: place names and the national documents (749/QĐ-TTg, 505/QĐ-TTg, 06/QĐ-TTg, 411/QĐ-TTg, 942/QĐ-TTg).", "",
             f"- {f['article_count']} article pages ({f['original_count']} originals, {f['article_count'] - f['original_count']} reprints), "
             f"{f['period']['first']} .. {f['period']['last']}, {len(f['weeks'])} ISO weeks.",
             f"- Top story: cluster `{f['top_story']['cluster']}` \"{f['top_story']['title']}\", "
             f"{f['top_story']['outlet_count']} outlets, week {f['top_story']['week']}.",
             f"- Known official: {f['known_official']['name']}, {f['known_official']['title']} "
             f"({f['known_official']['article_count']} articles).",
             f"- Known local document: {f['known_document']['number']} ({f['known_document']['article_count']} articles).",
             f"- Provinces covered (pre-2025 ids): {', '.join(f['provinces_covered'])}; "
             f"after the 2025 merger: {', '.join(f['provinces_covered_after_2025'])}.",
             f"- Provinces with no coverage (post-2025, {len(f['provinces_without_coverage_after_2025'])}): "
             f"{', '.join(f['provinces_without_coverage_names'])}.", "",
             "## Outlets", "", "| id | name | province | layout | feed | sitemap | articles (reprints) |", "|---|---|---|---|---|---|---|"]
    for o in f["outlets"]:
        lines.append(f"| {o['id']} | {o['name']} | {o['province'] or 'national'} | {o['layout']} | {o['feed']} ({o['feed_format']}) | "
                     f"{o['sitemap']} ({o['sitemap_kind']}) | {o['articles']} ({o['reprints']}) |")
    lines += ["", "## Reprint clusters", ""]
    for c in f["clusters"]:
        lines.append(f"- `{c['id']}` ({c['outlet_count']} outlets, {', '.join(c['weeks'])}): {c['title']}")
        for a in c["articles"]:
            lines.append(f"  - {a['outlet']}{' (original)' if a['original'] else ''}: `{a['url']}`")
    lines += ["", "## Officials (articles naming them)", ""]
    lines += [f"- {o['name']}, {o['title']}: {o['article_count']}" for o in f["officials"]]
    lines += ["", "## Documents (articles citing them)", ""]
    lines += [f"- {d['number']} ({d['short']}): {d['article_count']}" for d in f["documents"]]
    lines += ["", "## Articles per ISO week", ""]
    lines += [f"- {w}: {n}" for w, n in sorted(f["weeks"].items())]
    lines += ["", "## Site", "",
              "- `/robots.txt`: `Disallow: /*/admin/`, `Disallow: /xulang/vi/news/lich-cong-tac/`, `Disallow: /*/tim-kiem/`, "
              "`Crawl-delay: 0.2`, one `Sitemap:` line per outlet.",
              "- Feeds, sitemaps and robots.txt write absolute URLs as `{{BASE}}/...`; the server substitutes its base URL.",
              "- Article pages use root-relative links only, so they extract the same wherever they are served.", ""]
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------------


def generate(out):
    net = Network()
    articles = plan(net)
    by_outlet = {}
    for a in articles:
        by_outlet.setdefault(a.outlet, []).append(a)
    sitemaps = []
    for oid, outlet in net.outlets.items():
        items = by_outlet[oid]
        for a in items:
            rel = related(net, a, by_outlet)
            latest = [b for b in items if b.time < a.time][-5:][::-1]
            write(out, file_for(a.path), RENDERERS[outlet["layout"]](net, a, outlet, rel, latest))
        write_listings(net, out, outlet, items)
        write_feed(out, outlet, items)
        sitemaps += write_sitemaps(out, outlet, items)
    write_root(net, out, sitemaps)
    f = facts(net, articles)
    write(out, "facts.json", json.dumps(f, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    write(out, "FACTS.md", facts_md(f))
    return f


def diff_trees(a, b):
    cmp = filecmp.dircmp(a, b)
    problems = [f"only in {cmp.left}: {n}" for n in cmp.left_only] + [f"only in {cmp.right}: {n}" for n in cmp.right_only]
    problems += [f"differs: {os.path.join(cmp.left, n)}" for n in cmp.diff_files]
    for sub in cmp.common_dirs:
        problems += diff_trees(os.path.join(a, sub), os.path.join(b, sub))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(ROOT, "corpus", "demo"))
    parser.add_argument("--check", action="store_true", help="regenerate into a temporary directory and compare with --out")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            generate(tmp)
            if not os.path.isdir(args.out):
                print(f"gen-demo-site: {args.out} does not exist", file=sys.stderr)
                return 1
            problems = diff_trees(tmp, args.out)
            for p in problems[:20]:
                print(f"gen-demo-site: {p}", file=sys.stderr)
            if problems:
                print("gen-demo-site: corpus/demo is out of date; run scripts/gen-demo-site.py", file=sys.stderr)
                return 1
            return 0
    if os.path.isdir(args.out):
        shutil.rmtree(args.out)
    f = generate(args.out)
    print(f"gen-demo-site: {f['article_count']} articles, {len(f['outlets'])} outlets, {len(f['clusters'])} reprint clusters -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
