// ConcurrentFetcher over curl's multi interface: a queue of requests, started when both the global
// and the per-host limits allow, driven by curl_multi_perform/curl_multi_poll on the caller's thread.
#include "dxnews/crawler/concurrent_fetcher.h"

#include <algorithm>
#include <cassert>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "curl_transfer.h"
#include "dxnews/crawler/url.h"

namespace dxnews::crawler {
namespace {

constexpr int kPollTimeoutMs = 1000;

struct Pending {
  HttpRequest request;
  ConcurrentFetcher::Callback done;
  std::string host;
  std::chrono::steady_clock::time_point not_before;
};

struct Active {
  std::unique_ptr<CurlTransfer> transfer;
  ConcurrentFetcher::Callback done;
  std::string host;
};

}  // namespace

struct ConcurrentFetcher::Impl {
  HttpOptions options;
  std::size_t max_parallel = 1;
  CURLM* multi = nullptr;
  std::deque<Pending> queue;
  std::map<CURL*, Active> active;
  std::map<std::string, std::size_t> active_per_host;
  FetchRunStats stats;

  void StartEligible();
  int PollTimeoutMs() const;
  bool Start(Pending& pending, Status& failure);
  std::size_t FinishDone();
};

ConcurrentFetcher::ConcurrentFetcher(const HttpOptions& options, std::size_t max_parallel)
    : impl_(std::make_unique<Impl>()) {
  assert(max_parallel >= 1);
  impl_->options = options;
  impl_->max_parallel = std::max<std::size_t>(1, max_parallel);
  curl_global_init(CURL_GLOBAL_DEFAULT);  // Reference counted; balanced in the destructor.
  impl_->multi = curl_multi_init();
}

ConcurrentFetcher::~ConcurrentFetcher() {
  for (auto& [easy, active] : impl_->active) curl_multi_remove_handle(impl_->multi, easy);
  impl_->active.clear();
  if (impl_->multi != nullptr) curl_multi_cleanup(impl_->multi);
  curl_global_cleanup();
}

void ConcurrentFetcher::Add(HttpRequest request, Callback done, std::chrono::steady_clock::time_point not_before) {
  Result<std::string> host = Host(request.url);
  std::string key = host.ok() ? host.value() : std::string();
  impl_->queue.push_back(Pending{std::move(request), std::move(done), std::move(key), not_before});
}

// Waits no longer than until the earliest queued request becomes due, so paced requests start on
// time even while nothing is in flight (curl_multi_poll then simply sleeps).
int ConcurrentFetcher::Impl::PollTimeoutMs() const {
  const auto now = std::chrono::steady_clock::now();
  std::chrono::milliseconds wait{kPollTimeoutMs};
  for (const Pending& pending : queue) {
    if (pending.not_before <= now) continue;  // waits for a transfer to finish, which wakes the poll
    auto until = std::chrono::ceil<std::chrono::milliseconds>(pending.not_before - now);
    wait = std::min(wait, until);
  }
  return static_cast<int>(wait.count());
}

bool ConcurrentFetcher::Impl::Start(Pending& pending, Status& failure) {
  Result<std::unique_ptr<CurlTransfer>> transfer = CurlTransfer::Create(pending.request, options, nullptr);
  if (!transfer.ok()) {
    failure = transfer.status();
    return false;
  }
  CURL* easy = transfer.value()->handle();
  if (curl_multi_add_handle(multi, easy) != CURLM_OK) {
    failure = Status::NetworkError("fetch " + pending.request.url + ": curl_multi_add_handle failed");
    return false;
  }
  std::size_t& per_host = active_per_host[pending.host];
  ++per_host;
  active.emplace(easy, Active{std::move(transfer).value(), std::move(pending.done), pending.host});
  stats.peak_in_flight = std::max(stats.peak_in_flight, active.size());
  stats.peak_in_flight_per_host = std::max(stats.peak_in_flight_per_host, per_host);
  return true;
}

void ConcurrentFetcher::Impl::StartEligible() {
  std::deque<Pending> waiting;
  std::vector<std::pair<Pending, Status>> failed;
  std::set<std::string> held;  // hosts whose earlier request is not due yet: keep their order
  const auto now = std::chrono::steady_clock::now();
  while (!queue.empty()) {
    Pending pending = std::move(queue.front());
    queue.pop_front();
    const bool host_busy = active_per_host[pending.host] > 0 || held.count(pending.host) > 0;
    if (pending.not_before > now) held.insert(pending.host);
    if (active.size() >= max_parallel || host_busy || pending.not_before > now) {
      waiting.push_back(std::move(pending));
      continue;
    }
    Status failure;
    if (!Start(pending, failure)) failed.emplace_back(std::move(pending), std::move(failure));
  }
  queue = std::move(waiting);
  for (auto& [pending, status] : failed) {  // Callbacks last: they may Add to the queue.
    ++stats.completed;
    pending.done(pending.request, status);
  }
}

std::size_t ConcurrentFetcher::Impl::FinishDone() {
  std::size_t finished = 0;
  int left = 0;
  while (CURLMsg* message = curl_multi_info_read(multi, &left)) {
    if (message->msg != CURLMSG_DONE) continue;
    CURL* easy = message->easy_handle;
    const CURLcode code = message->data.result;
    curl_multi_remove_handle(multi, easy);
    auto node = active.extract(easy);
    Active& done = node.mapped();
    --active_per_host[done.host];
    Result<HttpResponse> response = done.transfer->Finish(code);
    ++stats.completed;
    ++finished;
    done.done(done.transfer->request(), std::move(response));
  }
  return finished;
}

Result<FetchRunStats> ConcurrentFetcher::Run() {
  Impl& impl = *impl_;
  if (impl.multi == nullptr) return Status::NetworkError("fetch: curl_multi_init failed");
  impl.stats = FetchRunStats{};
  impl.StartEligible();
  while (!impl.active.empty() || !impl.queue.empty()) {
    int running = 0;
    CURLMcode code = curl_multi_perform(impl.multi, &running);
    if (code == CURLM_OK && impl.FinishDone() == 0) {
      code = curl_multi_poll(impl.multi, nullptr, 0, impl.PollTimeoutMs(), nullptr);
    }
    if (code != CURLM_OK) {
      return Status::NetworkError(std::string("fetch: curl multi failed: ") + curl_multi_strerror(code));
    }
    impl.StartEligible();
  }
  return impl.stats;
}

}  // namespace dxnews::crawler
