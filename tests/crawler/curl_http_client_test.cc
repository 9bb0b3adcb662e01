// The libcurl HttpClient against a real server on 127.0.0.1: the site, every misbehaving route,
// the private-address refusal and the scheme restriction.
#include "dxnews/crawler/curl_http_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "crawler/corpus_file.h"
#include "support/test_http_server.h"

namespace dxnews::crawler {
namespace {

using dxnews::testing::ReadCorpusFile;
using dxnews::testing::TestHttpServer;
using namespace std::chrono_literals;

constexpr const char* kArticle = "/tin-tuc/ha-tinh-ra-mat-trung-tam-dieu-hanh-thong-minh.html";

// Small limits keep the suite fast; the server is on loopback, so allow_private is on.
HttpOptions TestOptions() {
  HttpOptions options;
  options.allow_private = true;
  options.max_body_bytes = 1024 * 1024;
  options.connect_timeout = 2s;
  options.total_timeout = 5s;
  return options;
}

Result<HttpResponse> Fetch(const std::string& url, const HttpOptions& options = TestOptions(),
                           std::vector<HttpHeader> headers = {}) {
  return MakeCurlHttpClient(options)->Fetch(HttpRequest{url, std::move(headers)});
}

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_CASE("CurlHttpClient fetches a site page byte-exact with its metadata", "[http]") {
  TestHttpServer server;
  Result<HttpResponse> response = Fetch(server.Url(kArticle));
  REQUIRE(response.ok());
  const HttpResponse& r = response.value();
  CHECK(r.status == 200);
  CHECK(r.body == ReadCorpusFile(std::string("site") + kArticle));
  CHECK(r.content_type == "text/html; charset=utf-8");
  CHECK(r.Header("content-TYPE") == r.content_type);
  CHECK(r.final_url == server.Url(kArticle));
  CHECK(r.redirect_count == 0);
  CHECK(r.primary_ip == "127.0.0.1");
  CHECK(r.bytes_received == r.body.size());
  CHECK_FALSE(r.retry_after.has_value());
  const auto requests = server.Requests();
  REQUIRE(requests.size() == 1);
  CHECK(requests[0].Header("User-Agent") == HttpOptions().user_agent);
  CHECK(Contains(requests[0].Header("Accept-Encoding").value_or(""), "gzip"));
}

TEST_CASE("CurlHttpClient gets feeds and robots.txt with absolute URLs of the server", "[http]") {
  TestHttpServer server;
  Result<HttpResponse> rss = Fetch(server.Url("/rss.xml"));
  REQUIRE(rss.ok());
  CHECK(rss.value().content_type == "application/rss+xml; charset=utf-8");
  CHECK(Contains(rss.value().body, "<link>" + server.Url(kArticle) + "</link>"));
  Result<HttpResponse> robots = Fetch(server.Url("/robots.txt"));
  REQUIRE(robots.ok());
  CHECK(Contains(robots.value().body, "Sitemap: " + server.Url("/sitemap.xml")));
  Result<HttpResponse> missing = Fetch(server.Url("/khong-co.html"));
  REQUIRE(missing.ok());
  CHECK(missing.value().status == 404);
}

TEST_CASE("CurlHttpClient returns 5xx and 429 as responses with Retry-After parsed", "[http]") {
  TestHttpServer server;
  Result<HttpResponse> error = Fetch(server.Url("/500"));
  REQUIRE(error.ok());
  CHECK(error.value().status == 500);
  CHECK(error.value().body == "Lỗi máy chủ");
  CHECK_FALSE(error.value().retry_after.has_value());

  Result<HttpResponse> unavailable = Fetch(server.Url("/503"));
  REQUIRE(unavailable.ok());
  CHECK(unavailable.value().status == 503);
  CHECK(unavailable.value().retry_after == 7);

  // The server sends an HTTP-date 120 s ahead; converting it must give about 120 s, not 0.
  Result<HttpResponse> too_many = Fetch(server.Url("/429"));
  REQUIRE(too_many.ok());
  CHECK(too_many.value().status == 429);
  REQUIRE(too_many.value().retry_after.has_value());
  CHECK(*too_many.value().retry_after > 60);
  CHECK(*too_many.value().retry_after <= 121);
}

TEST_CASE("CurlHttpClient aborts a slow drip at the total timeout", "[http]") {
  TestHttpServer server;
  HttpOptions options = TestOptions();
  options.total_timeout = 1500ms;
  Result<HttpResponse> response = Fetch(server.Url("/slow"), options);
  REQUIRE_FALSE(response.ok());
  CHECK(response.status().code() == Status::Code::kUnavailable);
  CHECK(Contains(response.status().message(), server.Url("/slow")));
  CHECK(Contains(response.status().message(), "timed out"));
}

TEST_CASE("CurlHttpClient aborts a slow drip below the low-speed limit", "[http]") {
  TestHttpServer server;
  HttpOptions options = TestOptions();
  options.low_speed_limit = 100;
  options.low_speed_time = 1s;
  options.total_timeout = 8s;
  Result<HttpResponse> response = Fetch(server.Url("/slow"), options);
  REQUIRE_FALSE(response.ok());
  CHECK(response.status().code() == Status::Code::kUnavailable);
  CHECK(Contains(response.status().message(), "too slow"));
}

TEST_CASE("CurlHttpClient follows a redirect chain and counts the hops", "[http]") {
  TestHttpServer server;
  Result<HttpResponse> response = Fetch(server.Url("/redirect-chain/5"));
  REQUIRE(response.ok());
  CHECK(response.value().status == 200);
  CHECK(response.value().redirect_count == 5);
  CHECK(response.value().final_url == server.Url("/redirect-chain/0"));
  CHECK(response.value().body == "Hết chuỗi chuyển hướng");

  Result<HttpResponse> too_long = Fetch(server.Url("/redirect-chain/6"));
  REQUIRE_FALSE(too_long.ok());
  CHECK(too_long.status().code() == Status::Code::kNetworkError);
  CHECK(Contains(too_long.status().message(), "too many redirects (more than 5)"));
}

TEST_CASE("CurlHttpClient ends a redirect loop at max_redirects", "[http]") {
  TestHttpServer server;
  HttpOptions options = TestOptions();
  options.max_redirects = 3;
  Result<HttpResponse> response = Fetch(server.Url("/loop"), options);
  REQUIRE_FALSE(response.ok());
  CHECK(response.status().code() == Status::Code::kNetworkError);
  CHECK(Contains(response.status().message(), "too many redirects (more than 3)"));
  CHECK(Contains(response.status().message(), server.Url("/loop")));
  // The first request plus exactly max_redirects followed hops reached the server.
  CHECK(server.CountRequests("/loop") + server.CountRequests("/loop/b") == 4);
}

TEST_CASE("CurlHttpClient refuses a body over max_body_bytes without receiving it all", "[http]") {
  TestHttpServer server;
  Result<HttpResponse> response = Fetch(server.Url("/huge"));
  REQUIRE_FALSE(response.ok());
  CHECK(response.status().code() == Status::Code::kNetworkError);
  CHECK(Contains(response.status().message(), "body exceeds max_body_bytes (1048576 bytes)"));
  CHECK(server.HugeBytesSent() < TestHttpServer::kHugeBodyBytes / 2);
}

TEST_CASE("CurlHttpClient stops inflating a gzip bomb at max_body_bytes", "[http]") {
  TestHttpServer server;
  Result<HttpResponse> response = Fetch(server.Url("/gzip-bomb"));
  REQUIRE_FALSE(response.ok());
  CHECK(response.status().code() == Status::Code::kNetworkError);
  CHECK(Contains(response.status().message(), "body exceeds max_body_bytes"));

  // Under a larger limit the same body is accepted and arrives decoded, sized to the limit's side.
  HttpOptions options = TestOptions();
  options.max_body_bytes = TestHttpServer::kGzipBombInflatedBytes;
  Result<HttpResponse> inflated = Fetch(server.Url("/gzip-bomb"), options);
  REQUIRE(inflated.ok());
  CHECK(inflated.value().bytes_received == TestHttpServer::kGzipBombInflatedBytes);
  CHECK(inflated.value().body.find_first_not_of('\0') == std::string::npos);
}

TEST_CASE("CurlHttpClient reports a truncated body as retryable", "[http]") {
  TestHttpServer server;
  Result<HttpResponse> response = Fetch(server.Url("/truncated"));
  REQUIRE_FALSE(response.ok());
  CHECK(response.status().code() == Status::Code::kUnavailable);
  CHECK(Contains(response.status().message(), "truncated body"));
}

TEST_CASE("CurlHttpClient delivers mislabelled and legacy-encoded bodies byte-exact", "[http]") {
  TestHttpServer server;
  Result<HttpResponse> wrong = Fetch(server.Url("/wrong-charset"));
  REQUIRE(wrong.ok());
  CHECK(wrong.value().content_type == "text/html; charset=iso-8859-1");
  CHECK(wrong.value().body == ReadCorpusFile("http/wrong_charset.html"));
  Result<HttpResponse> tcvn3 = Fetch(server.Url("/tcvn3"));
  REQUIRE(tcvn3.ok());
  CHECK(tcvn3.value().content_type == "text/html");
  CHECK(tcvn3.value().body == ReadCorpusFile("http/tcvn3.html"));
}

TEST_CASE("CurlHttpClient sends conditional headers and returns 304 with the ETag", "[http]") {
  TestHttpServer server;
  std::unique_ptr<HttpClient> client = MakeCurlHttpClient(TestOptions());
  Result<HttpResponse> first = client->Fetch(HttpRequest{server.Url("/etag"), {}});
  REQUIRE(first.ok());
  CHECK(first.value().status == 200);
  CHECK(first.value().etag == "\"v1-cds\"");
  CHECK(first.value().last_modified == "Tue, 12 Mar 2024 03:05:00 GMT");
  Result<HttpResponse> second = client->Fetch(HttpRequest{
      server.Url("/etag"),
      {{"If-None-Match", first.value().etag}, {"If-Modified-Since", first.value().last_modified}}});
  REQUIRE(second.ok());
  CHECK(second.value().status == 304);
  CHECK(second.value().body.empty());
  CHECK(second.value().etag == "\"v1-cds\"");
  const auto requests = server.Requests();
  REQUIRE(requests.size() == 2);
  CHECK_FALSE(requests[0].Header("If-None-Match").has_value());
  CHECK(requests[1].Header("If-None-Match") == "\"v1-cds\"");
  CHECK(requests[1].Header("If-Modified-Since") == "Tue, 12 Mar 2024 03:05:00 GMT");
}

TEST_CASE("CurlHttpClient refuses loopback addresses unless allow_private", "[http]") {
  TestHttpServer server;
  HttpOptions options = TestOptions();
  options.allow_private = false;
  Result<HttpResponse> literal = Fetch(server.Url(kArticle), options);
  REQUIRE_FALSE(literal.ok());
  CHECK(literal.status().code() == Status::Code::kNetworkError);
  CHECK(Contains(literal.status().message(), "refused non-public address 127.0.0.1"));
  CHECK(Contains(literal.status().message(), server.Url(kArticle)));

  // A name is checked after resolution: "localhost" resolves to loopback and is refused too.
  Result<HttpResponse> named = Fetch(server.UrlOnHost("localhost", kArticle), options);
  REQUIRE_FALSE(named.ok());
  CHECK(named.status().code() == Status::Code::kNetworkError);
  CHECK(Contains(named.status().message(), "refused non-public address"));
  CHECK(server.Requests().empty());  // Refused before connecting: the server saw nothing.

  options.allow_private = true;
  Result<HttpResponse> allowed = Fetch(server.UrlOnHost("localhost", kArticle), options);
  REQUIRE(allowed.ok());
  CHECK(allowed.value().status == 200);
  CHECK(server.Requests().size() == 1);
}

TEST_CASE("CurlHttpClient speaks only http and https", "[http]") {
  TestHttpServer server;
  for (const char* url : {"ftp://127.0.0.1/tai-lieu.pdf", "file:///etc/passwd", "gopher://127.0.0.1/",
                          "dict://127.0.0.1/", "/tin-tuc/relative.html"}) {
    INFO(url);
    Result<HttpResponse> response = Fetch(url);
    REQUIRE_FALSE(response.ok());
    CHECK(response.status().code() == Status::Code::kInvalidInput);
  }
  Result<HttpResponse> redirected = Fetch(server.Url("/to-ftp"));
  REQUIRE_FALSE(redirected.ok());
  CHECK(redirected.status().code() == Status::Code::kNetworkError);
  CHECK(Contains(redirected.status().message(), "scheme other than http(s)"));
}

TEST_CASE("CurlHttpClient reports a closed port as retryable", "[http]") {
  // A socket bound but not listening: the port stays ours, and connecting to it is refused.
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&address), length) == 0);
  REQUIRE(getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0);
  const std::string url = "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port)) + "/";
  Result<HttpResponse> response = Fetch(url);
  close(fd);
  REQUIRE_FALSE(response.ok());
  CHECK(response.status().code() == Status::Code::kUnavailable);
  CHECK(Contains(response.status().message(), "connection failed"));
}

}  // namespace
}  // namespace dxnews::crawler
