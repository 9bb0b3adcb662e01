// Link extraction from HTML pages: the article links of a listing page and the feeds a home page
// announces (<link rel="alternate" type="application/rss+xml">). Every URL returned is absolute,
// http(s) and canonical (see Canonicalize in url.h).
#ifndef DXNEWS_CRAWLER_LINK_EXTRACTOR_H_
#define DXNEWS_CRAWLER_LINK_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "dxnews/core/result.h"
#include "dxnews/crawler/feed_parser.h"

namespace dxnews::crawler {

/// A feed announced by a page.
struct FeedLink {
  std::string url;    ///< Absolute, canonical.
  std::string title;  ///< The title attribute ("Tin mới nhất"); may be empty.
  FeedFormat format = FeedFormat::kRss;
};

/// The feeds announced by `<link rel="alternate" type="application/rss+xml|application/atom+xml"
/// href>` anywhere in `html` (rel is a token list, rel and type are case-insensitive, type may carry
/// parameters), in document order without duplicates. Relative hrefs are resolved against the
/// page's first <base href> if any, else against `page_url`.
/// Returns kInvalidInput if `page_url` is not an http(s) URL, or if `html` exceeds 4 MiB or nests
/// elements more than 1000 levels deep (limits that keep the HTML parser's run time bounded).
Result<std::vector<FeedLink>> DiscoverFeeds(std::string_view html, std::string_view page_url);

/// Every distinct link of <a href> and <area href> elements, resolved as in DiscoverFeeds,
/// canonicalised, in order of first appearance. Empty and in-page ("#binh-luan") hrefs, links that
/// are not http(s) (mailto:, tel:, javascript:) and links that do not resolve are skipped.
/// Same errors as DiscoverFeeds.
Result<std::vector<std::string>> ExtractLinks(std::string_view html, std::string_view page_url);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_LINK_EXTRACTOR_H_
