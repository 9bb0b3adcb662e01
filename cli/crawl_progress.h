// The text `dxnews crawl` (and `dxnews demo`) shows about its progress: the counters beside the
// ProgressMeter line, the line of a finished site, and the summary at the end (pure functions of
// the counters and the elapsed time, tested without a terminal or a clock), and the observer that
// drives the meter.
#ifndef DXNEWS_CLI_CRAWL_PROGRESS_H_
#define DXNEWS_CLI_CRAWL_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <iostream>
#include <string>

#include "dxnews/crawler/crawl_session.h"
#include "progress_meter.h"

namespace dxnews::cli {

/// "queued 40, errors 2, 12 new": the ProgressMeter detail.
std::string FormatCrawlDetail(const crawler::CrawlStats& stats);

/// "fetched 120, queued 40, errors 2, 12 new, 3.1 pages/s". `elapsed_seconds` <= 0 gives 0.0/s.
std::string FormatCrawlProgress(const crawler::CrawlStats& stats, double elapsed_seconds);

/// "crawled 2 sites: 130 fetched (1.2 MB), 12 new articles, 0 updated, 3 unchanged, 5 not
/// modified, 2 errors, 1 refused by robots.txt, 0 too old, 1 not articles (12.3 s, 10.6 pages/s)".
std::string FormatCrawlSummary(const crawler::CrawlStats& stats, std::size_t sites, double elapsed_seconds);


// Progress on stderr through the shared ProgressMeter (a redrawn line on a terminal, a plain line
// every 1,000 fetches when piped, nothing with --quiet), plus a plain line per finished site
// when piped.
class CrawlConsoleProgress : public crawler::CrawlObserver {
 public:
  explicit CrawlConsoleProgress(bool quiet)
      : style_(ProgressStyle::Detect(quiet)),
        meter_("crawl", "pages", std::nullopt, style_),
        start_(std::chrono::steady_clock::now()) {}

  void OnFetched(const crawler::FetchAttempt&, const crawler::CrawlStats& totals) override {
    meter_.SetDetail(FormatCrawlDetail(totals));
    meter_.Advance();
  }

  void OnTargetDone(const crawler::CrawlTarget& target, const crawler::CrawlStats& totals) override {
    if (style_.mode != ProgressStyle::Mode::kPlain) return;
    std::string name = target.source_id.empty() ? target.home : target.source_id;
    std::cerr << "dxnews: crawl: " << name << " done; " << FormatCrawlProgress(totals, Seconds()) << std::endl;
  }

  void Finish() { meter_.Finish(); }

  double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  ProgressStyle style_;
  ProgressMeter meter_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_CRAWL_PROGRESS_H_
