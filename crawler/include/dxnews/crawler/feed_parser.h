// Feed parsing: an RSS 2.0 (also RSS 0.9x/1.0) or Atom 1.0 document -> the list of items it
// announces. Parsing only; fetching and scheduling belong to the crawler.
#ifndef DXNEWS_CRAWLER_FEED_PARSER_H_
#define DXNEWS_CRAWLER_FEED_PARSER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/core/result.h"

namespace dxnews::crawler {

/// Feeds larger than this are rejected as kInvalidInput.
inline constexpr std::size_t kMaxFeedBytes = 16 * 1024 * 1024;

enum class FeedFormat { kRss, kAtom };

/// One entry of a feed.
struct FeedItem {
  std::string url;    ///< Absolute and canonical (see Canonicalize in url.h); never empty.
  std::string title;  ///< As published, whitespace-trimmed; may be empty.
  /// UTC seconds since the Unix epoch, from pubDate / dc:date (RSS) or published / updated (Atom);
  /// nullopt when absent or unparseable. Zone-less times are taken as UTC+7 (see feed_date.h).
  std::optional<std::int64_t> published;
  std::string summary;  ///< description / summary (or content); may contain HTML markup as published.
  std::string guid;     ///< guid (RSS) or id (Atom), as written; may be empty.
};

/// A parsed feed.
struct Feed {
  FeedFormat format = FeedFormat::kRss;
  std::string title;            ///< The channel / feed title.
  std::vector<FeedItem> items;  ///< In document order.
  /// Items dropped because they had no link that resolves to an http(s) URL.
  std::size_t skipped_items = 0;
};

/// Parses an RSS or Atom feed. Relative links are resolved against `feed_url` (the URL the feed was
/// fetched from); with an empty `feed_url` items with relative links are skipped. DTDs are never
/// read (no entity expansion, no external entities).
/// Returns kInvalidInput if `feed_url` is not empty and not an http(s) URL, if `xml` exceeds
/// kMaxFeedBytes, is not well-formed XML (the message gives line and column) or its root element is
/// not <rss>, <feed> or <rdf:RDF>.
Result<Feed> ParseFeed(std::string_view xml, std::string_view feed_url);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_FEED_PARSER_H_
