#include "demo_server.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "dxnews/crawler/curl_http_client.h"
#include "support/temp_dir.h"

namespace dxnews::cli {
namespace {

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// A small site: a home page, an article, an RSS feed with {{BASE}} links, an Atom feed, a
// sitemap, robots.txt, and a secret file next to (outside) the served directory.
struct Site {
  dxnews::testing::TempDir dir;
  std::string root = dir.File("site");
  Site() {
    std::filesystem::create_directories(root + "/tin-tuc");
    WriteFile(root + "/index.html", "<html><body>Trang chủ</body></html>");
    WriteFile(root + "/tin-tuc/index.html", "<html><body>Chuyển đổi số</body></html>");
    WriteFile(root + "/tin-tuc/bai-1.html", "<html><body>Bài 1</body></html>");
    WriteFile(root + "/rss.rss", "<rss><link>{{BASE}}/tin-tuc/bai-1.html</link></rss>");
    WriteFile(root + "/feed.atom", "<feed/>");
    WriteFile(root + "/sitemap.xml", "<urlset><loc>{{BASE}}/tin-tuc/bai-1.html</loc></urlset>");
    WriteFile(root + "/robots.txt", "User-agent: *\nSitemap: {{BASE}}/sitemap.xml\n");
    WriteFile(dir.File("secret.txt"), "mật khẩu");
  }
};

std::unique_ptr<crawler::HttpClient> Client() {
  crawler::HttpOptions options;
  options.allow_private = true;
  return crawler::MakeCurlHttpClient(options);
}

crawler::HttpResponse Get(crawler::HttpClient& client, const std::string& url,
                          std::vector<crawler::HttpHeader> headers = {}) {
  Result<crawler::HttpResponse> response = client.Fetch({url, std::move(headers)});
  REQUIRE(response.ok());
  return response.value();
}

TEST_CASE("DemoServer serves files with the content types crawlers check", "[cli][unit]") {
  Site site;
  DemoServer server({site.root, 0, true});
  Result<int> port = server.Start();
  REQUIRE(port.ok());
  CHECK(port.value() > 0);
  CHECK(server.BaseUrl() == "http://127.0.0.1:" + std::to_string(port.value()));
  auto client = Client();

  crawler::HttpResponse home = Get(*client, server.BaseUrl() + "/");
  CHECK(home.status == 200);
  CHECK(home.body == "<html><body>Trang chủ</body></html>");
  CHECK(home.content_type == "text/html; charset=utf-8");
  CHECK(Get(*client, server.BaseUrl() + "/tin-tuc/").body == "<html><body>Chuyển đổi số</body></html>");
  CHECK(Get(*client, server.BaseUrl() + "/rss.rss").content_type == "application/rss+xml");
  CHECK(Get(*client, server.BaseUrl() + "/feed.atom").content_type == "application/atom+xml");
  CHECK(Get(*client, server.BaseUrl() + "/sitemap.xml").content_type == "application/xml");
  CHECK(Get(*client, server.BaseUrl() + "/robots.txt").content_type == "text/plain; charset=utf-8");
  CHECK(Get(*client, server.BaseUrl() + "/khong-co.html").status == 404);
}

TEST_CASE("DemoServer writes its own base URL into feeds, sitemaps and robots.txt", "[cli][unit]") {
  Site site;
  DemoServer server({site.root, 0, true});
  REQUIRE(server.Start().ok());
  auto client = Client();
  const std::string base = server.BaseUrl();
  CHECK(Get(*client, base + "/rss.rss").body == "<rss><link>" + base + "/tin-tuc/bai-1.html</link></rss>");
  CHECK(Get(*client, base + "/robots.txt").body == "User-agent: *\nSitemap: " + base + "/sitemap.xml\n");

  DemoServer raw({site.root, 0, false});
  REQUIRE(raw.Start().ok());
  CHECK(Get(*client, raw.BaseUrl() + "/sitemap.xml").body.find("{{BASE}}") != std::string::npos);
}

TEST_CASE("DemoServer answers 304 to a matching ETag or an unchanged Last-Modified", "[cli][unit]") {
  Site site;
  DemoServer server({site.root, 0, true});
  REQUIRE(server.Start().ok());
  auto client = Client();
  const std::string url = server.BaseUrl() + "/tin-tuc/bai-1.html";
  crawler::HttpResponse first = Get(*client, url);
  REQUIRE(first.status == 200);
  REQUIRE(!first.etag.empty());
  REQUIRE(!first.last_modified.empty());

  CHECK(Get(*client, url, {{"If-None-Match", first.etag}}).status == 304);
  CHECK(Get(*client, url, {{"If-None-Match", "W/" + first.etag}}).status == 304);
  CHECK(Get(*client, url, {{"If-None-Match", "\"khac\""}}).status == 200);
  CHECK(Get(*client, url, {{"If-Modified-Since", first.last_modified}}).status == 304);
  CHECK(Get(*client, url, {{"If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT"}}).status == 200);
  // If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2).
  CHECK(
      Get(*client, url, {{"If-None-Match", "\"khac\""}, {"If-Modified-Since", first.last_modified}}).status ==
      200);

  WriteFile(site.root + "/tin-tuc/bai-1.html", "<html><body>Bài 1, đã sửa</body></html>");
  crawler::HttpResponse changed = Get(*client, url, {{"If-None-Match", first.etag}});
  CHECK(changed.status == 200);
  CHECK(changed.etag != first.etag);
}

TEST_CASE("DemoServer refuses paths that leave its directory", "[cli][unit]") {
  Site site;
  DemoServer server({site.root, 0, true});
  REQUIRE(server.Start().ok());
  auto client = Client();
  // curl removes literal "/../" itself; percent-encoded dots reach the server and are decoded there.
  for (const char* path : {"/%2e%2e/secret.txt", "/tin-tuc/%2E%2E/%2e%2e/secret.txt",
                           "/tin-tuc/..%2fsecret.txt", "/%2e%2e%5csecret.txt"}) {
    CAPTURE(path);
    crawler::HttpResponse response = Get(*client, server.BaseUrl() + path);
    CHECK(response.status >= 400);
    CHECK(response.body.find("mật khẩu") == std::string::npos);
  }
}

TEST_CASE("DemoServer redirects a directory without its slash and reports every request", "[cli][unit]") {
  Site site;
  DemoServer server({site.root, 0, true});
  std::atomic<int> seen{0};
  std::atomic<int> last_status{0};
  server.SetObserver([&](const ServedRequest& r) {
    ++seen;
    last_status = r.status;
  });
  REQUIRE(server.Start().ok());
  crawler::HttpOptions options;
  options.allow_private = true;
  auto client = crawler::MakeCurlHttpClient(options);
  crawler::HttpResponse response = Get(*client, server.BaseUrl() + "/tin-tuc");
  CHECK(response.status == 200);
  CHECK(response.redirect_count == 1);
  CHECK(response.final_url == server.BaseUrl() + "/tin-tuc/");
  CHECK(last_status == 200);
  CHECK(seen == 2);
  server.Stop();
  server.Stop();  // idempotent
  CHECK(!client->Fetch({server.BaseUrl() + "/", {}}).ok());
}

TEST_CASE("DemoServer::Start fails for a missing directory and a busy port", "[cli][unit]") {
  Site site;
  DemoServer missing({site.dir.File("khong-co"), 0, true});
  Result<int> failed = missing.Start();
  REQUIRE(!failed.ok());
  CHECK(failed.status().code() == Status::Code::kNotFound);

  DemoServer first({site.root, 0, true});
  Result<int> port = first.Start();
  REQUIRE(port.ok());
  DemoServer second({site.root, port.value(), true});
  Result<int> busy = second.Start();
  REQUIRE(!busy.ok());
  CHECK(busy.status().code() == Status::Code::kUnavailable);
}

TEST_CASE("ResolveServedPath maps URL paths into the root and nowhere else", "[cli][unit]") {
  CHECK(ResolveServedPath("/srv/demo", "/") == std::optional<std::string>("/srv/demo/index.html"));
  CHECK(ResolveServedPath("/srv/demo/", "/a/b.html") == std::optional<std::string>("/srv/demo/a/b.html"));
  CHECK(ResolveServedPath("/srv/demo", "/honglinh/") ==
        std::optional<std::string>("/srv/demo/honglinh/index.html"));
  for (const std::string& bad :
       std::vector<std::string>{"", "a.html", "/../x", "/a/../../x", "/a/./b", "/a//b", "/a\\..\\b", "/..",
                                std::string("/a\0b", 4)}) {
    CAPTURE(bad);
    CHECK(!ResolveServedPath("/srv/demo", bad));
  }
  CHECK(ResolveServedPath("/srv/demo", "/a..b/c.html"));  // dots inside a name are fine
}

TEST_CASE("ContentTypeForPath knows feeds, sitemaps and pages", "[cli][unit]") {
  CHECK(ContentTypeForPath("/a/index.html") == "text/html; charset=utf-8");
  CHECK(ContentTypeForPath("/a/") == "text/html; charset=utf-8");
  CHECK(ContentTypeForPath("/rss/tin-moi.RSS") == "application/rss+xml");
  CHECK(ContentTypeForPath("/feed.atom") == "application/atom+xml");
  CHECK(ContentTypeForPath("/sitemap.xml") == "application/xml");
  CHECK(ContentTypeForPath("/robots.txt") == "text/plain; charset=utf-8");
  CHECK(ContentTypeForPath("/anh.jpg") == "image/jpeg");
  CHECK(ContentTypeForPath("/v1.2/du-lieu") == "application/octet-stream");
}

TEST_CASE("HTTP dates and entity tags round-trip", "[cli][unit]") {
  CHECK(FormatHttpDate(784111777) == "Sun, 06 Nov 1994 08:49:37 GMT");
  CHECK(ParseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT") == std::optional<std::time_t>(784111777));
  CHECK(!ParseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"));
  CHECK(!ParseHttpDate("Sun, 06 Foo 1994 08:49:37 GMT"));
  CHECK(MakeETag("a") != MakeETag("b"));
  CHECK(MakeETag("a").front() == '"');
  CHECK(IfNoneMatchMatches("\"x\", \"y\"", "\"y\""));
  CHECK(IfNoneMatchMatches("*", "\"y\""));
  CHECK(IfNoneMatchMatches("W/\"y\"", "\"y\""));
  CHECK(!IfNoneMatchMatches("\"x\"", "\"y\""));
  CHECK(!IfNoneMatchMatches("", "\"y\""));
}

}  // namespace
}  // namespace dxnews::cli
