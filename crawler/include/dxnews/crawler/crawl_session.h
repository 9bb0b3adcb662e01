// CrawlSession: the crawl loop. For each target it reads robots.txt, then the home page, feeds
// (documented and autodiscovered) and sitemaps (documented, from robots.txt, or /sitemap.xml,
// indexes followed) with conditional GETs, follows listing pages to a bounded depth, and fetches
// the article pages that are new to the ledger, handing them to CrawlLedger::DeliverArticle.
// Hosts are fetched in parallel (ConcurrentFetcher: one transfer per host), each paced by a
// HostPacer; failures are retried with back-off and every attempt is recorded in the ledger.
#ifndef DXNEWS_CRAWLER_CRAWL_SESSION_H_
#define DXNEWS_CRAWLER_CRAWL_SESSION_H_

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "dxnews/core/clock.h"
#include "dxnews/core/result.h"
#include "dxnews/crawler/crawl_ledger.h"
#include "dxnews/crawler/crawl_target.h"
#include "dxnews/crawler/host_pacer.h"
#include "dxnews/crawler/http_client.h"

namespace dxnews::crawler {

/// Policy of one crawl run.
struct CrawlOptions {
  HttpOptions http;      ///< transport limits, User-Agent, allow_private
  PacingOptions pacing;  ///< per-host delay and back-off
  /// Hosts fetched at the same time. Default: 8.
  std::size_t max_parallel = 8;
  /// Article and listing pages fetched per target in one run; the rest stay pending in the
  /// frontier for the next run. Default: 1000.
  std::size_t max_pages = 1000;
  /// Listing pages are followed this many links away from the home page. Default: 1.
  int max_depth = 1;
  /// Attempts of one URL within a run (5xx, 429 and transient transport failures are retried).
  /// Default: 3.
  int max_attempts = 3;
  /// An article URL whose fetch history holds this many failures is no longer tried. Default: 5.
  int max_failures = 5;
  /// A retry that would have to wait longer than this (Retry-After, back-off) is left to the
  /// next run. Default: 60 s.
  std::chrono::milliseconds max_retry_wait{60000};
  /// Articles whose feed/sitemap date or extracted date is before this (UTC seconds) are skipped.
  /// Default: unset. (The extracted date is checked by the ledger, which extracts.)
  std::optional<std::int64_t> since;
  /// When set and it becomes true (e.g. from a SIGINT handler), no new request starts: the run
  /// finishes the requests in flight, records them and returns with CrawlStats::interrupted.
  /// URLs not fetched stay pending for the next run. Default: none.
  const std::atomic<bool>* stop = nullptr;
};

/// Counters of a run, reported while it goes and at the end.
struct CrawlStats {
  std::size_t fetched = 0;       ///< HTTP attempts finished (any outcome)
  std::size_t queued = 0;        ///< URLs waiting to be fetched
  std::size_t errors = 0;        ///< attempts that failed (transport, 4xx/5xx, robots refusal)
  std::size_t inserted = 0;      ///< new articles stored
  std::size_t updated = 0;       ///< stored articles that changed
  std::size_t unchanged = 0;     ///< article pages identical to the stored copy
  std::size_t not_modified = 0;  ///< 304 answers to conditional GETs
  std::size_t robots_refused = 0;
  std::size_t too_old = 0;       ///< articles skipped by `since`
  std::size_t not_articles = 0;  ///< article-looking pages without an article
  std::size_t bytes = 0;         ///< body bytes received
  bool interrupted = false;      ///< CrawlOptions::stop ended the run early
};

/// Progress callbacks, on the thread running Run(). Default implementations do nothing.
class CrawlObserver {
 public:
  virtual ~CrawlObserver() = default;
  /// After every recorded attempt.
  virtual void OnFetched(const FetchAttempt& attempt, const CrawlStats& totals) {
    (void)attempt;
    (void)totals;
  }
  /// When every URL of `target` has been dealt with.
  virtual void OnTargetDone(const CrawlTarget& target, const CrawlStats& totals) {
    (void)target;
    (void)totals;
  }
};

class CrawlSession {
 public:
  /// `ledger`, `clock` and `observer` (may be null) must outlive the session. The clock supplies
  /// timestamps and pacing times; it must be the steady clock the fetcher waits on (SystemClock)
  /// except in tests of pacing alone.
  CrawlSession(const CrawlOptions& options, CrawlLedger& ledger, const Clock& clock,
               CrawlObserver* observer = nullptr);
  ~CrawlSession();
  CrawlSession(const CrawlSession&) = delete;
  CrawlSession& operator=(const CrawlSession&) = delete;

  /// Crawls `targets` to completion. Per-URL failures are recorded and counted, not returned.
  /// Returns kInvalidInput for a target whose article patterns do not compile, the ledger's first
  /// error (the crawl stops there), or kNetworkError if libcurl's multi interface fails.
  Result<CrawlStats> Run(const std::vector<CrawlTarget>& targets);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_CRAWL_SESSION_H_
