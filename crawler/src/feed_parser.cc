#include "dxnews/crawler/feed_parser.h"

#include <utility>

#include "ascii.h"
#include "dxnews/crawler/url.h"
#include "feed_date.h"
#include "xml_document.h"

namespace dxnews::crawler {
namespace {

// Resolves an item link against the feed URL; nullopt if it is not a usable http(s) link.
std::optional<std::string> ResolveLink(const std::optional<Url>& base, std::string_view link) {
  if (TrimAsciiSpace(link).empty()) return std::nullopt;
  Result<Url> url = base ? Resolve(*base, link) : ParseUrl(link);
  if (!url.ok()) return std::nullopt;
  return Canonicalize(url.value()).ToString();
}

std::optional<std::int64_t> FirstDate(const pugi::xml_node& item, std::string_view first,
                                      std::string_view second) {
  if (auto date = ParseFeedDate(ChildText(item, first))) return date;
  return ParseFeedDate(ChildText(item, second));
}

std::string FirstText(const pugi::xml_node& item, std::string_view first, std::string_view second) {
  std::string text = ChildText(item, first);
  return text.empty() ? ChildText(item, second) : text;
}

// RSS <link> is the article; a guid is a permalink unless isPermaLink="false".
std::optional<std::string> RssItemUrl(const pugi::xml_node& item, const std::optional<Url>& base) {
  // Only the unprefixed <link>: <atom:link> inside an item is not the article.
  if (auto url = ResolveLink(base, NodeText(item.child("link")))) return url;
  const pugi::xml_node guid = ChildByLocalName(item, "guid");
  if (guid && !EqualsIgnoreAsciiCase(guid.attribute("isPermaLink").value(), "false")) {
    return ResolveLink(base, NodeText(guid));
  }
  return std::nullopt;
}

// Atom: the <link> with rel="alternate", or with no rel (RFC 4287 §4.2.7.2 default).
std::optional<std::string> AtomEntryUrl(const pugi::xml_node& entry, const std::optional<Url>& base) {
  for (pugi::xml_node link = entry.first_child(); link; link = link.next_sibling()) {
    if (link.type() != pugi::node_element || LocalName(link) != "link") continue;
    const pugi::xml_attribute rel = link.attribute("rel");
    if (rel && !EqualsIgnoreAsciiCase(TrimAsciiSpace(rel.value()), "alternate")) continue;
    if (auto url = ResolveLink(base, link.attribute("href").value())) return url;
  }
  return std::nullopt;
}

void AddRssItems(const pugi::xml_node& parent, const std::optional<Url>& base, Feed& feed) {
  for (pugi::xml_node item = parent.first_child(); item; item = item.next_sibling()) {
    if (item.type() != pugi::node_element || LocalName(item) != "item") continue;
    std::optional<std::string> url = RssItemUrl(item, base);
    if (!url) {
      ++feed.skipped_items;
      continue;
    }
    feed.items.push_back(FeedItem{std::move(*url), ChildText(item, "title"),
                                  FirstDate(item, "pubDate", "date"),
                                  FirstText(item, "description", "encoded"), ChildText(item, "guid")});
  }
}

void AddAtomEntries(const pugi::xml_node& root, const std::optional<Url>& base, Feed& feed) {
  for (pugi::xml_node entry = root.first_child(); entry; entry = entry.next_sibling()) {
    if (entry.type() != pugi::node_element || LocalName(entry) != "entry") continue;
    std::optional<std::string> url = AtomEntryUrl(entry, base);
    if (!url) {
      ++feed.skipped_items;
      continue;
    }
    feed.items.push_back(FeedItem{std::move(*url), ChildText(entry, "title"),
                                  FirstDate(entry, "published", "updated"),
                                  FirstText(entry, "summary", "content"), ChildText(entry, "id")});
  }
}

}  // namespace

Result<Feed> ParseFeed(std::string_view xml, std::string_view feed_url) {
  const std::string what = "feed " + (feed_url.empty() ? std::string("(no URL)") : std::string(feed_url));
  std::optional<Url> base;
  if (!feed_url.empty()) {
    Result<Url> parsed = ParseUrl(feed_url);
    if (!parsed.ok()) return parsed.status().WithContext("feed");
    base = std::move(parsed).value();
  }
  pugi::xml_document doc;
  if (Status status = LoadXml(xml, kMaxFeedBytes, what, doc); !status.ok()) return status;
  const pugi::xml_node root = doc.document_element();
  const std::string_view root_name = LocalName(root);
  Feed feed;
  if (root_name == "rss") {
    const pugi::xml_node channel = ChildByLocalName(root, "channel");
    if (!channel) return Status::InvalidInput(what + ": <rss> has no <channel>");
    feed.title = ChildText(channel, "title");
    AddRssItems(channel, base, feed);
  } else if (root_name == "RDF") {  // RSS 1.0: items are siblings of the channel
    feed.title = ChildText(ChildByLocalName(root, "channel"), "title");
    AddRssItems(root, base, feed);
  } else if (root_name == "feed") {
    feed.format = FeedFormat::kAtom;
    feed.title = ChildText(root, "title");
    AddAtomEntries(root, base, feed);
  } else {
    return Status::InvalidInput(what + ": unexpected root element <" + std::string(root.name()) +
                                "> (expected <rss>, <feed> or <rdf:RDF>)");
  }
  return feed;
}

}  // namespace dxnews::crawler
