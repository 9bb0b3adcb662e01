#include "dxnews/crawler/host_pacer.h"

#include <algorithm>

namespace dxnews::crawler {

HostPacer::HostPacer(const PacingOptions& options, const Clock& clock) : options_(options), clock_(clock) {}

void HostPacer::SetCrawlDelay(const std::string& host, std::chrono::milliseconds crawl_delay) {
  hosts_[host].crawl_delay = crawl_delay;
}

std::chrono::milliseconds HostPacer::DelayFor(const std::string& host) const {
  auto it = hosts_.find(host);
  if (it == hosts_.end() || !it->second.crawl_delay) return options_.delay;
  return std::max(options_.delay, *it->second.crawl_delay);
}

std::chrono::steady_clock::time_point HostPacer::NextAllowed(const std::string& host) const {
  auto it = hosts_.find(host);
  if (it == hosts_.end() || !it->second.next_allowed) return clock_.Now();
  return *it->second.next_allowed;
}

std::chrono::milliseconds HostPacer::OnFinished(const std::string& host, FetchOutcome outcome,
                                                std::optional<std::chrono::seconds> retry_after) {
  HostState& state = hosts_[host];
  std::chrono::milliseconds pause = DelayFor(host);
  if (outcome == FetchOutcome::kFailure) {
    ++state.failures_in_row;
    std::chrono::milliseconds backoff = options_.backoff_base;
    // Doubling stops at the cap; 30 doublings of even 1 ms exceed any sensible cap.
    for (int i = 1; i < state.failures_in_row && i < 30 && backoff < options_.backoff_max; ++i) backoff *= 2;
    pause = std::max(pause, std::min(backoff, options_.backoff_max));
  } else {
    state.failures_in_row = 0;
  }
  if (retry_after) pause = std::max<std::chrono::milliseconds>(pause, *retry_after);
  state.next_allowed = clock_.Now() + pause;
  return pause;
}

int HostPacer::ConsecutiveFailures(const std::string& host) const {
  auto it = hosts_.find(host);
  return it == hosts_.end() ? 0 : it->second.failures_in_row;
}

}  // namespace dxnews::crawler
