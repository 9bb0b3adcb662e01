// CheckSources against a real server on 127.0.0.1 (corpus/site: robots.txt, rss.xml, sitemap.xml)
// and against a closed port: every URL is fetched once, robots.txt is obeyed, bodies are parsed as
// what they should be, and a dead host is reported, not fatal.
#include "dxnews/crawler/source_check.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <vector>

#include "support/test_http_server.h"

namespace dxnews::crawler {
namespace {

using dxnews::testing::TestHttpServer;
using namespace std::chrono_literals;

SourceCheckOptions LocalOptions() {
  SourceCheckOptions options;
  options.http.allow_private = true;
  options.http.connect_timeout = 2s;
  options.http.total_timeout = 5s;
  return options;
}

SourceConfig LocalSource(const TestHttpServer& server) {
  SourceConfig source;
  source.id = "bao-tin-so";
  source.home = server.Url("/");
  source.feeds = {{server.Url("/rss.xml"), Confidence::kConfirmed}, {server.Url("/khong-co.rss"), Confidence::kBackground}};
  source.sitemaps = {{server.Url("/sitemap.xml"), Confidence::kConfirmed},
                     {server.Url("/calendar/sitemap.xml"), Confidence::kBackground}};
  return source;
}

TEST_CASE("CheckSources fetches robots.txt, feeds and sitemaps once each and parses them", "[crawler][unit]") {
  TestHttpServer server;
  SourceConfig source = LocalSource(server);
  Result<std::vector<SourceCheck>> checks = CheckSources({&source}, LocalOptions());
  REQUIRE(checks.ok());
  REQUIRE(checks.value().size() == 1);
  const SourceCheck& check = checks.value()[0];
  CHECK(check.source_id == "bao-tin-so");
  CHECK(check.AnyAnswered());
  REQUIRE(check.probes.size() == 5);

  const ProbeResult& robots = check.probes[0];
  CHECK(robots.kind == ProbeKind::kRobots);
  CHECK(robots.url == server.Url("/robots.txt"));
  CHECK(robots.http_status == 200);
  CHECK(robots.parsed);
  CHECK(robots.items == 1);  // one Sitemap: line

  const ProbeResult& feed = check.probes[1];
  CHECK(feed.kind == ProbeKind::kFeed);
  CHECK(feed.http_status == 200);
  CHECK(feed.parsed);
  CHECK(feed.format == "rss");
  CHECK(feed.items == 3);
  CHECK(feed.error.empty());
  CHECK(feed.seconds > 0);

  const ProbeResult& missing = check.probes[2];
  CHECK(missing.answered);
  CHECK(missing.http_status == 404);
  CHECK_FALSE(missing.parsed);
  CHECK(missing.error == "HTTP 404");

  const ProbeResult& sitemap = check.probes[3];
  CHECK(sitemap.kind == ProbeKind::kSitemap);
  CHECK(sitemap.parsed);
  CHECK(sitemap.format == "urlset");
  CHECK(sitemap.items == 4);

  const ProbeResult& disallowed = check.probes[4];  // robots.txt: Disallow: /calendar/
  CHECK_FALSE(disallowed.answered);
  CHECK(disallowed.error == "disallowed by robots.txt");

  CHECK(server.CountRequests("/robots.txt") == 1);
  CHECK(server.CountRequests("/rss.xml") == 1);
  CHECK(server.CountRequests("/sitemap.xml") == 1);
  CHECK(server.CountRequests("/calendar/sitemap.xml") == 0);
}

TEST_CASE("CheckSources reports a closed port as unanswered and checks the other sources", "[crawler][unit]") {
  TestHttpServer server;
  SourceConfig alive = LocalSource(server);
  SourceConfig dead;
  dead.id = "bao-da-dong";
  dead.home = "http://127.0.0.1:1/";
  dead.feeds = {{"http://127.0.0.1:1/rss.xml", Confidence::kBackground}};
  auto start = std::chrono::steady_clock::now();
  Result<std::vector<SourceCheck>> checks = CheckSources({&dead, &alive}, LocalOptions());
  REQUIRE(checks.ok());
  CHECK(std::chrono::steady_clock::now() - start < 10s);
  REQUIRE(checks.value().size() == 2);
  const SourceCheck& check = checks.value()[0];
  CHECK_FALSE(check.AnyAnswered());
  REQUIRE(check.probes.size() == 2);
  CHECK_FALSE(check.probes[0].error.empty());
  CHECK(check.probes[1].error == "robots.txt unreachable: not fetched");
  CHECK(checks.value()[1].AnyAnswered());
}

TEST_CASE("CheckSources refuses loopback addresses unless allowed", "[crawler][unit]") {
  TestHttpServer server;
  SourceConfig source = LocalSource(server);
  SourceCheckOptions options = LocalOptions();
  options.http.allow_private = false;
  Result<std::vector<SourceCheck>> checks = CheckSources({&source}, options);
  REQUIRE(checks.ok());
  CHECK_FALSE(checks.value()[0].AnyAnswered());
  CHECK(server.CountRequests("/robots.txt") == 0);
  CHECK(server.CountRequests("/rss.xml") == 0);
}

}  // namespace
}  // namespace dxnews::crawler
