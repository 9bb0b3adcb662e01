// The text `dxnews crawl` shows about its progress: the counters beside the ProgressMeter line, the
// line of a finished site, and the summary at the end. Pure functions of the counters and the
// elapsed time, so they are tested without a terminal or a clock.
#ifndef DXNEWS_CLI_CRAWL_PROGRESS_H_
#define DXNEWS_CLI_CRAWL_PROGRESS_H_

#include <cstddef>
#include <string>

#include "dxnews/crawler/crawl_session.h"

namespace dxnews::cli {

/// "queued 40, errors 2, 12 new": the ProgressMeter detail.
std::string FormatCrawlDetail(const crawler::CrawlStats& stats);

/// "fetched 120, queued 40, errors 2, 12 new, 3.1 pages/s". `elapsed_seconds` <= 0 gives 0.0/s.
std::string FormatCrawlProgress(const crawler::CrawlStats& stats, double elapsed_seconds);

/// "crawled 2 sites: 130 fetched (1.2 MB), 12 new articles, 0 updated, 3 unchanged, 5 not
/// modified, 2 errors, 1 refused by robots.txt, 0 too old, 1 not articles (12.3 s, 10.6 pages/s)".
std::string FormatCrawlSummary(const crawler::CrawlStats& stats, std::size_t sites, double elapsed_seconds);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_CRAWL_PROGRESS_H_
