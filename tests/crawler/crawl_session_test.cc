// CrawlSession against the real test server: discovery through robots.txt, the home page, feeds
// and sitemaps; re-runs that poll with conditional GETs and fetch nothing known; pacing; and the
// fault routes, each ending in the right fetch-history record without harming the other pages.
#include "dxnews/crawler/crawl_session.h"

#include <catch2/catch.hpp>
#include <zlib.h>
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "support/memory_crawl_ledger.h"
#include "support/temp_dir.h"
#include "support/test_http_server.h"

namespace dxnews::crawler {
namespace {

using dxnews::testing::LoggedRequest;
using dxnews::testing::MemoryCrawlLedger;
using dxnews::testing::TempDir;
using dxnews::testing::TestHttpServer;
using namespace std::chrono_literals;

const std::vector<std::string> kArticlePaths = {
    "/tin-tuc/ha-tinh-ra-mat-trung-tam-dieu-hanh-thong-minh.html",
    "/tin-tuc/nghe-an-day-manh-thanh-toan-khong-dung-tien-mat.html",
    "/tin-tuc/quang-binh-so-hoa-ho-so-thu-tuc-hanh-chinh.html",
};

// A copy of corpus/site in a temporary directory, with some files replaced (or removed when the
// replacement is empty).
class TestSite {
 public:
  explicit TestSite(const std::map<std::string, std::string>& replaced) {
    std::filesystem::copy(std::string(DXNEWS_CORPUS_DIR) + "/site", dir_.path(),
                          std::filesystem::copy_options::recursive);
    for (const auto& [name, content] : replaced) {
      if (content.empty()) {
        std::filesystem::remove(dir_.File(name));
      } else {
        std::ofstream(dir_.File(name), std::ios::binary) << content;
      }
    }
  }
  const std::string& path() const { return dir_.path(); }
  void Write(const std::string& name, const std::string& content) const {
    std::ofstream(dir_.File(name), std::ios::binary) << content;
  }

 private:
  TempDir dir_;
};

// corpus/site's robots.txt without its Crawl-delay of 1 s, which would make every test slow.
const char* kFastRobots = "User-agent: *\nDisallow: /tim-kiem\nDisallow: /calendar/\n\nSitemap: {{BASE}}/sitemap.xml\n";

CrawlOptions FastOptions() {
  CrawlOptions options;
  options.http.allow_private = true;
  options.http.total_timeout = 5s;
  options.http.low_speed_time = 1s;
  options.http.max_body_bytes = 1024 * 1024;
  options.pacing.delay = 0ms;
  options.pacing.backoff_base = 50ms;
  options.max_attempts = 2;
  options.max_retry_wait = 1s;
  return options;
}

CrawlStats Crawl(const CrawlOptions& options, CrawlLedger& ledger, const CrawlTarget& target) {
  SystemClock clock;
  CrawlSession session(options, ledger, clock);
  Result<CrawlStats> stats = session.Run({target});
  INFO(stats.status().ToString());
  REQUIRE(stats.ok());
  return stats.value();
}

CrawlTarget SiteTarget(const TestHttpServer& server) {
  Result<CrawlTarget> target = TargetFromHomeUrl(server.Url("/"));
  REQUIRE(target.ok());
  return target.value();
}

std::vector<LoggedRequest> RequestsFor(const TestHttpServer& server, const std::string& path) {
  std::vector<LoggedRequest> found;
  for (const LoggedRequest& request : server.Requests()) {
    if (request.path == path) found.push_back(request);
  }
  return found;
}

bool HasError(const std::vector<FetchAttempt>& history, const std::string& part) {
  return std::any_of(history.begin(), history.end(),
                     [&part](const FetchAttempt& a) { return a.error.find(part) != std::string::npos; });
}

TEST_CASE("CrawlSession crawls the site through its feed and sitemap, and a re-run polls conditionally",
          "[crawler][crawl_session]") {
  TestSite site(std::map<std::string, std::string>{{"robots.txt", kFastRobots}});
  TestHttpServer server(site.path());
  MemoryCrawlLedger ledger;
  CrawlStats first = Crawl(FastOptions(), ledger, SiteTarget(server));

  CHECK(first.inserted == 3);
  for (const std::string& path : kArticlePaths) {
    CHECK(ledger.pages.count(server.Url(path)) == 1);
    CHECK(ledger.states[server.Url(path)] == UrlState::kFetched);
    CHECK(server.CountRequests(path) == 1);
  }
  CHECK(server.CountRequests("/robots.txt") == 1);
  CHECK(server.CountRequests("/rss.xml") == 1);      // autodiscovered from the home page
  CHECK(server.CountRequests("/sitemap.xml") == 1);  // from robots.txt
  // The home page links to the search page, which robots.txt forbids: recorded, never requested.
  CHECK(server.CountRequests("/tim-kiem") == 0);
  CHECK(HasError(ledger.HistoryOf(server.Url("/tim-kiem?q=chuyen-doi-so")), "refused by robots.txt"));
  CHECK(first.robots_refused == 1);
  // robots.txt first, then nothing else before it answered.
  REQUIRE(!server.Requests().empty());
  CHECK(server.Requests().front().path == "/robots.txt");
  CHECK(ledger.flushes == 1);

  CrawlStats second = Crawl(FastOptions(), ledger, SiteTarget(server));
  CHECK(second.inserted == 0);
  CHECK(second.not_modified == 2);
  for (const std::string& path : kArticlePaths) CHECK(server.CountRequests(path) == 1);
  for (const char* poll : {"/rss.xml", "/sitemap.xml"}) {
    std::vector<LoggedRequest> polls = RequestsFor(server, poll);
    REQUIRE(polls.size() == 2);
    CHECK_FALSE(polls[0].Header("If-None-Match"));
    CHECK(polls[1].Header("If-None-Match"));
    CHECK(polls[1].Header("If-Modified-Since") == std::string("Mon, 11 Mar 2024 00:00:00 GMT"));
    CHECK(ledger.HistoryOf(server.Url(poll)).back().status == 304);
    // A 304 keeps the validators for the run after.
    CHECK_FALSE(ledger.HistoryOf(server.Url(poll)).back().etag.empty());
  }
}

TEST_CASE("CrawlSession --since skips feed and sitemap entries dated before it", "[crawler][crawl_session]") {
  TestSite site({{"robots.txt", kFastRobots}, {"index.html", "<html><body>Trang chủ</body></html>"}});
  TestHttpServer server(site.path());
  MemoryCrawlLedger ledger;
  CrawlOptions options = FastOptions();
  options.since = 1710374400;  // 2024-03-14 00:00 UTC: Hà Tĩnh's article (12/3) is older
  CrawlTarget target = SiteTarget(server);
  target.feeds.push_back(server.Url("/rss.xml"));
  CrawlStats stats = Crawl(options, ledger, target);
  CHECK(stats.inserted == 2);
  CHECK(stats.too_old == 1);
  CHECK(server.CountRequests(kArticlePaths[0]) == 0);
}

std::string GzipText(const std::string& text) {
  z_stream stream{};
  REQUIRE(deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK);
  std::string out(deflateBound(&stream, text.size()) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&stream, Z_FINISH) == Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

TEST_CASE("CrawlSession follows a sitemap index to a gzipped Google News sitemap", "[crawler][crawl_session]") {
  TestSite site({{"robots.txt", "User-agent: *\nSitemap: {{BASE}}/sitemap-index.xml\n"},
                 {"sitemap-index.xml", "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/"
                                       "sitemap/0.9\"><sitemap><loc>{{BASE}}/sitemap-news.xml.gz</loc></sitemap>"
                                       "</sitemapindex>"},
                 {"index.html", "<html><body>Trang chủ</body></html>"},
                 {"sitemap.xml", ""},
                 {"rss.xml", ""}});
  TestHttpServer server(site.path());
  std::string news = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                     "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">";
  const char* dates[] = {"2024-03-12T10:05:00+07:00", "2024-03-14T08:30:00+07:00", "2024-03-15T15:20:00+07:00"};
  for (int i = 0; i < 3; ++i) {
    news += "<url><loc>" + server.Url(kArticlePaths[static_cast<std::size_t>(i)]) +
            "</loc><news:news><news:publication><news:name>Báo Tin Số</news:name><news:language>vi"
            "</news:language></news:publication><news:publication_date>" + dates[i] +
            "</news:publication_date><news:title>Tin</news:title></news:news></url>";
  }
  site.Write("sitemap-news.xml.gz", GzipText(news + "</urlset>"));
  MemoryCrawlLedger ledger;
  CrawlOptions options = FastOptions();
  options.since = 1710374400;  // 2024-03-14 00:00 UTC
  CrawlStats stats = Crawl(options, ledger, SiteTarget(server));
  CHECK(stats.inserted == 2);
  CHECK(stats.too_old == 1);
  CHECK(server.CountRequests("/sitemap-news.xml.gz") == 1);
  CHECK(ledger.pages.count(server.Url(kArticlePaths[2])) == 1);
}

// The gaps between the arrivals of consecutive requests, in order.
std::vector<std::chrono::milliseconds> Gaps(const TestHttpServer& server) {
  std::vector<LoggedRequest> requests = server.Requests();
  std::vector<std::chrono::milliseconds> gaps;
  for (std::size_t i = 1; i < requests.size(); ++i) {
    gaps.push_back(std::chrono::duration_cast<std::chrono::milliseconds>(requests[i].time - requests[i - 1].time));
  }
  return gaps;
}

TEST_CASE("CrawlSession spaces requests to one host by the delay, and robots.txt Crawl-delay wins",
          "[crawler][crawl_session]") {
  std::string robots;
  std::chrono::milliseconds expected{0};
  SECTION("--delay") {
    robots = "User-agent: *\nDisallow: /tim-kiem\n";
    expected = 200ms;
  }
  SECTION("a Crawl-delay larger than --delay") {
    robots = "User-agent: *\nCrawl-delay: 0.5\n";
    expected = 500ms;
  }
  TestSite site({{"robots.txt", robots},
                 {"index.html", "<html><body><a href=\"/lien-he\">Liên hệ</a></body></html>"},
                 {"sitemap.xml", ""}});
  TestHttpServer server(site.path());
  MemoryCrawlLedger ledger;
  CrawlOptions options = FastOptions();
  options.pacing.delay = 200ms;
  Crawl(options, ledger, SiteTarget(server));
  // robots.txt, the home page, /lien-he (a listing link) and the /sitemap.xml guess.
  REQUIRE(server.Requests().size() == 4);
  for (std::chrono::milliseconds gap : Gaps(server)) CHECK(gap >= expected);
}

TEST_CASE("CrawlSession records every fault route in the fetch history and still stores the site",
          "[crawler][crawl_session]") {
  TestSite site(std::map<std::string, std::string>{{"robots.txt", kFastRobots}});
  TestHttpServer server(site.path());
  MemoryCrawlLedger ledger;
  for (const char* path : {"/slow", "/500", "/loop", "/huge", "/gzip-bomb", "/truncated", "/to-ftp",
                           "/wrong-charset", "/tcvn3"}) {
    ledger.Seed(server.Url(path));
  }
  // On a second host name: the 503's Retry-After of 7 s holds that host only.
  ledger.Seed(server.UrlOnHost("localhost", "/503"));
  CrawlTarget target = SiteTarget(server);
  target.hosts.push_back("localhost");
  auto start = std::chrono::steady_clock::now();
  CrawlStats stats = Crawl(FastOptions(), ledger, target);
  CHECK(std::chrono::steady_clock::now() - start < 7s);  // nobody waited for the Retry-After

  for (const std::string& path : kArticlePaths) CHECK(ledger.pages.count(server.Url(path)) == 1);
  CHECK(ledger.pages.count(server.Url("/wrong-charset")) == 1);
  CHECK(ledger.pages.count(server.Url("/tcvn3")) == 1);
  CHECK(ledger.states[server.Url("/tcvn3")] == UrlState::kFetched);

  auto failed = [&](const std::string& url, std::size_t attempts, const std::string& error) {
    INFO(url);
    std::vector<FetchAttempt> history = ledger.HistoryOf(url);
    CHECK(history.size() == attempts);
    REQUIRE(!history.empty());
    CHECK(HasError(history, error));
    CHECK(ledger.states[url] == UrlState::kFailed);
    CHECK(ledger.pages.count(url) == 0);
  };
  failed(server.Url("/slow"), 2, "retry 2 of 2");       // slow drip: retryable, retried once
  failed(server.Url("/truncated"), 2, "retry 2 of 2");  // truncated body: retryable too
  failed(server.Url("/500"), 2, "HTTP 500");
  failed(server.Url("/loop"), 1, "");                   // too many redirects: not retried
  failed(server.Url("/huge"), 1, "max_body_bytes");
  // The server takes a while to compress the bomb; on a loaded machine the first attempt may stall
  // past low_speed_time and be retried. Either way the last attempt hits the body limit.
  CHECK(HasError({ledger.HistoryOf(server.Url("/gzip-bomb")).back()}, "max_body_bytes"));
  CHECK(ledger.states[server.Url("/gzip-bomb")] == UrlState::kFailed);
  failed(server.Url("/to-ftp"), 1, "");
  failed(server.UrlOnHost("localhost", "/503"), 1, "Retry-After 7");
  CHECK(ledger.HistoryOf(server.Url("/500")).front().status == 500);
  CHECK(server.HugeBytesSent() < TestHttpServer::kHugeBodyBytes);
  CHECK(server.CountRequests("/503") == 1);
  // The 500 was retried after the back-off pause.
  std::vector<LoggedRequest> five_hundreds = RequestsFor(server, "/500");
  REQUIRE(five_hundreds.size() == 2);
  CHECK(five_hundreds[1].time - five_hundreds[0].time >= 50ms);
  CHECK(stats.inserted == 5);
}

TEST_CASE("CrawlSession bounds the calendar trap by depth and by max pages", "[crawler][crawl_session]") {
  const char* home = "<html><body><a href=\"/calendar/2024-03-01\">Lịch sự kiện</a></body></html>";
  TestSite site({{"robots.txt", "User-agent: *\nDisallow: /tim-kiem\n"}, {"index.html", home}, {"sitemap.xml", ""}});
  TestHttpServer server(site.path());
  auto calendar_requests = [&server] {
    std::vector<LoggedRequest> requests = server.Requests();
    return std::count_if(requests.begin(), requests.end(),
                         [](const LoggedRequest& r) { return r.path.rfind("/calendar/", 0) == 0; });
  };
  CrawlOptions options = FastOptions();
  SECTION("depth") {
    options.max_depth = 3;  // 1 + 2 + 2 days
    MemoryCrawlLedger ledger;
    Crawl(options, ledger, SiteTarget(server));
    CHECK(calendar_requests() == 5);
  }
  SECTION("max pages") {
    options.max_depth = 1000;
    options.max_pages = 7;
    MemoryCrawlLedger ledger;
    Crawl(options, ledger, SiteTarget(server));
    CHECK(calendar_requests() == 7);
  }
}

TEST_CASE("CrawlSession refuses private addresses unless allowed", "[crawler][crawl_session]") {
  TestHttpServer server;
  MemoryCrawlLedger ledger;
  CrawlOptions options = FastOptions();
  options.http.allow_private = false;
  CrawlStats stats = Crawl(options, ledger, SiteTarget(server));
  CHECK(server.Requests().empty());
  CHECK(HasError(ledger.HistoryOf(server.Url("/robots.txt")), "non-public address"));
  CHECK(stats.inserted == 0);
  CHECK(stats.errors == stats.fetched + stats.robots_refused);
}

TEST_CASE("CrawlSession never leaves the target's hosts", "[crawler][crawl_session]") {
  TestSite site(std::map<std::string, std::string>{{"robots.txt", kFastRobots}});
  TestHttpServer server(site.path());
  site.Write("index.html", "<html><body><a href=\"" +
                               server.UrlOnHost("localhost", "/tin-tuc/bai-viet-tren-mot-trang-khac.html") +
                               "\">Tin khác</a><a href=\"" + server.UrlOnHost("localhost", "/chuyen-muc") +
                               "\">Chuyên mục</a></body></html>");
  MemoryCrawlLedger ledger;
  Crawl(FastOptions(), ledger, SiteTarget(server));
  CHECK(server.CountRequests("/") == 1);
  for (const LoggedRequest& request : server.Requests()) {
    INFO(request.path);
    CHECK(request.Header("Host").value_or("").rfind("127.0.0.1", 0) == 0);
  }
}

TEST_CASE("CrawlSession takes from a plain sitemap only the URLs its article rule accepts", "[crawler][crawl_session]") {
  const std::string sitemap = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                              "<url><loc>{{BASE}}/gioi-thieu</loc></url><url><loc>{{BASE}}" + kArticlePaths[0] +
                              "</loc></url><url><loc>{{BASE}}" + kArticlePaths[1] + "</loc></url></urlset>";
  TestSite site({{"robots.txt", kFastRobots}, {"index.html", "<html><body>Trang chủ</body></html>"},
                 {"sitemap.xml", sitemap}});
  TestHttpServer server(site.path());
  SECTION("the news-CMS heuristic") {
    MemoryCrawlLedger ledger;
    CHECK(Crawl(FastOptions(), ledger, SiteTarget(server)).inserted == 2);
    CHECK(server.CountRequests("/gioi-thieu") == 0);
  }
  SECTION("the source's article patterns") {
    CrawlTarget target = SiteTarget(server);
    target.article_patterns = {"^/tin-tuc/ha-tinh-"};
    MemoryCrawlLedger ledger;
    CHECK(Crawl(FastOptions(), ledger, target).inserted == 1);
    CHECK(server.CountRequests(kArticlePaths[1]) == 0);
  }
}

TEST_CASE("CrawlSession treats a missing robots.txt as no rules and an unreadable one as a closed host",
          "[crawler][crawl_session]") {
  SECTION("404: everything allowed, /sitemap.xml guessed") {
    TestSite site(std::map<std::string, std::string>{{"robots.txt", ""}});
    TestHttpServer server(site.path());
    MemoryCrawlLedger ledger;
    CrawlStats stats = Crawl(FastOptions(), ledger, SiteTarget(server));
    CHECK(stats.inserted == 3);
    CHECK(server.CountRequests("/sitemap.xml") == 1);
    CHECK(ledger.HistoryOf(server.Url("/robots.txt")).front().error.empty());
  }
  SECTION("unreachable: the host is skipped, its articles keep their state") {
    MemoryCrawlLedger ledger;
    ledger.Seed("http://127.0.0.1:1/tin-tuc/bai-viet-cho-lan-sau-nhe.html");
    Result<CrawlTarget> target = TargetFromHomeUrl("http://127.0.0.1:1/");  // nothing listens on port 1
    REQUIRE(target.ok());
    Crawl(FastOptions(), ledger, target.value());
    std::vector<FetchAttempt> robots = ledger.HistoryOf("http://127.0.0.1:1/robots.txt");
    REQUIRE(robots.size() == 2);  // retried once
    CHECK(HasError({robots.back()}, "host skipped this run"));
    CHECK(ledger.HistoryOf("http://127.0.0.1:1/").empty());
    CHECK(ledger.states["http://127.0.0.1:1/tin-tuc/bai-viet-cho-lan-sau-nhe.html"] == UrlState::kPending);
  }
}

TEST_CASE("CrawlSession retries a failed article in later runs until its failure limit", "[crawler][crawl_session]") {
  TestSite site({{"robots.txt", kFastRobots}, {"index.html", "<html><body>Trang chủ</body></html>"},
                 {"sitemap.xml", ""}});
  TestHttpServer server(site.path());
  MemoryCrawlLedger ledger;
  ledger.Seed(server.Url("/500"));
  CrawlOptions options = FastOptions();
  options.max_attempts = 1;
  options.max_failures = 2;
  for (int run = 0; run < 3; ++run) Crawl(options, ledger, SiteTarget(server));
  CHECK(server.CountRequests("/500") == 2);
  CHECK(ledger.HistoryOf(server.Url("/500")).size() == 2);
  CHECK(ledger.states[server.Url("/500")] == UrlState::kFailed);
}

TEST_CASE("CrawlSession stops starting requests when asked, leaving the rest pending", "[crawler][crawl_session]") {
  TestSite site(std::map<std::string, std::string>{{"robots.txt", kFastRobots}});
  TestHttpServer server(site.path());
  MemoryCrawlLedger ledger;
  std::atomic<bool> stop{false};
  struct StopAfterFirstArticle : CrawlObserver {
    std::atomic<bool>* stop;
    void OnFetched(const FetchAttempt&, const CrawlStats& totals) override {
      if (totals.inserted > 0) stop->store(true);
    }
  } observer;
  observer.stop = &stop;
  CrawlOptions options = FastOptions();
  options.stop = &stop;
  SystemClock clock;
  CrawlSession session(options, ledger, clock, &observer);
  Result<CrawlStats> stats = session.Run({SiteTarget(server)});
  REQUIRE(stats.ok());
  CHECK(stats.value().interrupted);
  CHECK(stats.value().inserted == 1);
  CHECK(ledger.flushes == 1);
  std::size_t pending = 0;
  for (const std::string& path : kArticlePaths) pending += ledger.states[server.Url(path)] == UrlState::kPending;
  CHECK(pending == 2);
}

TEST_CASE("ArticleUrlMatcher uses the source's patterns, else the news-CMS heuristic", "[crawler][crawl_session]") {
  CrawlTarget target;
  Result<ArticleUrlMatcher> generic = ArticleUrlMatcher::ForTarget(target);
  REQUIRE(generic.ok());
  CHECK(generic.value().IsArticle("https://baohatinh.vn/ha-tinh-ra-mat-trung-tam-post123456.html"));
  CHECK(generic.value().IsArticle("https://baolaichau.vn/kinh-te/lai-chau-so-hoa-1234567"));
  CHECK(generic.value().IsArticle("https://a.vn/xa-hoi/nghe-an-day-manh-chuyen-doi-so-cap-xa"));
  CHECK(generic.value().IsArticle("https://baodongnai.com.vn/tin-moi/202507/dong-nai-so-hoa-ho-so-83102d4/"));
  CHECK_FALSE(generic.value().IsArticle("https://baodongnai.com.vn/tin-moi/"));
  CHECK_FALSE(generic.value().IsArticle("https://a.vn/tin-tuc/"));
  CHECK_FALSE(generic.value().IsArticle("https://a.vn/calendar/2024-03-01"));
  CHECK_FALSE(generic.value().IsArticle("https://a.vn/index.html"));
  target.article_patterns = {"-post\\d+\\.html$"};
  Result<ArticleUrlMatcher> patterned = ArticleUrlMatcher::ForTarget(target);
  REQUIRE(patterned.ok());
  CHECK(patterned.value().IsArticle("https://baohatinh.vn/a-post123.html"));
  CHECK_FALSE(patterned.value().IsArticle("https://baohatinh.vn/a-123.html"));
  target.article_patterns = {"("};
  CHECK_FALSE(ArticleUrlMatcher::ForTarget(target).ok());
}

}  // namespace
}  // namespace dxnews::crawler

TEST_CASE("IsInTarget keeps a site given a path prefix to its own part of a shared host", "[crawler][crawl_target]") {
  dxnews::crawler::CrawlTarget target;
  target.hosts = {"127.0.0.1"};
  auto url = [](const char* text) { return dxnews::crawler::ParseUrl(text).value(); };
  CHECK(dxnews::crawler::IsInTarget(target, url("http://127.0.0.1:8080/lamhong/a-1.html")));
  target.path_prefix = "/honglinh/";
  CHECK(dxnews::crawler::IsInTarget(target, url("http://127.0.0.1:8080/honglinh/cds/202410/bai-abc/")));
  CHECK_FALSE(dxnews::crawler::IsInTarget(target, url("http://127.0.0.1:8080/lamhong/a-1.html")));
  CHECK_FALSE(dxnews::crawler::IsInTarget(target, url("http://127.0.0.1:8080/honglinh")));
  CHECK_FALSE(dxnews::crawler::IsInTarget(target, url("http://example.vn/honglinh/a.html")));
}
