// CrawlTarget: one site as the crawl loop sees it (where to start, which hosts it may visit,
// which paths are articles), made from a registry source or from a bare home-page URL, and the
// rule that tells article links from listing pages.
#ifndef DXNEWS_CRAWLER_CRAWL_TARGET_H_
#define DXNEWS_CRAWLER_CRAWL_TARGET_H_

#include <memory>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/core/result.h"
#include "dxnews/crawler/url.h"
#include "dxnews/crawler/source_registry.h"

namespace dxnews::crawler {

struct CrawlTarget {
  std::string source_id;  ///< sources.toml id; empty for a site given by URL
  std::string province;   ///< stored with its articles; may be empty
  std::string home;       ///< canonical home page URL
  /// Hosts the crawl may fetch from (lower case). Links and redirects elsewhere are ignored.
  std::vector<std::string> hosts;
  /// When not empty, the site is the part of its hosts under this path ("/honglinh/"): pages,
  /// feeds and sitemaps elsewhere on the hosts belong to other sites and are ignored
  /// (robots.txt, at the root, is still read). Default: empty, the whole hosts.
  std::string path_prefix;
  std::vector<std::string> feeds;     ///< documented feeds; more are discovered from the home page
  std::vector<std::string> sitemaps;  ///< documented sitemaps; more come from robots.txt
  /// ECMAScript regexes searched in the URL path; empty: the generic heuristic of IsArticleUrl.
  std::vector<std::string> article_patterns;
};

/// The target of a registry source: its home, hosts, feeds, sitemaps and patterns; the province
/// is the post-2025 unit when known, else the old one.
CrawlTarget TargetFromSource(const SourceConfig& source);

/// A site known only by its home page: the URL's host and its "www." twin, no patterns.
/// kInvalidInput when `home_url` is not an http(s) URL.
Result<CrawlTarget> TargetFromHomeUrl(std::string_view home_url);

/// Decides whether URLs of one target are article pages. Patterns compile once.
class ArticleUrlMatcher {
 public:
  /// kInvalidInput naming the pattern when one does not compile.
  static Result<ArticleUrlMatcher> ForTarget(const CrawlTarget& target);

  /// With patterns: one of them is found in the path. Without: the heuristic for news CMSs, a
  /// last path segment (a final '/' ignored) that ends in .html/.htm/.shtml/.aspx/.php/.vnp/.bbg,
  /// ends in a numeric id of 5+ digits, or is a slug of at least 5 words joined by '-'.
  bool IsArticle(std::string_view url) const;

 private:
  std::shared_ptr<const std::vector<std::regex>> patterns_;
};

/// True when `host` is one of the target's hosts.
bool IsAllowedHost(const CrawlTarget& target, std::string_view host);
/// True when `url` is on one of the target's hosts and under its path_prefix, if it has one.
bool IsInTarget(const CrawlTarget& target, const Url& url);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_CRAWL_TARGET_H_
