// Source checking: does each registered source still answer where the registry says it does?
// For every source, its robots.txt (one per origin its URLs use), then each documented feed and
// sitemap that robots.txt allows, is fetched once; the answer is parsed as what it should be
// (robots rules, RSS/Atom, sitemap) and the outcome of each fetch is reported, never printed.
// Different hosts are fetched in parallel, one connection per host (ConcurrentFetcher).
#ifndef DXNEWS_CRAWLER_SOURCE_CHECK_H_
#define DXNEWS_CRAWLER_SOURCE_CHECK_H_

#include <cstddef>
#include <string>
#include <vector>

#include "dxnews/core/result.h"
#include "dxnews/crawler/http_client.h"
#include "dxnews/crawler/source_registry.h"

namespace dxnews::crawler {

/// What a probed URL should be.
enum class ProbeKind { kRobots, kFeed, kSitemap };

/// The outcome of fetching one URL of a source.
struct ProbeResult {
  ProbeKind kind = ProbeKind::kRobots;
  std::string url;
  /// True when the server answered with any HTTP status (even 404 or 503).
  bool answered = false;
  int http_status = 0;  ///< HTTP status of the final response; 0 when not answered.
  double seconds = 0;   ///< Wall time of the transfer; 0 when not fetched.
  /// True when the body parsed as robots.txt (always, for a 2xx answer), a feed or a sitemap.
  bool parsed = false;
  /// Feed items, sitemap entries, or the Sitemap: lines of a robots.txt.
  std::size_t items = 0;
  /// "rss", "atom", "urlset" or "sitemapindex" for parsed feeds and sitemaps; empty otherwise.
  std::string format;
  /// Why the URL was not answered or did not parse: the transport error, the parse error, or
  /// "disallowed by robots.txt" (then it was not fetched). Empty when all went well.
  std::string error;
};

/// Every probe of one source: robots.txt first, then feeds, then sitemaps, in registry order.
struct SourceCheck {
  std::string source_id;
  std::vector<ProbeResult> probes;

  /// True when at least one probe got an HTTP answer.
  bool AnyAnswered() const;
};

/// HttpOptions with timeouts for checking rather than crawling: 5 s to connect, 15 s in all,
/// aborted below 256 bytes/s for 5 s.
HttpOptions SourceCheckHttpOptions();

/// Options of CheckSources.
struct SourceCheckOptions {
  /// Transport options of every fetch; allow_private lets tests use 127.0.0.1.
  /// Default: SourceCheckHttpOptions().
  HttpOptions http = SourceCheckHttpOptions();
  /// Most transfers in flight at once (never more than one per host). Default: 8.
  std::size_t max_parallel = 8;
};

/// Checks `sources` (borrowed; must outlive the call) and returns one SourceCheck per source, in
/// the same order. Per-URL failures (DNS, refused connection, timeout, HTTP errors, unparseable
/// bodies) are reported in the probes, never returned. Robots.txt is honoured as the crawler
/// honours it (RFC 9309): a 4xx robots.txt allows everything, a 5xx or unreachable one disallows
/// everything. Returns kNetworkError only when libcurl itself fails. Blocks until every fetch is
/// done, at most about the total timeout per URL of the slowest host.
Result<std::vector<SourceCheck>> CheckSources(const std::vector<const SourceConfig*>& sources,
                                              const SourceCheckOptions& options);

/// "robots", "feed" or "sitemap".
const char* ProbeKindName(ProbeKind kind);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_SOURCE_CHECK_H_
