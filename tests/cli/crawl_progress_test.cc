// The crawl's progress line and summary, and the data-directory lock that keeps a second crawl out.
#include "crawl_progress.h"

#include <catch2/catch.hpp>

#include "data_dir_lock.h"
#include "support/temp_dir.h"

namespace dxnews::cli {
namespace {

TEST_CASE("FormatCrawlDetail gives the counters shown beside the progress meter", "[cli][crawl]") {
  crawler::CrawlStats stats;
  stats.queued = 40;
  stats.errors = 2;
  stats.inserted = 12;
  CHECK(FormatCrawlDetail(stats) == "queued 40, errors 2, 12 new");
}

TEST_CASE("FormatCrawlProgress gives counters and the fetch rate", "[cli][crawl]") {
  crawler::CrawlStats stats;
  stats.fetched = 120;
  stats.queued = 40;
  stats.errors = 2;
  stats.inserted = 12;
  CHECK(FormatCrawlProgress(stats, 40.0) == "fetched 120, queued 40, errors 2, 12 new, 3.0 pages/s");
  CHECK(FormatCrawlProgress(stats, 0.0) == "fetched 120, queued 40, errors 2, 12 new, 0.0 pages/s");
}

TEST_CASE("FormatCrawlSummary names every counter", "[cli][crawl]") {
  crawler::CrawlStats stats;
  stats.fetched = 11;
  stats.bytes = 5900;
  stats.inserted = 3;
  stats.not_modified = 2;
  stats.errors = 1;
  stats.robots_refused = 1;
  CHECK(FormatCrawlSummary(stats, 1, 2.0) ==
        "crawled 1 site: 11 fetched (5.9 kB), 3 new articles, 0 updated, 0 unchanged, 2 not modified, 1 errors, "
        "1 refused by robots.txt, 0 too old, 0 not articles (2.0 s, 5.5 pages/s)");
}

TEST_CASE("DataDirLock lets one holder in and the next one after it is released", "[cli][crawl]") {
  testing::TempDir dir;
  {
    Result<DataDirLock> first = DataDirLock::Acquire(dir.File("crawl.lock"));
    REQUIRE(first.ok());
    Result<DataDirLock> second = DataDirLock::Acquire(dir.File("crawl.lock"));
    REQUIRE_FALSE(second.ok());
    CHECK(second.status().code() == Status::Code::kUnavailable);
    CHECK(second.status().message() == dir.path() + "/crawl.lock: another dxnews crawl is running on this data directory");
  }
  CHECK(DataDirLock::Acquire(dir.File("crawl.lock")).ok());
  CHECK(DataDirLock::Acquire(dir.File("no/such/dir/crawl.lock")).status().code() == Status::Code::kIoError);
}

}  // namespace
}  // namespace dxnews::cli
