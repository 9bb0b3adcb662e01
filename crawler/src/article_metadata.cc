#include "article_metadata.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "ascii.h"
#include "boilerplate.h"

namespace dxnews::crawler {
namespace {

constexpr size_t kMaxDateElementBytes = 120;

void ReadMeta(const HtmlTree& tree, int index, PageMetadata* page) {
  std::string key(tree.Attribute(index, "property"));
  if (key.empty()) key = std::string(tree.Attribute(index, "name"));
  if (key.empty()) key = std::string(tree.Attribute(index, "itemprop"));
  std::string_view content = tree.Attribute(index, "content");
  if (content.empty()) content = tree.Attribute(index, "datetime");
  if (key.empty() || content.empty()) return;
  key = AsciiToLower(key);
  if (key == "article:tag") page->meta_tags.push_back(CollapseWhitespace(content));
  page->meta.emplace(key, CollapseWhitespace(content));
}

bool NamesOneOf(std::string_view names, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return names.find(w) != std::string_view::npos; });
}

bool InTagBox(const HtmlTree& tree, int index) {
  for (int i = tree.nodes[static_cast<size_t>(index)].parent, level = 0; i > 0 && level < 4;
       i = tree.nodes[static_cast<size_t>(i)].parent, ++level) {
    const std::string names = ClassAndId(tree, i);
    if (NamesOneOf(names, {"tag", "keyword", "tu-khoa", "tukhoa"}) && !NamesOneOf(names, {"stage", "hashtag-trend"}))
      return true;
  }
  return false;
}

void ReadElement(const HtmlTree& tree, int index, bool skipped, PageMetadata* page) {
  const HtmlNode& node = tree.nodes[static_cast<size_t>(index)];
  if (node.tag == "meta") {
    ReadMeta(tree, index, page);
  } else if (node.tag == "link" && EqualsIgnoreAsciiCase(tree.Attribute(index, "rel"), "canonical")) {
    if (page->canonical.empty()) page->canonical = std::string(tree.Attribute(index, "href"));
  } else if (node.tag == "title" && page->title_tag.empty()) {
    page->title_tag = CollapseWhitespace(tree.RawText(index));
  } else if (node.tag == "script" && tree.Attribute(index, "type").find("ld+json") != std::string_view::npos) {
    page->json_ld += tree.RawText(index);
  } else if (node.tag == "a" && (tree.Attribute(index, "rel") == "tag" || InTagBox(tree, index))) {
    const std::string text = tree.VisibleText(index);
    if (!text.empty() && text.size() < 80) page->tag_links.push_back(text);
  } else if (skipped) {
    return;
  } else if (node.tag == "h1" && page->h1.empty()) {
    page->h1 = tree.VisibleText(index);
    page->h1_node = index;
  } else if (node.tag == "time" && !tree.Attribute(index, "datetime").empty()) {
    page->time_elements.push_back(index);
  }
}

// Raw text bytes above which an element cannot be a byline or a date line (whitespace included).
constexpr size_t kMaxNamedElementRawBytes = 4 * kMaxDateElementBytes;

void ReadNamedElement(const HtmlTree& tree, int index, size_t text_bytes, PageMetadata* page) {
  if (text_bytes == 0 || text_bytes > kMaxNamedElementRawBytes) return;  // keeps the pass linear
  const std::string names = ClassAndId(tree, index);
  if (names.empty()) return;
  if (NamesOneOf(names, {"author", "byline", "tac-gia", "tacgia", "writer"})) {
    std::string text = tree.VisibleText(index);
    if (!text.empty() && text.size() < 60) page->author_elements.push_back(std::move(text));
  }
  if (NamesOneOf(names, {"date", "time", "publish", "ngay-dang", "ngaydang", "thoigian", "thoi-gian", "post-meta"})) {
    const std::string text = tree.VisibleText(index);
    if (!text.empty() && text.size() <= kMaxDateElementBytes) page->date_elements.push_back(index);
  }
}

}  // namespace

PageMetadata ReadPageMetadata(const HtmlTree& tree, const std::vector<char>& skipped) {
  PageMetadata page;
  const std::vector<size_t> text_bytes = SubtreeTextBytes(tree);
  for (size_t i = 1; i < tree.nodes.size(); ++i) {
    if (tree.nodes[i].is_text) continue;
    const int index = static_cast<int>(i);
    ReadElement(tree, index, skipped[i] != 0, &page);
    if (!skipped[i]) ReadNamedElement(tree, index, text_bytes[i], &page);
  }
  return page;
}

std::string JsonLdField(std::string_view json, std::string_view key) {
  const std::string quoted = "\"" + std::string(key) + "\"";
  size_t pos = json.find(quoted);
  if (pos == std::string_view::npos) return "";
  pos += quoted.size();
  while (pos < json.size() && (IsAsciiSpace(json[pos]) || json[pos] == ':' || json[pos] == '[')) ++pos;
  if (pos < json.size() && json[pos] == '{') return JsonLdField(json.substr(pos), "name");
  if (pos >= json.size() || json[pos] != '"') return "";
  std::string value;
  for (++pos; pos < json.size() && json[pos] != '"'; ++pos) {
    if (json[pos] != '\\' || pos + 1 >= json.size()) {
      value.push_back(json[pos]);
      continue;
    }
    const char escaped = json[++pos];
    if (escaped == 'u' && pos + 4 < json.size() &&
        std::all_of(json.begin() + static_cast<long>(pos) + 1, json.begin() + static_cast<long>(pos) + 5,
                    [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; })) {
      const unsigned code = static_cast<unsigned>(std::stoul(std::string(json.substr(pos + 1, 4)), nullptr, 16));
      pos += 4;
      if (code < 0x80) {
        value.push_back(static_cast<char>(code));
      } else if (code < 0x800) {
        value.push_back(static_cast<char>(0xC0 | (code >> 6)));
        value.push_back(static_cast<char>(0x80 | (code & 0x3F)));
      } else {
        value.push_back(static_cast<char>(0xE0 | (code >> 12)));
        value.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        value.push_back(static_cast<char>(0x80 | (code & 0x3F)));
      }
    } else {
      value.push_back(escaped == 'n' ? ' ' : escaped);
    }
  }
  return CollapseWhitespace(value);
}

std::string StripSiteName(std::string_view title, std::string_view site_name, std::string_view host) {
  static constexpr std::array<std::string_view, 5> kSeparators = {" - ", " | ", " – ", " — ", " :: "};
  std::string_view rest = TrimAsciiSpace(title);
  const std::string site = AsciiToLower(site_name);
  std::string bare_host = AsciiToLower(host);
  if (bare_host.rfind("www.", 0) == 0) bare_host.erase(0, 4);
  bool guessed = false;  // a short trailing segment is dropped at most once
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view separator : kSeparators) {
      const size_t at = rest.rfind(separator);
      if (at == std::string_view::npos || at == 0) continue;
      const std::string tail = AsciiToLower(TrimAsciiSpace(rest.substr(at + separator.size())));
      const bool names_site = (!site.empty() && (site.find(tail) != std::string::npos || tail.find(site) != std::string::npos)) ||
                              (!bare_host.empty() && tail.find(bare_host) != std::string::npos);
      const size_t tail_words = static_cast<size_t>(std::count(tail.begin(), tail.end(), ' ')) + 1;
      const size_t head_words = static_cast<size_t>(std::count(rest.begin(), rest.begin() + static_cast<long>(at), ' ')) + 1;
      // A number on either side is part of the title: "giai đoạn 2021 - 2025", "Top 10 - 2024".
      auto digit = [](char c) { return c >= '0' && c <= '9'; };
      const bool numeric = (!tail.empty() && digit(tail.front())) || digit(rest[at - 1]);
      const bool guess = !names_site && !guessed && !numeric && tail_words <= 4 && head_words >= 4;
      if (names_site || guess) {
        guessed = guessed || guess;
        rest = TrimAsciiSpace(rest.substr(0, at));
        changed = true;
        break;
      }
    }
  }
  return std::string(rest);
}

}  // namespace dxnews::crawler
