// HostPacer with a clock advanced by hand: delays, Crawl-delay, exponential back-off, Retry-After.
#include "dxnews/crawler/host_pacer.h"

#include <catch2/catch.hpp>

namespace dxnews::crawler {
namespace {

using namespace std::chrono_literals;

class FakeClock : public Clock {
 public:
  std::chrono::steady_clock::time_point Now() const override { return now; }
  std::int64_t UnixSeconds() const override { return 1700000000; }
  std::chrono::steady_clock::time_point now{std::chrono::hours(1)};
};

TEST_CASE("HostPacer spaces requests by the delay, or the larger Crawl-delay", "[crawler][host_pacer]") {
  FakeClock clock;
  PacingOptions options;
  options.delay = 1s;
  HostPacer pacer(options, clock);
  CHECK(pacer.NextAllowed("a.vn") == clock.now);  // never contacted: at once
  CHECK(pacer.OnFinished("a.vn", FetchOutcome::kSuccess) == 1s);
  CHECK(pacer.NextAllowed("a.vn") == clock.now + 1s);
  CHECK(pacer.NextAllowed("b.vn") == clock.now);  // hosts are independent
  pacer.SetCrawlDelay("a.vn", 5s);
  CHECK(pacer.DelayFor("a.vn") == 5s);
  pacer.SetCrawlDelay("b.vn", 200ms);  // smaller than --delay: --delay wins
  CHECK(pacer.DelayFor("b.vn") == 1s);
}

TEST_CASE("HostPacer backs off exponentially after failures in a row and resets on success",
          "[crawler][host_pacer]") {
  FakeClock clock;
  PacingOptions options;
  options.delay = 100ms;
  options.backoff_base = 1s;
  options.backoff_max = 5s;
  HostPacer pacer(options, clock);
  CHECK(pacer.OnFinished("a.vn", FetchOutcome::kFailure) == 1s);
  CHECK(pacer.OnFinished("a.vn", FetchOutcome::kFailure) == 2s);
  CHECK(pacer.OnFinished("a.vn", FetchOutcome::kFailure) == 4s);
  CHECK(pacer.OnFinished("a.vn", FetchOutcome::kFailure) == 5s);  // capped
  CHECK(pacer.ConsecutiveFailures("a.vn") == 4);
  CHECK(pacer.OnFinished("a.vn", FetchOutcome::kSuccess) == 100ms);
  CHECK(pacer.ConsecutiveFailures("a.vn") == 0);
}

TEST_CASE("HostPacer honours Retry-After of a 503 or 429, even beyond the back-off cap", "[crawler][host_pacer]") {
  FakeClock clock;
  PacingOptions options;
  options.delay = 1s;
  options.backoff_max = 10s;
  HostPacer pacer(options, clock);
  CHECK(pacer.OnFinished("a.vn", FetchOutcome::kFailure, 7s) == 7s);
  CHECK(pacer.NextAllowed("a.vn") == clock.now + 7s);
  clock.now += 7s;
  CHECK(pacer.OnFinished("a.vn", FetchOutcome::kFailure, 120s) == 120s);
  CHECK(pacer.NextAllowed("a.vn") == clock.now + 120s);
}

}  // namespace
}  // namespace dxnews::crawler
