// HostPacer: when the next request to each host may start. It spaces requests to one host by the
// configured delay (never less than the host's robots.txt Crawl-delay), backs off exponentially
// after failures and honours Retry-After. Pure bookkeeping over an injected Clock: it never
// sleeps, so tests drive it with a clock they advance by hand.
#ifndef DXNEWS_CRAWLER_HOST_PACER_H_
#define DXNEWS_CRAWLER_HOST_PACER_H_

#include <chrono>
#include <map>
#include <optional>
#include <string>

#include "dxnews/core/clock.h"

namespace dxnews::crawler {

/// Pacing policy.
struct PacingOptions {
  /// Pause between the end of one request to a host and the start of the next. A robots.txt
  /// Crawl-delay larger than this wins. Default: 1 s.
  std::chrono::milliseconds delay{1000};
  /// Pause after the first failure in a row (5xx, 429, transport error); it doubles with every
  /// further failure in a row. Default: 1 s.
  std::chrono::milliseconds backoff_base{1000};
  /// Longest back-off pause (Retry-After is honoured even when longer). Default: 10 min.
  std::chrono::milliseconds backoff_max{std::chrono::minutes(10)};
};

/// How a request ended, as far as pacing is concerned.
enum class FetchOutcome {
  kSuccess,  ///< Any response that is not a server-side failure (2xx, 3xx, 4xx except 429).
  kFailure,  ///< 5xx, 429 or a transport failure: the host may be struggling.
};

/// Not thread-safe; one per crawl loop. The clock must outlive the pacer.
class HostPacer {
 public:
  HostPacer(const PacingOptions& options, const Clock& clock);

  /// Records the Crawl-delay of `host`'s robots.txt.
  void SetCrawlDelay(const std::string& host, std::chrono::milliseconds crawl_delay);

  /// The pause between requests to `host` when all is well: max(delay, Crawl-delay).
  std::chrono::milliseconds DelayFor(const std::string& host) const;

  /// The earliest time a request to `host` may start; now for a host not contacted yet.
  std::chrono::steady_clock::time_point NextAllowed(const std::string& host) const;

  /// Records that a request to `host` just ended and returns the pause before the next one:
  /// DelayFor(host); after the n-th failure in a row at least backoff_base * 2^(n-1) (capped at
  /// backoff_max); and at least `retry_after` when the server sent one.
  std::chrono::milliseconds OnFinished(const std::string& host, FetchOutcome outcome,
                                       std::optional<std::chrono::seconds> retry_after = std::nullopt);

  /// Failures in a row on `host` (0 after a success).
  int ConsecutiveFailures(const std::string& host) const;

 private:
  struct HostState {
    std::optional<std::chrono::milliseconds> crawl_delay;
    std::optional<std::chrono::steady_clock::time_point> next_allowed;
    int failures_in_row = 0;
  };

  PacingOptions options_;
  const Clock& clock_;
  std::map<std::string, HostState> hosts_;
};

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_HOST_PACER_H_
