#include <cstdio>

#include "dxnews/report/digest_format.h"

namespace dxnews::report {
namespace {

std::string Percent(double share) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.0f%%", share * 100);
  return buffer;
}

std::string DayMonth(const CivilDate& d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02d/%02d", d.day, d.month);
  return buffer;
}

// Markdown treats | [ ] * _ specially; titles from the web may contain any of them.
std::string Md(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|' || c == '[' || c == ']' || c == '*' || c == '_' || c == '`') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

std::string Join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

}  // namespace

std::string DigestToMarkdown(const Digest& d) {
  std::string md = "# Điểm báo chuyển đổi số — " + PeriodLabel(d.period) + "\n\n";
  if (!d.filter.empty()) md += "_" + Md(d.filter) + "_\n\n";
  md += "| | kỳ này | kỳ trước | thay đổi |\n|---|---:|---:|---:|\n";
  auto row = [&](const char* name, const Figure& f) {
    md += std::string("| ") + name + " | " + std::to_string(f.current) + " | " + std::to_string(f.previous) + " | " +
          Change(f.current, f.previous) + " |\n";
  };
  row("Bài viết", d.articles);
  row("Cơ quan báo chí", d.outlets);
  row("Tỉnh, thành", d.provinces);

  md += "\n## Tin nổi bật\n\n";
  if (d.top_stories.empty()) md += "Không có bài nào trong kỳ.\n";
  for (size_t i = 0; i < d.top_stories.size(); ++i) {
    const TopStory& s = d.top_stories[i];
    md += std::to_string(i + 1) + ". **" + Md(s.title) + "** (" + DayMonth(s.day) + ", " + std::to_string(s.outlets) +
          " cơ quan báo chí)\n";
    if (!s.summary.empty()) md += "   " + Md(s.summary) + "\n";
    std::vector<std::string> links;
    for (const ArticleRef& c : s.copies) links.push_back("[" + Md(c.source_name) + "](" + c.url + ")");
    md += "   " + Join(links, " · ") + "\n";
  }

  md += "\n## Chủ đề\n\n| chủ đề | bài | tỷ lệ | kỳ trước |\n|---|---:|---:|---:|\n";
  for (const ThemeShare& t : d.themes) {
    md += "| " + Md(t.label) + " | " + std::to_string(t.articles) + " | " + Percent(t.share) + " | " +
          Percent(t.previous_share) + " |\n";
  }
  md += "\n## Từ khóa nổi lên\n\n";
  if (d.rising_terms.empty()) md += "Không có từ nào tăng rõ rệt.\n";
  for (const RisingTerm& r : d.rising_terms) {
    char g2[32];
    std::snprintf(g2, sizeof g2, "%.1f", r.g2);
    md += "- " + Md(r.term) + " — " + std::to_string(r.count) + " bài (G² " + g2 + ")\n";
  }
  md += "\n## Lãnh đạo được nhắc đến nhiều\n\n";
  for (const OfficialListing& o : d.officials) {
    md += "- **" + Md(o.name) + "**" + (o.titles.empty() ? "" : ", " + Md(o.titles.front())) + " — " +
          std::to_string(o.articles) + " bài ([ví dụ](" + o.refs.front().url + "))\n";
  }
  md += "\n## Sự kiện\n\n";
  for (const EventListing& e : d.events) {
    md += "- " + DayMonth(e.day) + ": " + Md(e.name.empty() ? e.type : e.name) +
          (e.place.empty() ? "" : " (" + Md(e.place) + ")") +
          (e.participants.empty() ? "" : " — " + Md(Join(e.participants, ", "))) + " [nguồn](" + e.refs.front().url + ")\n";
  }
  md += "\n## Văn bản được dẫn\n\n";
  for (const DocumentListing& doc : d.documents) {
    md += "- " + Md(doc.type.empty() ? doc.number : doc.type + " " + doc.number) + " — " +
          std::to_string(doc.articles) + " bài\n";
  }
  md += "\n## Địa phương\n\n| tỉnh, thành (từ 1/7/2025) | gồm cả | bài | kỳ trước |\n|---|---|---:|---:|\n";
  for (const ProvinceCoverage& p : d.provinces_covered) {
    md += "| " + Md(p.name) + " | " + Md(Join(p.former_names, ", ")) + " | " + std::to_string(p.articles.current) +
          " | " + std::to_string(p.articles.previous) + " |\n";
  }
  md += "\nKhông có bài: " + (d.provinces_without_coverage.empty() ? std::string("—")
                                                                    : Md(Join(d.provinces_without_coverage, ", "))) +
        ".\n";
  return md;
}

}  // namespace dxnews::report
