// ConcurrentFetcher against a real server reached under two host names (127.0.0.1 and localhost):
// every page arrives intact, at most one transfer per host runs at a time, failures reach callbacks.
#include "dxnews/crawler/concurrent_fetcher.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "crawler/corpus_file.h"
#include "support/test_http_server.h"

namespace dxnews::crawler {
namespace {

using dxnews::testing::ReadCorpusFile;
using dxnews::testing::TestHttpServer;
using namespace std::chrono_literals;

const std::vector<std::string> kPages = {
    "/index.html",
    "/tin-tuc/ha-tinh-ra-mat-trung-tam-dieu-hanh-thong-minh.html",
    "/tin-tuc/nghe-an-day-manh-thanh-toan-khong-dung-tien-mat.html",
    "/tin-tuc/quang-binh-so-hoa-ho-so-thu-tuc-hanh-chinh.html",
};

HttpOptions TestOptions() {
  HttpOptions options;
  options.allow_private = true;
  options.max_body_bytes = 1024 * 1024;
  options.total_timeout = 5s;
  return options;
}

struct Outcome {
  bool ok = false;
  int status = 0;
  std::string body;
  Status error;
};

TEST_CASE("ConcurrentFetcher fetches the site from two hosts, one transfer per host", "[http]") {
  TestHttpServer server;
  ConcurrentFetcher fetcher(TestOptions(), 4);
  std::map<std::string, Outcome> outcomes;
  for (const char* host : {"127.0.0.1", "localhost"}) {
    for (const std::string& page : kPages) {
      fetcher.Add(HttpRequest{server.UrlOnHost(host, page), {}},
                  [&outcomes](const HttpRequest& request, Result<HttpResponse> response) {
                    Outcome& outcome = outcomes[request.url];
                    outcome.ok = response.ok();
                    if (response.ok()) {
                      outcome.status = response.value().status;
                      outcome.body = std::move(response).value().body;
                    }
                  });
    }
  }
  Result<FetchRunStats> stats = fetcher.Run();
  REQUIRE(stats.ok());
  CHECK(stats.value().completed == 8);
  CHECK(stats.value().peak_in_flight_per_host == 1);
  CHECK(stats.value().peak_in_flight <= 2);
  REQUIRE(outcomes.size() == 8);
  for (const char* host : {"127.0.0.1", "localhost"}) {
    for (const std::string& page : kPages) {
      const Outcome& outcome = outcomes[server.UrlOnHost(host, page)];
      INFO(host << page);
      REQUIRE(outcome.ok);
      CHECK(outcome.status == 200);
      CHECK(outcome.body == ReadCorpusFile("site" + page));
    }
  }
  std::map<std::string, int> per_host;
  for (const auto& request : server.Requests()) ++per_host[request.Header("Host").value_or("")];
  CHECK(per_host["127.0.0.1:" + std::to_string(server.port())] == 4);
  CHECK(per_host["localhost:" + std::to_string(server.port())] == 4);
}

TEST_CASE("ConcurrentFetcher never sends two requests to one host at once", "[http]") {
  TestHttpServer server;
  ConcurrentFetcher fetcher(TestOptions(), 8);
  int ok = 0;
  for (int i = 0; i < 3; ++i) {
    for (const char* host : {"127.0.0.1", "localhost"}) {
      fetcher.Add(HttpRequest{server.UrlOnHost(host, "/pause/200"), {}},
                  [&ok](const HttpRequest&, Result<HttpResponse> response) {
                    ok += response.ok() && response.value().body == "ok";
                  });
    }
  }
  Result<FetchRunStats> stats = fetcher.Run();
  REQUIRE(stats.ok());
  CHECK(ok == 6);
  // Observed by the server: requests to one name never overlapped; two names at most.
  CHECK(server.PeakPausesPerHost() == 1);
  CHECK(server.PeakPauses() <= 2);
}

TEST_CASE("ConcurrentFetcher respects max_parallel across hosts", "[http]") {
  TestHttpServer server;
  ConcurrentFetcher fetcher(TestOptions(), 1);
  int ok = 0;
  for (const char* host : {"127.0.0.1", "localhost"}) {
    fetcher.Add(HttpRequest{server.UrlOnHost(host, "/pause/100"), {}},
                [&ok](const HttpRequest&, Result<HttpResponse> response) { ok += response.ok(); });
  }
  Result<FetchRunStats> stats = fetcher.Run();
  REQUIRE(stats.ok());
  CHECK(ok == 2);
  CHECK(stats.value().peak_in_flight == 1);
  CHECK(server.PeakPauses() == 1);
}

TEST_CASE("ConcurrentFetcher reports failures to callbacks and lets callbacks add work", "[http]") {
  TestHttpServer server;
  HttpOptions options = TestOptions();
  options.allow_private = false;
  ConcurrentFetcher refusing(options, 4);
  std::vector<Status::Code> codes;
  auto record = [&codes](const HttpRequest&, Result<HttpResponse> response) {
    codes.push_back(response.ok() ? Status::Code::kOk : response.status().code());
  };
  refusing.Add(HttpRequest{"ftp://127.0.0.1/", {}}, record);
  refusing.Add(HttpRequest{server.Url("/index.html"), {}}, record);
  REQUIRE(refusing.Run().ok());
  CHECK(codes == std::vector<Status::Code>{Status::Code::kInvalidInput, Status::Code::kNetworkError});
  CHECK(server.Requests().empty());

  ConcurrentFetcher chaining(TestOptions(), 2);
  std::vector<std::string> fetched;
  chaining.Add(HttpRequest{server.Url("/calendar/2024-03-12"), {}}, [&](const HttpRequest& request,
                                                                        Result<HttpResponse> response) {
    REQUIRE(response.ok());
    fetched.push_back(request.url);
    if (fetched.size() < 3) {
      chaining.Add(HttpRequest{server.Url("/calendar/2024-03-1" + std::to_string(2 + fetched.size())), {}},
                   [&](const HttpRequest& next, Result<HttpResponse> r) {
                     REQUIRE(r.ok());
                     CHECK(r.value().body.find("2024-03-1") != std::string::npos);
                     fetched.push_back(next.url);
                   });
    }
  });
  Result<FetchRunStats> stats = chaining.Run();
  REQUIRE(stats.ok());
  CHECK(stats.value().completed == 2);
  CHECK(fetched ==
        std::vector<std::string>{server.Url("/calendar/2024-03-12"), server.Url("/calendar/2024-03-13")});
}

TEST_CASE("ConcurrentFetcher holds a request until its not_before time without holding other hosts",
          "[http]") {
  TestHttpServer server;
  ConcurrentFetcher fetcher(TestOptions(), 4);
  const auto start = std::chrono::steady_clock::now();
  std::map<std::string, std::chrono::steady_clock::time_point> done;
  auto record = [&done](const HttpRequest& request, Result<HttpResponse>) {
    done[request.url] = std::chrono::steady_clock::now();
  };
  fetcher.Add(HttpRequest{server.Url("/index.html"), {}}, record, start + 300ms);
  fetcher.Add(HttpRequest{server.Url(kPages[1]), {}}, record);  // same host: waits its turn
  fetcher.Add(HttpRequest{server.UrlOnHost("localhost", "/index.html"), {}}, record);
  REQUIRE(fetcher.Run().ok());
  REQUIRE(done.size() == 3);
  CHECK(done[server.Url("/index.html")] - start >= 300ms);
  CHECK(done[server.Url(kPages[1])] >= done[server.Url("/index.html")]);
  CHECK(done[server.UrlOnHost("localhost", "/index.html")] - start < 300ms);
}

}  // namespace
}  // namespace dxnews::crawler
