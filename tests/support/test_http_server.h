// TestHttpServer: a real HTTP server on 127.0.0.1 (an ephemeral port) for crawler tests, running
// cpp-httplib in a background thread. It serves corpus/site/ as a small news site and a set of
// misbehaving routes (slow drip, 5xx/429 with Retry-After, redirect loops, huge and gzip-bomb
// bodies, wrong charsets, truncated bodies, an infinite calendar, ETags), and logs every request.
// Never touches the network beyond the loopback interface. Not thread-safe to construct twice on
// the same object; the accessors are safe while requests are being served.
#ifndef DXNEWS_TESTS_SUPPORT_TEST_HTTP_SERVER_H_
#define DXNEWS_TESTS_SUPPORT_TEST_HTTP_SERVER_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dxnews::testing {

/// One request as the server saw it.
struct LoggedRequest {
  std::string method;
  std::string path;  ///< Without the query.
  std::vector<std::pair<std::string, std::string>> headers;
  std::chrono::steady_clock::time_point time;

  /// First header named `name` (case-insensitive); nullopt if absent.
  std::optional<std::string> Header(std::string_view name) const;
};

/// Routes besides the files of the site directory ("/" serves index.html):
///   /slow                 one byte every 200 ms, 50 bytes in all (chunked)
///   /500, /503, /429      error statuses; 503 has "Retry-After: 7", 429 an HTTP-date 120 s ahead
///   /loop                 /loop -> /loop/b -> /loop ... (302s)
///   /redirect-chain/N     N 302 hops down to /redirect-chain/0, which answers 200
///   /huge                 kHugeBodyBytes of 'x', streamed (never held in memory)
///   /gzip-bomb            Content-Encoding: gzip, ~100 KB that inflates to kGzipBombInflatedBytes
///   /wrong-charset        corpus/http/wrong_charset.html (UTF-8) labelled charset=iso-8859-1
///   /tcvn3                corpus/http/tcvn3.html (TCVN3 bytes) labelled text/html
///   /truncated            Content-Length: 10000, 1000 bytes sent, then the connection is closed
///   /calendar/YYYY-MM-DD  links to the previous and next day: an infinite link trap
///   /etag                 ETag "v1-cds"; 304 when If-None-Match matches
///   /pause/MS             answers "ok" after MS ms (at most 2000); counts concurrent handlers
///   /to-ftp               302 to an ftp:// URL
class TestHttpServer {
 public:
  static constexpr std::uint64_t kHugeBodyBytes = 50ull * 1024 * 1024;
  static constexpr std::uint64_t kGzipBombInflatedBytes = 110ull * 1024 * 1024;
  static constexpr std::size_t kSlowBodyBytes = 50;
  static constexpr std::size_t kTruncatedSentBytes = 1000;
  static constexpr std::size_t kTruncatedDeclaredBytes = 10000;

  /// Binds 127.0.0.1 on an ephemeral port and starts serving `site_dir`. Throws
  /// std::runtime_error if the server cannot start (a broken test environment).
  explicit TestHttpServer(std::string site_dir = std::string(DXNEWS_CORPUS_DIR) + "/site");
  /// Stops the server and joins its thread; in-progress slow responses are cut short.
  ~TestHttpServer();
  TestHttpServer(const TestHttpServer&) = delete;
  TestHttpServer& operator=(const TestHttpServer&) = delete;

  int port() const;
  /// "http://127.0.0.1:<port>" + path.
  std::string Url(std::string_view path) const;
  /// "http://<host>:<port>" + path, e.g. host "localhost" to reach this server under a second name.
  std::string UrlOnHost(std::string_view host, std::string_view path) const;

  /// Every request received so far, in arrival order.
  std::vector<LoggedRequest> Requests() const;
  /// How many requests had exactly this path.
  std::size_t CountRequests(std::string_view path) const;
  /// Body bytes of /huge the server managed to hand to the socket (all requests together).
  std::uint64_t HugeBytesSent() const;
  /// Most /pause handlers running at once for one Host name (port ignored), and overall.
  std::size_t PeakPausesPerHost() const;
  std::size_t PeakPauses() const;

  /// The server's state; defined in test_http_server_impl.h for the route files only.
  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace dxnews::testing

#endif  // DXNEWS_TESTS_SUPPORT_TEST_HTTP_SERVER_H_
