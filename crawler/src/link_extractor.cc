#include "dxnews/crawler/link_extractor.h"

#include <optional>
#include <unordered_set>
#include <utility>

#include "ascii.h"
#include "dxnews/crawler/url.h"
#include "gumbo_document.h"

namespace dxnews::crawler {
namespace {

// HTML's "document base URL": the first <base> with an href, resolved against the page URL.
Url EffectiveBase(const GumboDocument& doc, const Url& page) {
  // Only the first <base href> counts; if it does not resolve, the page URL is the base.
  std::optional<Url> base;
  bool found = false;
  doc.ForEachElement([&](const HtmlElement& element) {
    if (found || element.tag_name() != "base") return;
    if (auto href = element.Attribute("href")) {
      found = true;
      if (Result<Url> resolved = Resolve(page, *href); resolved.ok()) base = std::move(resolved).value();
    }
  });
  return base ? *base : page;
}

bool HasToken(std::string_view list, std::string_view token) {
  while (!list.empty()) {
    while (!list.empty() && IsAsciiSpace(list.front())) list.remove_prefix(1);
    size_t end = 0;
    while (end < list.size() && !IsAsciiSpace(list[end])) ++end;
    if (end > 0 && EqualsIgnoreAsciiCase(list.substr(0, end), token)) return true;
    list.remove_prefix(end);
  }
  return false;
}

// "application/rss+xml; charset=UTF-8" -> kRss; nullopt for other types.
std::optional<FeedFormat> FeedTypeOf(std::string_view type) {
  const std::string_view essence = TrimAsciiSpace(type.substr(0, type.find(';')));
  if (EqualsIgnoreAsciiCase(essence, "application/rss+xml")) return FeedFormat::kRss;
  if (EqualsIgnoreAsciiCase(essence, "application/atom+xml")) return FeedFormat::kAtom;
  return std::nullopt;
}

struct ParsedPage {
  GumboDocument doc;
  Url base;
};

Result<ParsedPage> ParsePage(std::string_view html, std::string_view page_url) {
  Result<Url> page = ParseUrl(page_url);
  if (!page.ok()) return page.status().WithContext("page");
  Result<GumboDocument> doc = GumboDocument::Parse(html);
  if (!doc.ok()) return doc.status().WithContext(std::string(page_url));
  Url base = EffectiveBase(doc.value(), page.value());
  return ParsedPage{std::move(doc).value(), std::move(base)};
}

// Resolves and canonicalises `href`; nullopt if it is empty or in-page ("#top"), not an http(s)
// link, or already `seen`.
std::optional<std::string> NewLink(const Url& base, std::string_view href,
                                   std::unordered_set<std::string>& seen) {
  href = TrimAsciiSpace(href);
  if (href.empty() || href.front() == '#') return std::nullopt;
  Result<Url> url = Resolve(base, href);
  if (!url.ok()) return std::nullopt;
  std::string canonical = Canonicalize(url.value()).ToString();
  if (!seen.insert(canonical).second) return std::nullopt;
  return canonical;
}

}  // namespace

Result<std::vector<FeedLink>> DiscoverFeeds(std::string_view html, std::string_view page_url) {
  Result<ParsedPage> page = ParsePage(html, page_url);
  if (!page.ok()) return page.status();
  std::vector<FeedLink> feeds;
  std::unordered_set<std::string> seen;
  page.value().doc.ForEachElement([&](const HtmlElement& element) {
    if (element.tag_name() != "link") return;
    const auto rel = element.Attribute("rel");
    const auto type = element.Attribute("type");
    const auto href = element.Attribute("href");
    if (!rel || !type || !href || !HasToken(*rel, "alternate")) return;
    const std::optional<FeedFormat> format = FeedTypeOf(*type);
    if (!format) return;
    if (std::optional<std::string> url = NewLink(page.value().base, *href, seen)) {
      feeds.push_back(FeedLink{
          std::move(*url), std::string(TrimAsciiSpace(element.Attribute("title").value_or(""))), *format});
    }
  });
  return feeds;
}

Result<std::vector<std::string>> ExtractLinks(std::string_view html, std::string_view page_url) {
  Result<ParsedPage> page = ParsePage(html, page_url);
  if (!page.ok()) return page.status();
  std::vector<std::string> links;
  std::unordered_set<std::string> seen;
  page.value().doc.ForEachElement([&](const HtmlElement& element) {
    if (element.tag_name() != "a" && element.tag_name() != "area") return;
    if (const auto href = element.Attribute("href")) {
      if (std::optional<std::string> url = NewLink(page.value().base, *href, seen))
        links.push_back(std::move(*url));
    }
  });
  return links;
}

}  // namespace dxnews::crawler
