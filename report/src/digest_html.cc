// The digest as one HTML file: inline CSS (a single column that widens on a desktop, print rules
// for A4) and inline SVG charts; no script and no external resource, so it can be mailed or
// archived as is.
#include <cstdio>

#include "dxnews/report/digest_format.h"
#include "dxnews/report/svg_chart.h"
#include "html_escape.h"

namespace dxnews::report {
namespace {

using internal::HtmlEscape;

constexpr std::size_t kStoriesWithSummary = 5;

constexpr const char* kStyle = R"css(
:root{--ink:#1b1f24;--muted:#5b6470;--line:#e3e6ea;--accent:#0072B2;--up:#0a7d32;--down:#b3261e}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:#f6f7f9}
main{max-width:960px;margin:0 auto;padding:16px;background:#fff}
header{border-bottom:3px solid var(--accent);margin-bottom:16px}
h1{font-size:1.5rem;margin:.2em 0}
h2{font-size:1.15rem;margin:1.6em 0 .5em;padding-bottom:.2em;border-bottom:1px solid var(--line)}
.muted{color:var(--muted);font-size:.9rem}
.cards{display:grid;grid-template-columns:repeat(3,1fr);gap:12px}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.card b{display:block;font-size:1.8rem;line-height:1.2}
.up{color:var(--up)}.down{color:var(--down)}
ol.stories{padding-left:1.3em}
ol.stories li{margin-bottom:1em}
.story-title{font-weight:600}
.copies a{white-space:nowrap}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;padding:4px 6px;border-bottom:1px solid var(--line);vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.chips span{display:inline-block;border:1px solid var(--line);border-radius:12px;padding:1px 9px;margin:2px;font-size:.9rem}
a{color:var(--accent)}
svg{max-width:100%;height:auto}
@media (max-width:600px){.cards{gap:6px}.card{padding:6px 8px}.card b{font-size:1.4rem}.card .muted{font-size:.75rem}
main{padding:10px}body{font-size:15px}}
@media print{body{background:#fff}main{max-width:none;padding:0}a{color:inherit;text-decoration:none}
h2{break-after:avoid}li,tr,svg{break-inside:avoid}@page{size:A4;margin:15mm}}
)css";

std::string DayMonth(const CivilDate& d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02d/%02d", d.day, d.month);
  return buffer;
}

std::string Percent(double share) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.0f%%", share * 100);
  return buffer;
}

std::string ChangeSpan(std::int64_t current, std::int64_t previous) {
  const char* cls = current > previous ? "up" : current < previous ? "down" : "muted";
  return std::string("<span class=\"") + cls + "\">" + Change(current, previous) + "</span>";
}

std::string Card(const char* name, const Figure& f) {
  return std::string("<div class=\"card\"><span class=\"muted\">") + name + "</span><b>" + std::to_string(f.current) +
         "</b>" + ChangeSpan(f.current, f.previous) + " <span class=\"muted\">so với kỳ trước (" +
         std::to_string(f.previous) + ")</span></div>";
}

std::string Link(const std::string& url, const std::string& text) {
  return "<a href=\"" + HtmlEscape(url) + "\">" + HtmlEscape(text) + "</a>";
}

}  // namespace

std::string DigestToHtml(const Digest& d) {
  std::string title = "Điểm báo chuyển đổi số — " + PeriodLabel(d.period);
  std::string h = "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" +
                  HtmlEscape(title) + "</title><style>" + kStyle + "</style></head><body><main>";
  h += "<header><h1>" + HtmlEscape(title) + "</h1><p class=\"muted\">Kỳ trước: " + PeriodLabel(d.previous_period) +
       (d.filter.empty() ? "" : " · " + HtmlEscape(d.filter)) + "</p></header>";
  h += "<section class=\"cards\">" + Card("Bài viết", d.articles) + Card("Cơ quan báo chí", d.outlets) +
       Card("Tỉnh, thành có tin", d.provinces) + "</section>";

  std::vector<std::string> days;
  LineSeries per_day{"Bài viết", {}};
  for (const DayCount& day : d.daily) {
    days.push_back(DayMonth(day.day));
    per_day.values.push_back(static_cast<double>(day.articles));
  }
  h += "<h2>Số bài theo ngày</h2>" + LineChartSvg("Số bài theo ngày", days, {per_day}, 720, 220);

  h += "<h2>Tin nổi bật</h2>";
  if (d.top_stories.empty()) h += "<p>Không có bài nào trong kỳ.</p>";
  h += "<ol class=\"stories\">";
  for (std::size_t i = 0; i < d.top_stories.size(); ++i) {
    const TopStory& s = d.top_stories[i];
    h += "<li><div class=\"story-title\">" + Link(s.copies.front().url, s.title) + "</div><div class=\"muted\">" +
         DayMonth(s.day) + " · " + std::to_string(s.outlets) + " cơ quan báo chí</div>";
    // The summary of the first stories only, so that themes and officials come into view soon.
    if (!s.summary.empty() && i < kStoriesWithSummary) h += "<p>" + HtmlEscape(s.summary) + "</p>";
    h += "<div class=\"copies\">";
    for (size_t c = 0; c < s.copies.size(); ++c) {
      h += (c ? " · " : "") + Link(s.copies[c].url, s.copies[c].source_name);
    }
    h += "</div></li>";
  }
  h += "</ol>";

  h += "<h2>Chủ đề</h2>";
  std::vector<Bar> theme_bars;
  for (const ThemeShare& t : d.themes) {
    theme_bars.push_back({t.label, static_cast<double>(t.articles),
                          "· " + Percent(t.share) + " (" + Change(t.articles, t.previous_articles) + ")"});
  }
  h += theme_bars.empty() ? "<p>Chưa có bài được phân loại.</p>" : BarChartSvg("Bài theo chủ đề", theme_bars);

  h += "<h2>Từ khóa nổi lên</h2><p class=\"chips\">";
  if (d.rising_terms.empty()) h += "Không có từ nào tăng rõ rệt so với các tuần trước.";
  for (const RisingTerm& r : d.rising_terms) {
    h += "<span title=\"G² " + std::to_string(static_cast<int>(r.g2)) + "\">" + HtmlEscape(r.term) + " · " +
         std::to_string(r.count) + "</span>";
  }
  h += "</p><p class=\"muted\">Kiểm định log-likelihood (G²) so với các tuần trước, p &lt; 0,001.</p>";

  h += "<h2>Lãnh đạo được nhắc đến nhiều</h2><table><tr><th>Họ tên</th><th>Chức vụ</th><th class=\"n\">Bài</th>"
       "<th>Ví dụ</th></tr>";
  for (const OfficialListing& o : d.officials) {
    h += "<tr><td>" + HtmlEscape(o.name) + "</td><td>" + HtmlEscape(o.titles.empty() ? "" : o.titles.front()) +
         "</td><td class=\"n\">" + std::to_string(o.articles) + "</td><td>" +
         Link(o.refs.front().url, o.refs.front().source_name) + "</td></tr>";
  }
  h += "</table>";

  h += "<h2>Sự kiện</h2><table><tr><th>Ngày</th><th>Sự kiện</th><th>Nơi</th><th>Thành phần</th></tr>";
  for (const EventListing& e : d.events) {
    std::string who;
    for (const std::string& p : e.participants) who += (who.empty() ? "" : ", ") + p;
    h += "<tr><td>" + DayMonth(e.day) + "</td><td>" + Link(e.refs.front().url, e.name.empty() ? e.type : e.name) +
         "</td><td>" + HtmlEscape(e.place) + "</td><td>" + HtmlEscape(who) + "</td></tr>";
  }
  h += "</table>";

  h += "<h2>Văn bản được dẫn</h2><table><tr><th>Số hiệu</th><th>Loại</th><th class=\"n\">Bài</th></tr>";
  for (const DocumentListing& doc : d.documents) {
    h += "<tr><td>" + HtmlEscape(doc.number) + "</td><td>" + HtmlEscape(doc.type) + "</td><td class=\"n\">" +
         std::to_string(doc.articles) + "</td></tr>";
  }
  h += "</table>";

  h += "<h2>Địa phương</h2>";
  std::vector<Bar> province_bars;
  for (const ProvinceCoverage& p : d.provinces_covered) {
    if (p.articles.current > 0) {
      province_bars.push_back({p.name, static_cast<double>(p.articles.current),
                               "(" + Change(p.articles.current, p.articles.previous) + ")"});
    }
  }
  if (!province_bars.empty()) h += BarChartSvg("Bài theo tỉnh, thành", province_bars);
  h += "<table><tr><th>Tỉnh, thành (từ 1/7/2025)</th><th>Gồm cả (trước sáp nhập)</th><th class=\"n\">Bài</th>"
       "<th class=\"n\">Kỳ trước</th></tr>";
  for (const ProvinceCoverage& p : d.provinces_covered) {
    std::string former;
    for (const std::string& f : p.former_names) former += (former.empty() ? "" : ", ") + f;
    h += "<tr><td>" + HtmlEscape(p.name) + "</td><td>" + HtmlEscape(former) + "</td><td class=\"n\">" +
         std::to_string(p.articles.current) + "</td><td class=\"n\">" + std::to_string(p.articles.previous) +
         "</td></tr>";
  }
  h += "</table><p><b>Không có bài về chuyển đổi số:</b> ";
  for (size_t i = 0; i < d.provinces_without_coverage.size(); ++i) {
    h += (i ? ", " : "") + HtmlEscape(d.provinces_without_coverage[i]);
  }
  if (d.provinces_without_coverage.empty()) h += "—";
  h += ".</p><footer class=\"muted\"><p>Tạo bởi dxnews.</p></footer></main></body></html>\n";
  return h;
}

}  // namespace dxnews::report
