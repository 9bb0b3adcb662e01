// Article extraction: from the HTML of one article page, its title (without the site name), lead
// (sapo), body paragraphs (no menus, related links, comments, share buttons, ads or footers),
// publication and update times, author, credit to another outlet, tags, canonical URL and images.
//
// The body comes from a readability-style scorer over the parse tree: paragraph-like blocks vote
// for their ancestors by text length and commas, class/id names (content, detail-content,
// fck_detail ... vs comment, related, share, footer ...) and link density weigh the votes, and the
// best container's blocks are kept in document order. Per-site differences are data (hints), never
// host checks.
#ifndef DXNEWS_CRAWLER_ARTICLE_EXTRACTOR_H_
#define DXNEWS_CRAWLER_ARTICLE_EXTRACTOR_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/core/result.h"

namespace dxnews::crawler {

/// One image of the article body.
struct ArticleImage {
  std::string url;      ///< absolute when the page URL is known, else as written
  std::string caption;  ///< figcaption or the CMS caption cell; may be empty
};

/// What ExtractArticle found. Strings are UTF-8 with whitespace collapsed; empty when not found.
struct ExtractedArticle {
  std::string title;                    ///< og:title, <h1> or <title>, minus " - Site name"
  std::string lead;                     ///< the sapo, without a "(Baonghean.vn) -" dateline tag
  std::vector<std::string> paragraphs;  ///< body blocks in order; no lead, bylines or credits
  std::string text;                     ///< paragraphs joined by "\n"
  std::optional<std::int64_t> published;  ///< UTC seconds since the epoch
  std::string published_source;  ///< "meta", "json-ld", "time", "visible", "url", "relative"; or ""
  std::optional<std::int64_t> updated;    ///< UTC seconds since the epoch
  std::string updated_source;    ///< as published_source
  std::string author;            ///< "Minh Châu" from "Tin, ảnh: Minh Châu", a final bare name, meta
  std::string credit;            ///< the outlet of "Theo Báo Nhân Dân" / "Nguồn: TTXVN"
  std::vector<std::string> tags;
  std::string canonical_url;     ///< <link rel=canonical> or og:url, resolved against the page URL
  std::vector<ArticleImage> images;
};

/// What the caller knows besides the HTML.
struct ExtractOptions {
  /// The page URL: resolves relative links and supplies the date in the path. Default: empty.
  std::string url;
  /// When the page was fetched (UTC seconds), the anchor of "3 giờ trước". Default: unset (relative
  /// times are ignored).
  std::optional<std::int64_t> fetched_at;
  /// Per-source hints (SourceConfig::hints). Keys read: "content" (element id or class names of
  /// the body container, space separated), "lead" (of the sapo), "remove" (of blocks to drop).
  /// Default: none.
  std::map<std::string, std::string> hints;
};

/// Extracts the article of `utf8_html` (UTF-8; decode first with analyzer::DecodeToUtf8).
/// Never fails on malformed HTML; returns kInvalidInput if the HTML exceeds 4 MiB or nests
/// elements more than 1000 levels deep. A page without article text yields empty paragraphs.
/// Thread-safe.
Result<ExtractedArticle> ExtractArticle(std::string_view utf8_html, const ExtractOptions& options);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_ARTICLE_EXTRACTOR_H_
