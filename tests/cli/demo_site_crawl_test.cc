// corpus/demo, served by DemoServer, is crawlable with the crawler's own parsers: every article of
// facts.json is reachable from the sitemaps robots.txt lists and by following links from the
// outlet home pages, every home page advertises a feed that parses, and the Atom feed and the
// Google News sitemap carry their publication times.
#include <catch2/catch.hpp>
#include <deque>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "demo_server.h"
#include "dxnews/crawler/curl_http_client.h"
#include "dxnews/crawler/feed_parser.h"
#include "dxnews/crawler/link_extractor.h"
#include "dxnews/crawler/sitemap_parser.h"

namespace dxnews::cli {
namespace {

const std::string kDemoDir = std::string(DXNEWS_CORPUS_DIR) + "/demo";

nlohmann::json Facts() {
  std::ifstream in(kDemoDir + "/facts.json");
  REQUIRE(in);
  return nlohmann::json::parse(in);
}

class DemoCrawl {
 public:
  DemoCrawl() : server_({kDemoDir, 0, true}) {
    REQUIRE(server_.Start().ok());
    crawler::HttpOptions options;
    options.allow_private = true;
    client_ = crawler::MakeCurlHttpClient(options);
  }
  std::string Url(const std::string& path) const { return server_.BaseUrl() + path; }
  crawler::HttpResponse Get(const std::string& url) {
    Result<crawler::HttpResponse> response = client_->Fetch({url, {}});
    REQUIRE(response.ok());
    return response.value();
  }
  std::string PathOf(const std::string& url) const { return url.substr(server_.BaseUrl().size()); }

 private:
  DemoServer server_;
  std::unique_ptr<crawler::HttpClient> client_;
};

std::set<std::string> ArticlePaths(const nlohmann::json& facts) {
  std::set<std::string> paths;
  for (const auto& a : facts["articles"]) paths.insert(a["url"].get<std::string>());
  return paths;
}

TEST_CASE("Every demo article is listed in the sitemaps that robots.txt names", "[cli][demo]") {
  const nlohmann::json facts = Facts();
  DemoCrawl crawl;
  crawler::HttpResponse robots = crawl.Get(crawl.Url("/robots.txt"));
  REQUIRE(robots.status == 200);
  std::deque<std::string> sitemaps;
  std::istringstream lines(robots.body);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("Sitemap: ", 0) == 0) sitemaps.push_back(line.substr(9));
  }
  CHECK(sitemaps.size() == facts["outlets"].size());
  std::set<std::string> found;
  int indexes = 0, news_entries = 0;
  while (!sitemaps.empty()) {
    const std::string url = sitemaps.front();
    sitemaps.pop_front();
    crawler::HttpResponse response = crawl.Get(url);
    REQUIRE(response.status == 200);
    CHECK(response.content_type == "application/xml");
    Result<crawler::Sitemap> sitemap = crawler::ParseSitemap(response.body, url);
    REQUIRE(sitemap.ok());
    CHECK(sitemap.value().skipped_entries == 0);
    for (const crawler::SitemapEntry& entry : sitemap.value().entries) {
      if (sitemap.value().kind == crawler::SitemapKind::kIndex) {
        sitemaps.push_back(entry.url);
      } else {
        found.insert(crawl.PathOf(entry.url));
        CHECK(entry.last_modified.has_value() != entry.news_published.has_value());
        if (entry.news_published) ++news_entries;
      }
    }
    if (sitemap.value().kind == crawler::SitemapKind::kIndex) ++indexes;
  }
  CHECK(indexes == 1);
  CHECK(news_entries > 10);
  CHECK(found == ArticlePaths(facts));
}

TEST_CASE("Every demo outlet advertises a feed that parses, and every article is linked from its home",
          "[cli][demo]") {
  const nlohmann::json facts = Facts();
  const std::set<std::string> articles = ArticlePaths(facts);
  DemoCrawl crawl;
  std::set<std::string> linked;
  for (const auto& outlet : facts["outlets"]) {
    const std::string home = crawl.Url(outlet["home"].get<std::string>());
    crawler::HttpResponse page = crawl.Get(home);
    REQUIRE(page.status == 200);
    Result<std::vector<crawler::FeedLink>> feeds = crawler::DiscoverFeeds(page.body, home);
    REQUIRE(feeds.ok());
    REQUIRE(feeds.value().size() == 1);
    CHECK(crawl.PathOf(feeds.value()[0].url) == outlet["feed"].get<std::string>());
    crawler::HttpResponse feed_bytes = crawl.Get(feeds.value()[0].url);
    Result<crawler::Feed> feed = crawler::ParseFeed(feed_bytes.body, feeds.value()[0].url);
    REQUIRE(feed.ok());
    CHECK(feed.value().format ==
          (outlet["feed_format"] == "atom" ? crawler::FeedFormat::kAtom : crawler::FeedFormat::kRss));
    CHECK(!feed.value().items.empty());
    for (const crawler::FeedItem& item : feed.value().items) {
      CHECK(articles.count(crawl.PathOf(item.url)) == 1);
      CHECK(item.published.has_value());
    }
    // Breadth-first over the outlet's listing pages (home, categories, "Trang sau").
    const std::string prefix = outlet["home"].get<std::string>();
    std::deque<std::string> queue = {home};
    std::set<std::string> seen = {home};
    while (!queue.empty()) {
      const std::string url = queue.front();
      queue.pop_front();
      CAPTURE(url);
      crawler::HttpResponse listing = crawl.Get(url);
      REQUIRE(listing.status == 200);
      Result<std::vector<std::string>> links = crawler::ExtractLinks(listing.body, url);
      REQUIRE(links.ok());
      for (const std::string& link : links.value()) {
        const std::string path = crawl.PathOf(link);
        if (path.rfind(prefix, 0) != 0 || path.find("/admin/") != std::string::npos) continue;
        if (articles.count(path)) {
          linked.insert(path);
        } else if (path.back() == '/' && seen.insert(link).second) {
          queue.push_back(link);
        }
      }
    }
  }
  CHECK(linked == articles);
}

}  // namespace
}  // namespace dxnews::cli
