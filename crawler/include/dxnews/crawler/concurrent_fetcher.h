// ConcurrentFetcher: many fetches at once over libcurl's multi interface, at most N transfers in
// flight and at most one per host, so that different sites are fetched in parallel while no single
// site sees more than one connection from us. Pacing (delays between requests to a host) is the
// politeness layer's job, not this one's.
#ifndef DXNEWS_CRAWLER_CONCURRENT_FETCHER_H_
#define DXNEWS_CRAWLER_CONCURRENT_FETCHER_H_

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>

#include "dxnews/core/result.h"
#include "dxnews/crawler/http_client.h"

namespace dxnews::crawler {

/// Facts about a finished Run(), for tests and progress reports.
struct FetchRunStats {
  std::size_t completed = 0;                ///< Callbacks invoked.
  std::size_t peak_in_flight = 0;           ///< Most transfers running at the same moment.
  std::size_t peak_in_flight_per_host = 0;  ///< Most transfers to one host at the same moment.
};

class ConcurrentFetcher {
 public:
  /// Called once per request, on the thread that calls Run(), with the same outcome as
  /// HttpClient::Fetch would give.
  using Callback = std::function<void(const HttpRequest&, Result<HttpResponse>)>;

  /// REQUIRES: max_parallel >= 1.
  ConcurrentFetcher(const HttpOptions& options, std::size_t max_parallel);
  ~ConcurrentFetcher();
  ConcurrentFetcher(const ConcurrentFetcher&) = delete;
  ConcurrentFetcher& operator=(const ConcurrentFetcher&) = delete;

  /// Queues a request. The host is taken from request.url (redirects to other hosts do not
  /// count against their limit). Requests to the same host start in the order added. The request
  /// does not start before `not_before` (steady clock; default: as soon as the limits allow), and
  /// while it waits, later requests to its host wait too; this is how the politeness layer paces
  /// a host without blocking the others.
  void Add(HttpRequest request, Callback done, std::chrono::steady_clock::time_point not_before = {});

  /// Runs every queued request to completion (callbacks may Add more). Returns kNetworkError only
  /// if libcurl's multi interface itself fails; per-request failures go to the callbacks.
  Result<FetchRunStats> Run();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_CONCURRENT_FETCHER_H_
