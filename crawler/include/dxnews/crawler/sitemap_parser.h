// Sitemap parsing (sitemaps.org 0.9): a <urlset> of pages, with the Google News extension, or a
// <sitemapindex> of further sitemaps. Parsing only; fetching (and gunzipping) belongs to the crawler.
#ifndef DXNEWS_CRAWLER_SITEMAP_PARSER_H_
#define DXNEWS_CRAWLER_SITEMAP_PARSER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/core/result.h"

namespace dxnews::crawler {

/// Sitemaps larger than this (the protocol's 50 MB) are rejected as kInvalidInput.
inline constexpr std::size_t kMaxSitemapBytes = 50 * 1000 * 1000;
/// Entries past this many (the protocol's limit per file) are counted as skipped.
inline constexpr std::size_t kMaxSitemapEntries = 50000;

enum class SitemapKind {
  kUrlSet,  ///< <urlset>: entries are pages.
  kIndex,   ///< <sitemapindex>: entries are further sitemaps to fetch.
};

/// One <url> or <sitemap> element.
struct SitemapEntry {
  std::string url;  ///< <loc>, absolute and canonical (see Canonicalize in url.h); never empty.
  std::optional<std::int64_t> last_modified;  ///< <lastmod> in UTC seconds since the epoch.
  /// <news:publication_date> in UTC seconds (Google News extension); nullopt if absent or invalid.
  std::optional<std::int64_t> news_published;
  std::string news_title;  ///< <news:title>; empty if absent.
};

/// A parsed sitemap. Image, video and other extensions are ignored.
struct Sitemap {
  SitemapKind kind = SitemapKind::kUrlSet;
  std::vector<SitemapEntry> entries;  ///< In document order.
  /// Entries dropped: no <loc>, a <loc> that is not an http(s) URL, or past kMaxSitemapEntries.
  std::size_t skipped_entries = 0;
};

/// Parses a sitemap or sitemap index. Relative <loc> values (invalid per protocol, but seen) are
/// resolved against `sitemap_url` if it is not empty. Same-host checks are left to the caller.
/// Returns kInvalidInput if `sitemap_url` is not empty and not an http(s) URL, if `xml` exceeds
/// kMaxSitemapBytes, is not well-formed (the message gives line and column), or its root element is
/// not <urlset> or <sitemapindex>.
Result<Sitemap> ParseSitemap(std::string_view xml, std::string_view sitemap_url);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_SITEMAP_PARSER_H_
