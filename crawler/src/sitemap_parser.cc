#include "dxnews/crawler/sitemap_parser.h"

#include <utility>

#include "dxnews/crawler/url.h"
#include "feed_date.h"
#include "xml_document.h"

namespace dxnews::crawler {
namespace {

std::optional<std::string> LocUrl(const pugi::xml_node& element, const std::optional<Url>& base) {
  const std::string loc = ChildText(element, "loc");
  if (loc.empty()) return std::nullopt;
  Result<Url> url = base ? Resolve(*base, loc) : ParseUrl(loc);
  if (!url.ok()) return std::nullopt;
  return Canonicalize(url.value()).ToString();
}

SitemapEntry MakeEntry(const pugi::xml_node& element, std::string url) {
  SitemapEntry entry;
  entry.url = std::move(url);
  entry.last_modified = ParseRfc3339Date(ChildText(element, "lastmod"));
  // <news:news> is matched by local name, whatever prefix the site bound to the news namespace.
  if (const pugi::xml_node news = ChildByLocalName(element, "news")) {
    entry.news_published = ParseFeedDate(ChildText(news, "publication_date"));
    entry.news_title = ChildText(news, "title");
  }
  return entry;
}

}  // namespace

Result<Sitemap> ParseSitemap(std::string_view xml, std::string_view sitemap_url) {
  const std::string what =
      "sitemap " + (sitemap_url.empty() ? std::string("(no URL)") : std::string(sitemap_url));
  std::optional<Url> base;
  if (!sitemap_url.empty()) {
    Result<Url> parsed = ParseUrl(sitemap_url);
    if (!parsed.ok()) return parsed.status().WithContext("sitemap");
    base = std::move(parsed).value();
  }
  pugi::xml_document doc;
  if (Status status = LoadXml(xml, kMaxSitemapBytes, what, doc); !status.ok()) return status;
  const pugi::xml_node root = doc.document_element();
  Sitemap sitemap;
  std::string_view child_name;
  if (LocalName(root) == "urlset") {
    child_name = "url";
  } else if (LocalName(root) == "sitemapindex") {
    sitemap.kind = SitemapKind::kIndex;
    child_name = "sitemap";
  } else {
    return Status::InvalidInput(what + ": unexpected root element <" + std::string(root.name()) +
                                "> (expected <urlset> or <sitemapindex>)");
  }
  for (pugi::xml_node element = root.first_child(); element; element = element.next_sibling()) {
    if (element.type() != pugi::node_element || LocalName(element) != child_name) continue;
    std::optional<std::string> url = LocUrl(element, base);
    if (!url || sitemap.entries.size() >= kMaxSitemapEntries) {
      ++sitemap.skipped_entries;
      continue;
    }
    sitemap.entries.push_back(MakeEntry(element, std::move(*url)));
  }
  return sitemap;
}

}  // namespace dxnews::crawler
