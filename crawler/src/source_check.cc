#include "dxnews/crawler/source_check.h"

#include <map>
#include <utility>

#include "dxnews/crawler/concurrent_fetcher.h"
#include "dxnews/crawler/feed_parser.h"
#include "dxnews/crawler/sitemap_parser.h"
#include "dxnews/crawler/url.h"
#include "robots_txt.h"

namespace dxnews::crawler {
namespace {

// Where one probe lives: sources[source].probes[probe].
struct ProbeRef {
  std::size_t source = 0;
  std::size_t probe = 0;
};

// One origin (scheme://host:port): its robots.txt is fetched once, and the feeds and sitemaps on
// it wait for the answer.
struct Origin {
  std::string robots_url;
  std::vector<ProbeRef> robots_probes;
  std::vector<ProbeRef> waiting;
  bool robots_requested = false;
};

std::string OriginOf(const Url& url) {
  std::string origin = url.scheme + "://" + url.host;
  if (url.port) origin += ":" + std::to_string(*url.port);
  return origin;
}

void RecordResponse(const Result<HttpResponse>& response, ProbeResult* probe) {
  if (!response.ok()) {
    probe->error = response.status().message();
    return;
  }
  probe->answered = true;
  probe->http_status = response.value().status;
  probe->seconds = response.value().total_seconds;
}

void ParseBody(const HttpResponse& response, ProbeResult* probe) {
  if (probe->http_status < 200 || probe->http_status > 299) {
    probe->error = "HTTP " + std::to_string(probe->http_status);
    return;
  }
  if (probe->kind == ProbeKind::kFeed) {
    Result<Feed> feed = ParseFeed(response.body, response.final_url);
    if (!feed.ok()) {
      probe->error = feed.status().message();
      return;
    }
    probe->parsed = true;
    probe->items = feed.value().items.size();
    probe->format = feed.value().format == FeedFormat::kAtom ? "atom" : "rss";
    return;
  }
  Result<Sitemap> sitemap = ParseSitemap(response.body, response.final_url);
  if (!sitemap.ok()) {
    probe->error = sitemap.status().message();
    return;
  }
  probe->parsed = true;
  probe->items = sitemap.value().entries.size();
  probe->format = sitemap.value().kind == SitemapKind::kIndex ? "sitemapindex" : "urlset";
}

class Checker {
 public:
  Checker(const std::vector<const SourceConfig*>& sources, const SourceCheckOptions& options)
      : options_(options), fetcher_(options.http, options.max_parallel) {
    checks_.resize(sources.size());
    for (std::size_t s = 0; s < sources.size(); ++s) Plan(s, *sources[s]);
  }

  Result<std::vector<SourceCheck>> Run() {
    for (auto& [origin, state] : origins_) RequestRobots(state);
    Result<FetchRunStats> stats = fetcher_.Run();
    if (!stats.ok()) return stats.status();
    return std::move(checks_);
  }

 private:
  // Adds the robots probe of every origin the source uses, then its feeds and sitemaps.
  void Plan(std::size_t s, const SourceConfig& source) {
    SourceCheck& check = checks_[s];
    check.source_id = source.id;
    std::vector<std::pair<ProbeKind, std::string>> urls;
    for (const FeedRef& feed : source.feeds) urls.emplace_back(ProbeKind::kFeed, feed.url);
    for (const FeedRef& sitemap : source.sitemaps) urls.emplace_back(ProbeKind::kSitemap, sitemap.url);
    std::vector<std::string> origins;
    auto origin_of = [&](const std::string& text) -> Origin* {
      Result<Url> url = ParseUrl(text);
      if (!url.ok()) return nullptr;
      std::string key = OriginOf(url.value());
      Origin& origin = origins_[key];
      origin.robots_url = key + "/robots.txt";
      bool seen = false;
      for (const std::string& o : origins) seen = seen || o == key;
      if (!seen) {
        origins.push_back(key);
        ProbeResult robots;
        robots.kind = ProbeKind::kRobots;
        robots.url = origin.robots_url;
        check.probes.push_back(robots);
        origin.robots_probes.push_back({s, check.probes.size() - 1});
      }
      return &origin;
    };
    origin_of(source.home);
    for (const auto& [kind, text] : urls) {
      ProbeResult probe;
      probe.kind = kind;
      probe.url = text;
      Origin* origin = origin_of(text);
      if (origin == nullptr) probe.error = "not an http(s) URL";
      check.probes.push_back(probe);
      if (origin != nullptr) origin->waiting.push_back({s, check.probes.size() - 1});
    }
  }

  ProbeResult& At(ProbeRef ref) { return checks_[ref.source].probes[ref.probe]; }

  void RequestRobots(Origin& origin) {
    if (origin.robots_requested) return;
    origin.robots_requested = true;
    fetcher_.Add(HttpRequest{origin.robots_url, {}},
                 [this, &origin](const HttpRequest&, Result<HttpResponse> response) {
                   OnRobots(origin, response);
                 });
  }

  void OnRobots(Origin& origin, const Result<HttpResponse>& response) {
    RobotsTxt robots = RobotsTxt::DisallowAll();  // RFC 9309 §2.3.1.4: unreachable
    ProbeResult outcome;
    RecordResponse(response, &outcome);
    if (response.ok()) {
      int status = response.value().status;
      if (status >= 200 && status <= 299) {
        robots = RobotsTxt::Parse(response.value().body);
        outcome.parsed = true;
        outcome.items = robots.Sitemaps().size();
      } else if (status >= 400 && status <= 499) {
        robots = RobotsTxt();  // §2.3.1.3: unavailable, everything allowed
        outcome.error = "HTTP " + std::to_string(status) + " (no robots.txt: everything allowed)";
      } else {
        outcome.error = "HTTP " + std::to_string(status) + " (everything disallowed)";
      }
    }
    for (ProbeRef ref : origin.robots_probes) {
      ProbeResult& probe = At(ref);
      outcome.kind = probe.kind;
      outcome.url = probe.url;
      probe = outcome;
    }
    for (ProbeRef ref : origin.waiting) {
      ProbeResult& probe = At(ref);
      Result<Url> url = ParseUrl(probe.url);
      if (!robots.IsAllowed(url.value().PathAndQuery(), options_.http.user_agent)) {
        probe.error = response.ok() ? "disallowed by robots.txt" : "robots.txt unreachable: not fetched";
        continue;
      }
      fetcher_.Add(HttpRequest{probe.url, {}}, [this, ref](const HttpRequest&, Result<HttpResponse> answer) {
        ProbeResult& target = At(ref);
        RecordResponse(answer, &target);
        if (answer.ok()) ParseBody(answer.value(), &target);
      });
    }
  }

  const SourceCheckOptions& options_;
  ConcurrentFetcher fetcher_;
  std::vector<SourceCheck> checks_;
  std::map<std::string, Origin> origins_;  // node-based: callbacks keep references
};

}  // namespace

bool SourceCheck::AnyAnswered() const {
  for (const ProbeResult& probe : probes) {
    if (probe.answered) return true;
  }
  return false;
}

HttpOptions SourceCheckHttpOptions() {
  HttpOptions options;
  options.connect_timeout = std::chrono::milliseconds(5000);
  options.total_timeout = std::chrono::milliseconds(15000);
  options.low_speed_limit = 256;
  options.low_speed_time = std::chrono::seconds(5);
  return options;
}

Result<std::vector<SourceCheck>> CheckSources(const std::vector<const SourceConfig*>& sources,
                                              const SourceCheckOptions& options) {
  Checker checker(sources, options);
  return checker.Run();
}

const char* ProbeKindName(ProbeKind kind) {
  switch (kind) {
    case ProbeKind::kRobots: return "robots";
    case ProbeKind::kFeed: return "feed";
    case ProbeKind::kSitemap: return "sitemap";
  }
  return "robots";
}

}  // namespace dxnews::crawler
