#include "boilerplate.h"

#include <algorithm>
#include <array>

#include "ascii.h"

namespace dxnews::crawler {
namespace {

// Substrings of class/id names. Vietnamese CMSs: "tin-lien-quan", "binh-luan", "quang-cao" ...
constexpr std::array<std::string_view, 25> kPositive = {
    "article", "content", "detail", "body",     "entry",     "main",     "post",     "story",    "text",
    "sapo",    "fck_",    "noidung", "noi-dung", "chitiet",  "chi-tiet", "news-",    "blog",     "page-",
    "single",  "column",  "baiviet", "bai-viet", "cms-body", "maincontent", "td-post"};
constexpr std::array<std::string_view, 49> kNegative = {
    "comment",  "related",   "relate",    "share",     "social",   "footer",   "menu",     "sidebar",
    "banner",   "breadcrumb", "combx",    "community", "disqus",   "extra",    "header",   "masthead",
    "nav",      "pagination", "pager",    "popup",     "remark",   "replies",  "rss",      "shoutbox",
    "sponsor",  "skyscraper", "advert",   "promo",     "newsletter", "subscribe", "tags",
    "lienquan", "lien-quan",  "lien_quan", "binhluan", "binh-luan", "quangcao", "quang-cao", "xemthem",
    "xem-them", "tinkhac",   "tin-khac",  "print",     "toolbar",  "cookie",   "modal",    "login",
    "most-read", "docnhieu"};
// Whole class/id words (between non-alphanumerics) that mark ads.
constexpr std::array<std::string_view, 5> kNegativeWords = {"ad", "ads", "adv", "qc", "tag"};
constexpr std::array<std::string_view, 11> kSkippedTags = {"script", "style",  "noscript", "template",
                                                           "nav",    "footer", "aside",    "iframe",
                                                           "svg",    "button", "select"};
// A boilerplate-named element holding more than this share of the page text is a page wrapper
// ("header-style-2 wrapper-boxed"), not a box to drop.
constexpr double kMaxBoilerplateShare = 0.5;
constexpr std::array<std::string_view, 30> kBlockTags = {
    "p",   "div",   "section", "article",    "main",    "h1",   "h2",     "h3",   "h4",       "h5",
    "h6",  "li",    "ul",      "ol",         "dl",      "dt",   "dd",     "blockquote", "pre", "table",
    "tr",  "td",    "th",      "figure",     "figcaption", "header", "address", "center", "hr", "br"};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

template <size_t N>
bool AnySubstring(std::string_view names, const std::array<std::string_view, N>& list) {
  for (std::string_view word : list) {
    if (names.find(word) != std::string_view::npos) return true;
  }
  return false;
}

bool AnyWord(std::string_view names) {
  size_t start = 0;
  while (start < names.size()) {
    size_t end = start;
    while (end < names.size() && std::isalnum(static_cast<unsigned char>(names[end]))) ++end;
    if (end > start && Contains(kNegativeWords, names.substr(start, end - start))) return true;
    start = end + 1;
  }
  return false;
}

bool IsHidden(const HtmlTree& tree, int index) {
  const HtmlNode& node = tree.nodes[static_cast<size_t>(index)];
  for (const auto& [key, value] : node.attributes) {
    if (key == "hidden") return true;
    if (key == "aria-hidden" && value == "true") return true;
    if (key == "style") {
      std::string style = AsciiToLower(value);
      style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
      if (style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos)
        return true;
    }
  }
  return false;
}

bool IsBoilerplateElement(const HtmlTree& tree, int index, const std::map<std::string, std::string>& hints,
                          bool use_names) {
  const HtmlNode& node = tree.nodes[static_cast<size_t>(index)];
  if (Contains(kSkippedTags, node.tag) || IsHidden(tree, index)) return true;
  if (node.tag == "html" || node.tag == "body" || node.tag == "main" || node.tag == "a") return false;
  const std::string names = ClassAndId(tree, index);
  if (names.empty()) return false;
  const auto remove = hints.find("remove");
  if (remove != hints.end() && MatchesAnyName(names, remove->second)) return true;
  const auto content = hints.find("content");
  if (content != hints.end() && MatchesAnyName(names, content->second)) return false;
  return use_names && ClassWeight(names) < 0;
}

}  // namespace

std::string ClassAndId(const HtmlTree& tree, int index) {
  std::string names = AsciiToLower(tree.Attribute(index, "class"));
  const std::string_view id = tree.Attribute(index, "id");
  if (!id.empty()) names += " " + AsciiToLower(id);
  return names;
}

bool MatchesAnyName(std::string_view names, std::string_view words) {
  size_t start = 0;
  while (start < words.size()) {
    size_t end = words.find(' ', start);
    if (end == std::string_view::npos) end = words.size();
    const std::string word = AsciiToLower(words.substr(start, end - start));
    if (!word.empty() && names.find(word) != std::string_view::npos) return true;
    start = end + 1;
  }
  return false;
}

int ClassWeight(std::string_view names) {
  const bool positive = AnySubstring(names, kPositive);
  const bool negative = AnySubstring(names, kNegative) || AnyWord(names);
  if (positive == negative) return 0;
  return positive ? 25 : -25;
}

bool IsBlockTag(std::string_view tag) { return Contains(kBlockTags, tag); }

bool IsHeadingTag(std::string_view tag) { return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'; }

std::vector<char> MarkBoilerplate(const HtmlTree& tree, const std::map<std::string, std::string>& hints,
                                  bool use_names) {
  std::vector<char> skipped(tree.nodes.size(), 0);
  const std::vector<size_t> text_bytes = SubtreeTextBytes(tree);
  const double page_bytes = static_cast<double>(text_bytes[0]);
  // Document order: a parent is always decided before its children.
  for (size_t i = 1; i < tree.nodes.size(); ++i) {
    const HtmlNode& node = tree.nodes[i];
    if (node.parent >= 0 && skipped[static_cast<size_t>(node.parent)]) {
      skipped[i] = 1;
    } else if (!node.is_text) {
      const bool wraps_page = static_cast<double>(text_bytes[i]) > kMaxBoilerplateShare * page_bytes;
      skipped[i] = IsBoilerplateElement(tree, static_cast<int>(i), hints, use_names && !wraps_page) ? 1 : 0;
    }
  }
  return skipped;
}

}  // namespace dxnews::crawler
