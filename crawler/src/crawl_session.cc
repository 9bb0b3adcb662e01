// The crawl loop. Each host has its own queue and at most one request in the ConcurrentFetcher,
// added with the start time its HostPacer allows; the fetcher's callback (on the Run() thread)
// records the attempt, turns the response into new queue entries, and queues the host's next
// request. So different hosts proceed in parallel, one host never sees two connections, and all
// ledger calls happen on one thread.
#include "dxnews/crawler/crawl_session.h"

#include <algorithm>
#include <deque>
#include <map>
#include <string>
#include <unordered_set>
#include <utility>

#include "crawl_task.h"
#include "gzip_file.h"
#include "dxnews/crawler/concurrent_fetcher.h"
#include "dxnews/crawler/feed_parser.h"
#include "dxnews/crawler/link_extractor.h"
#include "dxnews/crawler/sitemap_parser.h"
#include "dxnews/crawler/url.h"
#include "robots_txt.h"

namespace dxnews::crawler {
namespace {

using SteadyTime = std::chrono::steady_clock::time_point;

struct HostState {
  std::deque<Task> queue;
  bool in_flight = false;
  bool robots_queued = false;
  bool unreachable = false;  // robots.txt could not be read: the host is skipped this run
  RobotsTxt robots;  // allows everything until robots.txt has been read
};

struct TargetState {
  ArticleUrlMatcher matcher;
  std::string home_host;
  std::size_t pages = 0;        // article and listing fetches started
  std::size_t outstanding = 0;  // tasks queued or in flight
  bool done = false;
};

// How a response counts: failed or not, worth retrying, and what pacing should make of it.
struct Verdict {
  bool failed = false;
  bool retryable = false;
  std::optional<std::chrono::seconds> retry_after;
  std::string error;
};

Verdict Judge(const Result<HttpResponse>& response, TaskKind kind, const CrawlTarget& target) {
  Verdict verdict;
  if (!response.ok()) {
    verdict.failed = true;
    verdict.retryable = response.status().code() == Status::Code::kUnavailable;
    verdict.error = response.status().message();
    return verdict;
  }
  const HttpResponse& r = response.value();
  if (r.retry_after) verdict.retry_after = std::chrono::seconds(*r.retry_after);
  if (r.status == 429 || r.status >= 500) {
    verdict.failed = verdict.retryable = true;
  } else if (r.status >= 300 && r.status != 304) {
    verdict.failed = true;
  }
  if (verdict.failed) {
    verdict.error = "HTTP " + std::to_string(r.status);
    if (r.retry_after) verdict.error += " (Retry-After " + std::to_string(*r.retry_after) + " s)";
    return verdict;
  }
  // robots.txt may redirect anywhere (RFC 9309 §2.3.1.2); pages must stay on the site.
  Result<std::string> host = Host(r.final_url);
  if (kind != TaskKind::kRobots && host.ok() && !IsAllowedHost(target, host.value())) {
    verdict.failed = true;
    verdict.error = "redirected off the source's hosts to " + r.final_url;
  }
  return verdict;
}

}  // namespace

struct CrawlSession::Impl {
  Impl(const CrawlOptions& o, CrawlLedger& l, const Clock& c, CrawlObserver* obs)
      : options(o), ledger(l), clock(c), observer(obs), pacer(o.pacing, c) {}

  CrawlOptions options;
  CrawlLedger& ledger;
  const Clock& clock;
  CrawlObserver* observer;
  HostPacer pacer;
  std::unique_ptr<ConcurrentFetcher> fetcher;
  const std::vector<CrawlTarget>* targets = nullptr;
  std::vector<TargetState> states;
  std::map<std::string, HostState> hosts;
  std::unordered_set<std::string> seen;
  CrawlStats stats;
  Status failure;

  bool Check(const Status& status) {
    if (!status.ok() && failure.ok()) failure = status;
    return failure.ok();
  }

  void Start(std::size_t t);
  void Discover(std::string_view url, TaskKind kind, std::size_t t, int depth);
  void OfferArticle(std::string_view url, std::size_t t, std::optional<std::int64_t> listed);
  void Enqueue(Task task);
  void Pump(const std::string& host);
  void Send(Task task, const std::string& host);
  void OnResponse(Task task, const std::string& host, Result<HttpResponse> response);
  std::string Handle(const Task& task, const HttpResponse& response);
  std::string HandleRobots(const Task& task, std::string_view body, const std::string& host);
  std::string HandleFeed(const Task& task, const HttpResponse& response);
  std::string HandleSitemap(const Task& task, const HttpResponse& response);
  std::string HandlePage(const Task& task, const HttpResponse& response);
  std::string HandleArticle(const Task& task, const HttpResponse& response);
  void Record(const FetchAttempt& attempt);
  void Done(const Task& task);
};

void CrawlSession::Impl::Start(std::size_t t) {
  const CrawlTarget& target = (*targets)[t];
  Discover(target.home, TaskKind::kHome, t, 0);
  for (const std::string& feed : target.feeds) Discover(feed, TaskKind::kFeed, t, 0);
  for (const std::string& sitemap : target.sitemaps) Discover(sitemap, TaskKind::kSitemap, t, 0);
  Result<std::vector<std::string>> pending = ledger.UnfinishedUrls(target.source_id, options.max_pages);
  if (!Check(pending.status())) return;
  for (const std::string& url : pending.value()) OfferArticle(url, t, std::nullopt);
}

void CrawlSession::Impl::Discover(std::string_view url, TaskKind kind, std::size_t t, int depth) {
  Result<Url> parsed = ParseUrl(url);
  if (!parsed.ok() || !IsInTarget((*targets)[t], parsed.value())) return;
  std::string canonical = Canonicalize(parsed.value()).ToString();
  if (!seen.insert(canonical).second) return;
  Task task;
  task.url = std::move(canonical);
  task.kind = kind;
  task.target = t;
  task.depth = depth;
  Enqueue(std::move(task));
}

void CrawlSession::Impl::OfferArticle(std::string_view url, std::size_t t, std::optional<std::int64_t> listed) {
  Result<Url> parsed = ParseUrl(url);
  if (!parsed.ok() || !IsInTarget((*targets)[t], parsed.value()) || !failure.ok()) return;
  std::string canonical = Canonicalize(parsed.value()).ToString();
  if (!seen.insert(canonical).second) return;
  if (options.since && listed && *listed < *options.since) {
    ++stats.too_old;
    return;
  }
  Result<UrlState> state = ledger.StateOf(canonical);
  if (!Check(state.status()) || state.value() == UrlState::kFetched) return;
  if (state.value() == UrlState::kFailed) {
    Result<int> failures = ledger.FailureCount(canonical);
    if (!Check(failures.status()) || failures.value() >= options.max_failures) return;
  }
  if (state.value() == UrlState::kUnknown && !Check(ledger.AddToFrontier(canonical, (*targets)[t].source_id))) return;
  Task task;
  task.url = std::move(canonical);
  task.kind = TaskKind::kArticle;
  task.target = t;
  task.listed = listed;
  Enqueue(std::move(task));
}

void CrawlSession::Impl::Enqueue(Task task) {
  Result<Url> url = ParseUrl(task.url);
  if (!url.ok()) return;
  const std::string host = url.value().host;
  HostState& state = hosts[host];
  if (!state.robots_queued) {  // robots.txt first: every other request of the host waits for it
    state.robots_queued = true;
    Task robots;
    robots.url = url.value().scheme + "://" + host + (url.value().port ? ":" + std::to_string(*url.value().port) : "") +
                 "/robots.txt";
    robots.kind = TaskKind::kRobots;
    robots.target = task.target;
    ++states[robots.target].outstanding;
    ++stats.queued;
    state.queue.push_back(std::move(robots));
  }
  ++states[task.target].outstanding;
  ++stats.queued;
  state.queue.push_back(std::move(task));
  Pump(host);
}

void CrawlSession::Impl::Pump(const std::string& host) {
  HostState& state = hosts[host];
  while (!state.in_flight && !state.queue.empty()) {
    Task task = std::move(state.queue.front());
    state.queue.pop_front();
    --stats.queued;
    if (options.stop != nullptr && options.stop->load()) stats.interrupted = true;
    if (!failure.ok() || stats.interrupted || state.unreachable) {  // unfetched articles keep their state
      Done(task);
      continue;
    }
    if (task.kind != TaskKind::kRobots) {
      Result<Url> url = ParseUrl(task.url);
      if (url.ok() && !state.robots.IsAllowed(url.value().PathAndQuery(), options.http.user_agent)) {
        FetchAttempt refused{task.url, 0, "refused by robots.txt", 0, 0, "", "", clock.UnixSeconds()};
        ++stats.robots_refused;
        ++stats.errors;
        if (task.kind == TaskKind::kArticle) Check(ledger.SetState(task.url, UrlState::kFailed));
        Record(refused);
        Done(task);
        continue;
      }
    }
    if (task.kind == TaskKind::kArticle || task.kind == TaskKind::kListing) {
      TargetState& target = states[task.target];
      if (target.pages >= options.max_pages) {  // articles stay pending for the next run
        Done(task);
        continue;
      }
      ++target.pages;
    }
    Send(std::move(task), host);
  }
}

void CrawlSession::Impl::Send(Task task, const std::string& host) {
  HttpRequest request;
  request.url = task.url;
  if (IsConditional(task.kind)) {
    Result<Validators> validators = ledger.ValidatorsOf(task.url);
    if (!Check(validators.status())) {
      Done(task);
      return;
    }
    task.sent = validators.value();
    if (!task.sent.etag.empty()) request.headers.emplace_back("If-None-Match", task.sent.etag);
    if (!task.sent.last_modified.empty()) request.headers.emplace_back("If-Modified-Since", task.sent.last_modified);
  }
  hosts[host].in_flight = true;
  const SteadyTime due = std::max(pacer.NextAllowed(host), clock.Now());
  task.due = due;
  fetcher->Add(
      std::move(request),
      [this, task = std::move(task), host](const HttpRequest&, Result<HttpResponse> response) mutable {
        OnResponse(std::move(task), host, std::move(response));
      },
      due);
}

void CrawlSession::Impl::OnResponse(Task task, const std::string& host, Result<HttpResponse> response) {
  const CrawlTarget& target = (*targets)[task.target];
  Verdict verdict = Judge(response, task.kind, target);
  FetchAttempt attempt = MakeAttempt(task, response, clock);
  // A robots.txt answered with 4xx means no rules (RFC 9309 §2.3.1.3). One that cannot be read
  // (5xx, 429, transport failure) forbids the host (§2.3.1.4): its other URLs are not tried this
  // run and keep their frontier state, rather than each failing on its own.
  const bool robots_absent = task.kind == TaskKind::kRobots && response.ok() && response.value().status >= 400 &&
                             response.value().status < 500 && response.value().status != 429;
  const bool robots_unreadable = task.kind == TaskKind::kRobots && verdict.failed && !robots_absent;
  if (robots_absent) verdict = Verdict{};
  if (task.kind == TaskKind::kRobots && !verdict.failed) {
    attempt.error = HandleRobots(task, robots_absent ? std::string_view() : response.value().body, host);
  }

  const std::chrono::milliseconds wait = pacer.OnFinished(
      host, verdict.retryable ? FetchOutcome::kFailure : FetchOutcome::kSuccess, verdict.retry_after);
  hosts[host].in_flight = false;  // only now: requests queued from here on see the new pause
  ++stats.fetched;
  stats.bytes += static_cast<std::size_t>(attempt.bytes);
  if (verdict.failed) ++stats.errors;
  if (verdict.failed && verdict.retryable && task.attempt < options.max_attempts && wait <= options.max_retry_wait) {
    attempt.error = verdict.error + "; retry " + std::to_string(task.attempt + 1) + " of " +
                    std::to_string(options.max_attempts) + " in " + std::to_string(wait.count()) + " ms";
    Record(attempt);
    ++task.attempt;
    ++stats.queued;
    hosts[host].queue.push_front(std::move(task));
    Pump(host);
    return;
  }
  if (verdict.failed) {
    attempt.error = verdict.error;
    if (robots_unreadable) {
      hosts[host].unreachable = true;
      attempt.error += "; host skipped this run";
    }
    if (task.kind == TaskKind::kArticle) Check(ledger.SetState(task.url, UrlState::kFailed));
  } else if (failure.ok() && task.kind != TaskKind::kRobots) {
    if (response.value().status == 304) {
      ++stats.not_modified;
      if (attempt.etag.empty() && attempt.last_modified.empty()) {  // keep validators for next time
        attempt.etag = task.sent.etag;
        attempt.last_modified = task.sent.last_modified;
      }
    } else {
      attempt.error = Handle(task, response.value());
    }
  }
  Record(attempt);
  Done(task);
  Pump(host);
}

std::string CrawlSession::Impl::Handle(const Task& task, const HttpResponse& response) {
  switch (task.kind) {
    case TaskKind::kFeed: return HandleFeed(task, response);
    case TaskKind::kSitemap: return HandleSitemap(task, response);
    case TaskKind::kHome:
    case TaskKind::kListing: return HandlePage(task, response);
    case TaskKind::kArticle: return HandleArticle(task, response);
    case TaskKind::kRobots: break;
  }
  return "";
}

std::string CrawlSession::Impl::HandleRobots(const Task& task, std::string_view body, const std::string& host) {
  HostState& state = hosts[host];
  state.robots = RobotsTxt::Parse(body);
  if (auto delay = state.robots.CrawlDelay(options.http.user_agent)) pacer.SetCrawlDelay(host, *delay);
  if (host != states[task.target].home_host) return "";
  const CrawlTarget& target = (*targets)[task.target];
  for (const std::string& sitemap : state.robots.Sitemaps()) Discover(sitemap, TaskKind::kSitemap, task.target, 0);
  if (state.robots.Sitemaps().empty() && target.sitemaps.empty()) {
    Result<Url> guess = Resolve(task.url, "/sitemap.xml");
    if (guess.ok()) Discover(guess.value().ToString(), TaskKind::kSitemap, task.target, 0);
  }
  return "";
}

std::string CrawlSession::Impl::HandleFeed(const Task& task, const HttpResponse& response) {
  Result<Feed> feed = ParseFeed(response.body, response.final_url);
  if (!feed.ok()) return "not a feed: " + feed.status().message();
  for (const FeedItem& item : feed.value().items) OfferArticle(item.url, task.target, item.published);
  return "";
}

std::string CrawlSession::Impl::HandleSitemap(const Task& task, const HttpResponse& response) {
  std::string inflated;
  std::string_view xml = response.body;
  if (IsGzip(xml)) {  // sitemap.xml.gz
    Result<std::string> gunzipped = GunzipFile(xml, kMaxSitemapBytes);
    if (!gunzipped.ok()) return "not a sitemap: " + gunzipped.status().message();
    inflated = std::move(gunzipped).value();
    xml = inflated;
  }
  Result<Sitemap> sitemap = ParseSitemap(xml, response.final_url);
  if (!sitemap.ok()) return "not a sitemap: " + sitemap.status().message();
  for (const SitemapEntry& entry : sitemap.value().entries) {
    if (sitemap.value().kind == SitemapKind::kIndex) {
      if (task.depth < kMaxSitemapDepth) Discover(entry.url, TaskKind::kSitemap, task.target, task.depth + 1);
    } else if (entry.news_published || states[task.target].matcher.IsArticle(entry.url)) {
      // Plain sitemaps list every page (home, categories, tags); Google News ones only articles.
      OfferArticle(entry.url, task.target, entry.news_published ? entry.news_published : entry.last_modified);
    }
  }
  return "";
}

std::string CrawlSession::Impl::HandlePage(const Task& task, const HttpResponse& response) {
  if (task.kind == TaskKind::kHome) {
    Result<std::vector<FeedLink>> feeds = DiscoverFeeds(response.body, response.final_url);
    if (feeds.ok()) {
      for (const FeedLink& feed : feeds.value()) Discover(feed.url, TaskKind::kFeed, task.target, 0);
    }
  }
  Result<std::vector<std::string>> links = ExtractLinks(response.body, response.final_url);
  if (!links.ok()) return "links: " + links.status().message();
  const TargetState& state = states[task.target];
  for (const std::string& link : links.value()) {
    if (state.matcher.IsArticle(link)) {
      OfferArticle(link, task.target, std::nullopt);
    } else if (task.depth < options.max_depth && IsPageLink(link)) {
      Discover(link, TaskKind::kListing, task.target, task.depth + 1);
    }
  }
  return "";
}

std::string CrawlSession::Impl::HandleArticle(const Task& task, const HttpResponse& response) {
  const CrawlTarget& target = (*targets)[task.target];
  Result<std::string> url = CanonicalizeUrl(response.final_url);
  CrawledPage page{url.ok() ? url.value() : task.url, target.source_id, target.province, response.body,
                   response.content_type, clock.UnixSeconds(), task.listed};
  Result<DeliveryOutcome> outcome = ledger.DeliverArticle(page);
  if (!Check(outcome.status())) return "";
  switch (outcome.value()) {
    case DeliveryOutcome::kInserted: ++stats.inserted; break;
    case DeliveryOutcome::kUpdated: ++stats.updated; break;
    case DeliveryOutcome::kUnchanged: ++stats.unchanged; break;
    case DeliveryOutcome::kTooOld: ++stats.too_old; break;
    case DeliveryOutcome::kNotArticle: ++stats.not_articles; break;
  }
  Check(ledger.SetState(task.url, UrlState::kFetched));
  return "";
}

void CrawlSession::Impl::Record(const FetchAttempt& attempt) {
  if (!Check(ledger.RecordFetch(attempt))) return;
  if (observer != nullptr) observer->OnFetched(attempt, stats);
}

void CrawlSession::Impl::Done(const Task& task) {
  TargetState& state = states[task.target];
  if (--state.outstanding > 0 || state.done) return;
  state.done = true;
  if (observer != nullptr) observer->OnTargetDone((*targets)[task.target], stats);
}

CrawlSession::CrawlSession(const CrawlOptions& options, CrawlLedger& ledger, const Clock& clock,
                           CrawlObserver* observer)
    : impl_(std::make_unique<Impl>(options, ledger, clock, observer)) {}

CrawlSession::~CrawlSession() = default;

Result<CrawlStats> CrawlSession::Run(const std::vector<CrawlTarget>& targets) {
  Impl& impl = *impl_;
  impl.targets = &targets;
  impl.states.clear();
  for (const CrawlTarget& target : targets) {
    Result<ArticleUrlMatcher> matcher = ArticleUrlMatcher::ForTarget(target);
    if (!matcher.ok()) return matcher.status();
    Result<std::string> home_host = Host(target.home);
    if (!home_host.ok()) return home_host.status().WithContext("crawl target");
    impl.states.push_back(TargetState{std::move(matcher).value(), home_host.value()});
  }
  impl.fetcher = std::make_unique<ConcurrentFetcher>(impl.options.http, std::max<std::size_t>(1, impl.options.max_parallel));
  for (std::size_t t = 0; t < targets.size() && impl.failure.ok(); ++t) impl.Start(t);
  Result<FetchRunStats> run = impl.fetcher->Run();
  impl.fetcher.reset();
  Status flushed = impl.ledger.Flush();
  if (!impl.failure.ok()) return impl.failure;
  if (!run.ok()) return run.status();
  if (!flushed.ok()) return flushed;
  return impl.stats;
}

}  // namespace dxnews::crawler
