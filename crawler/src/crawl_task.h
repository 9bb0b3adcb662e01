// One unit of work of the crawl loop (a URL and why it is fetched) and the small rules about it:
// which kinds get conditional GETs, which links are worth fetching as pages, and the fetch
// history entry of an attempt.
#ifndef DXNEWS_CRAWLER_CRAWL_TASK_H_
#define DXNEWS_CRAWLER_CRAWL_TASK_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dxnews/core/clock.h"
#include "dxnews/core/result.h"
#include "dxnews/crawler/crawl_ledger.h"
#include "dxnews/crawler/http_client.h"

namespace dxnews::crawler {

/// Sitemap indexes are followed this many levels down.
inline constexpr int kMaxSitemapDepth = 3;

enum class TaskKind { kRobots, kHome, kFeed, kSitemap, kListing, kArticle };

struct Task {
  std::string url;  ///< canonical
  TaskKind kind = TaskKind::kArticle;
  std::size_t target = 0;  ///< index into the run's targets
  int depth = 0;           ///< links away from the home page (listings), levels of sitemap index
  int attempt = 1;         ///< 1 for the first try of this run
  std::optional<std::int64_t> listed;  ///< feed/sitemap date of an article
  Validators sent;                     ///< validators sent with the conditional GET
  std::chrono::steady_clock::time_point due;  ///< when the request was allowed to start
};

/// Feeds and sitemaps are re-polled every run with If-None-Match / If-Modified-Since. The home
/// page and listing pages are not: a 304 there would hide the feeds and listings they link to,
/// which must be re-polled themselves. robots.txt rules are needed every run, and article pages
/// are fetched once.
bool IsConditional(TaskKind kind);

/// False for links to files that are not pages (images, documents, archives, media).
bool IsPageLink(std::string_view url);

/// The fetch-history entry of `task` answered by `response`.
FetchAttempt MakeAttempt(const Task& task, const Result<HttpResponse>& response, const Clock& clock);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_CRAWL_TASK_H_
