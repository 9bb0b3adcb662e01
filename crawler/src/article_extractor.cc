#include "dxnews/crawler/article_extractor.h"

#include <algorithm>
#include <array>
#include <set>

#include "article_body.h"
#include "article_dates.h"
#include "article_metadata.h"
#include "boilerplate.h"
#include "byline.h"
#include "content_scorer.h"
#include "feed_date.h"
#include "gumbo_document.h"
#include "html_tree.h"
#include "raw_text_filter.h"
#include "text_blocks.h"
#include "dxnews/crawler/url.h"

namespace dxnews::crawler {
namespace {

constexpr size_t kMinLeadBytes = 30;
constexpr size_t kMaxLeadBytes = 1500;
constexpr int kBlocksAfterTitle = 8;
constexpr size_t kMinBodyBytes = 500;

constexpr std::array<std::string_view, 10> kPublishedMeta = {
    "article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
    "publish-date", "dc.date.issued", "dc.date", "parsely-pub-date", "date"};
constexpr std::array<std::string_view, 4> kUpdatedMeta = {"article:modified_time", "datemodified", "og:updated_time",
                                                          "last-modified"};

std::string HintOf(const ExtractOptions& options, const std::string& key) {
  const auto it = options.hints.find(key);
  return it == options.hints.end() ? "" : it->second;
}

std::string HostOf(const std::string& url) {
  Result<std::string> host = Host(url);
  return host.ok() ? host.value() : "";
}

std::string Meta(const PageMetadata& page, std::string_view key) {
  const auto it = page.meta.find(std::string(key));
  return it == page.meta.end() ? "" : it->second;
}

std::string PickTitle(const PageMetadata& page, const std::string& url) {
  const std::string site = Meta(page, "og:site_name");
  const std::string host = HostOf(url);
  std::string title = StripSiteName(Meta(page, "og:title"), site, host);
  if (title.empty()) title = StripSiteName(JsonLdField(page.json_ld, "headline"), site, host);
  if (title.empty() && !page.h1.empty() && page.h1 != site) title = page.h1;
  if (title.empty()) title = StripSiteName(page.title_tag, site, host);
  return title;
}

bool IsLeadName(const std::string& names, const std::string& hint) {
  if (!hint.empty()) return MatchesAnyName(names, hint);
  if (names.find("img") != std::string::npos || names.find("image") != std::string::npos ||
      names.find("photo") != std::string::npos || names.find("caption") != std::string::npos)
    return false;
  return MatchesAnyName(names, "sapo lead summary chapeau excerpt tomtat tom-tat hometext description intro");
}

// The sapo element: the first inside the body, else the last one before the body.
int FindLead(const HtmlTree& tree, const std::vector<char>& skipped, const std::vector<int>& roots,
             const std::string& hint) {
  const int first_root = roots.empty() ? static_cast<int>(tree.nodes.size()) : roots.front();
  int before = -1;
  const std::vector<size_t> text_bytes = SubtreeTextBytes(tree);
  for (size_t i = 1; i < tree.nodes.size(); ++i) {
    const int index = static_cast<int>(i);
    if (tree.nodes[i].is_text || skipped[i] || text_bytes[i] > 2 * kMaxLeadBytes) continue;
    if (!IsLeadName(ClassAndId(tree, index), hint)) continue;
    const size_t bytes = tree.VisibleText(index).size();
    if (bytes < kMinLeadBytes || bytes > kMaxLeadBytes) continue;
    const bool inside = std::any_of(roots.begin(), roots.end(), [&](int r) { return IsInside(tree, index, r); });
    if (inside) return index;
    if (index < first_root) before = index;
    if (index > first_root && before >= 0) break;
  }
  return before;
}

// Short texts where pages print their dates: date-classed elements, then the blocks after the h1.
std::vector<std::string> DateTexts(const HtmlTree& tree, const PageMetadata& page, const std::vector<TextBlock>& blocks) {
  std::vector<std::string> texts;
  for (int index : page.date_elements) {
    if (page.h1_node < 0 || index > page.h1_node) texts.push_back(tree.VisibleText(index));
  }
  for (int index : page.date_elements) {
    if (page.h1_node >= 0 && index < page.h1_node) texts.push_back(tree.VisibleText(index));
  }
  int taken = 0;
  for (const TextBlock& block : blocks) {
    if (page.h1_node < 0 || block.owner < page.h1_node || !IsDateLine(block.text)) continue;
    texts.push_back(block.text);
    if (++taken == kBlocksAfterTitle) break;
  }
  return texts;
}

void SetDate(std::optional<std::int64_t> value, const char* source, std::optional<std::int64_t>* date,
             std::string* date_source) {
  if (date->has_value() || !value) return;
  *date = value;
  *date_source = source;
}

void ReadDates(const HtmlTree& tree, const PageMetadata& page, const std::vector<TextBlock>& blocks,
               const ExtractOptions& options, ExtractedArticle* a) {
  for (std::string_view key : kPublishedMeta) SetDate(ParseFeedDate(Meta(page, key)), "meta", &a->published, &a->published_source);
  for (std::string_view key : kUpdatedMeta) SetDate(ParseFeedDate(Meta(page, key)), "meta", &a->updated, &a->updated_source);
  SetDate(ParseFeedDate(JsonLdField(page.json_ld, "datePublished")), "json-ld", &a->published, &a->published_source);
  SetDate(ParseFeedDate(JsonLdField(page.json_ld, "dateModified")), "json-ld", &a->updated, &a->updated_source);
  for (int index : page.time_elements) {
    SetDate(ParseFeedDate(tree.Attribute(index, "datetime")), "time", &a->published, &a->published_source);
  }
  const std::vector<std::string> texts = DateTexts(tree, page, blocks);
  for (const std::string& text : texts) {
    // "Cập nhật 07:30 16/10/2024" is often the only date shown: it is the update time only when a
    // publication time is already known.
    const bool update = text.find("Cập nhật") != std::string::npos || text.find("cập nhật") != std::string::npos;
    if (update && a->published) {
      SetDate(ParseVisibleDate(text.substr(text.find("ập nhật"))), "visible", &a->updated, &a->updated_source);
    } else {
      SetDate(ParseVisibleDate(text), "visible", &a->published, &a->published_source);
    }
  }
  SetDate(ParseUrlDate(options.url), "url", &a->published, &a->published_source);
  SetDate(ParseUrlDate(a->canonical_url), "url", &a->published, &a->published_source);
  if (!options.fetched_at) return;
  for (const std::string& text : texts) {
    SetDate(ParseRelativeTime(text, *options.fetched_at), "relative", &a->published, &a->published_source);
  }
}

std::string ResolveAgainst(const std::string& base, const std::string& reference) {
  if (reference.empty()) return "";
  Result<Url> url = base.empty() ? ParseUrl(reference) : Resolve(base, reference);
  return url.ok() ? url.value().ToString() : reference;
}

std::vector<std::string> PickTags(const PageMetadata& page) {
  std::vector<std::string> tags;
  std::set<std::string> seen;
  for (const auto* list : {&page.meta_tags, &page.tag_links}) {
    for (const std::string& tag : *list) {
      std::string clean = tag;
      while (!clean.empty() && (clean.front() == '#' || clean.back() == ',')) clean.erase(clean.front() == '#' ? 0 : clean.size() - 1, 1);
      if (clean.empty() || clean == "Tags" || clean == "Tags:" || clean == "Thẻ:" || clean == "Từ khóa:") continue;
      if (seen.insert(clean).second) tags.push_back(clean);
    }
  }
  return tags;
}

bool HasDigit(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string PickAuthor(const PageMetadata& page) {
  std::string author;
  for (const std::string& text : page.author_elements) {
    author = ParseBylineLine(text);
    if (!author.empty()) return author;
  }
  for (const std::string& text : page.author_elements) {
    if (!HasDigit(text)) author = text;
    for (std::string_view prefix : {"Tác giả:", "By ", "by ", "Bởi "}) {
      if (author.rfind(prefix, 0) == 0) author = CollapseWhitespace(author.substr(prefix.size()));
    }
    if (!author.empty()) return author;
  }
  author = JsonLdField(page.json_ld, "author");
  return author.empty() ? Meta(page, "author") : author;
}

// One attempt at the body: lead, images and paragraphs (with bylines moved out).
ExtractedArticle ExtractBody(const HtmlTree& tree, const PageMetadata& page, const ExtractOptions& options,
                             const std::vector<char>& skipped, const std::vector<TextBlock>& blocks,
                             const std::string& title) {
  const std::vector<int> roots = SelectContentRoots(tree, blocks, HintOf(options, "content"));
  ExtractedArticle article;
  article.title = title;
  std::vector<int> excluded;
  article.images = CollectImages(tree, skipped, roots, options.url, &excluded);
  const int lead = FindLead(tree, skipped, roots, HintOf(options, "lead"));
  if (lead >= 0) excluded.push_back(lead);
  article.lead = StripDatelineTag(lead >= 0 ? tree.VisibleText(lead) : Meta(page, "og:description"));
  if (article.lead.empty()) article.lead = StripDatelineTag(Meta(page, "description"));
  BuildBody(tree, blocks, roots, excluded, &article);
  for (size_t i = 0; i < article.paragraphs.size(); ++i) {
    article.text += (i > 0 ? "\n" : "") + article.paragraphs[i];
  }
  return article;
}

}  // namespace

Result<ExtractedArticle> ExtractArticle(std::string_view utf8_html, const ExtractOptions& options) {
  if (utf8_html.size() > kMaxHtmlBytes) return GumboDocument::Parse(utf8_html).status();  // the same error
  Result<GumboDocument> document = GumboDocument::Parse(DropUnreadRawText(utf8_html));
  if (!document.ok()) return document.status();
  const HtmlTree tree = document.value().ToTree();
  const std::vector<char> skipped = MarkBoilerplate(tree, options.hints, /*use_names=*/true);
  const PageMetadata page = ReadPageMetadata(tree, skipped);
  const std::vector<TextBlock> blocks = CollectTextBlocks(tree, skipped);
  const std::string title = PickTitle(page, options.url);
  ExtractedArticle article = ExtractBody(tree, page, options, skipped, blocks, title);
  if (article.text.size() < kMinBodyBytes) {
    // As readability does: boilerplate-looking names may wrap the article ("sidebar-layout");
    // try again trusting only tags and scores, and keep the longer body.
    const std::vector<char> lenient = MarkBoilerplate(tree, options.hints, /*use_names=*/false);
    ExtractedArticle retry = ExtractBody(tree, page, options, lenient, CollectTextBlocks(tree, lenient), title);
    if (retry.text.size() > article.text.size()) article = std::move(retry);
  }
  article.canonical_url = ResolveAgainst(options.url, page.canonical.empty() ? Meta(page, "og:url") : page.canonical);
  ReadDates(tree, page, blocks, options, &article);
  if (article.author.empty()) article.author = PickAuthor(page);
  article.tags = PickTags(page);
  return article;
}

}  // namespace dxnews::crawler
