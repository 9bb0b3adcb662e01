// HttpClient: the only way dxnews does HTTP. One request in, one response (any status, including
// 4xx/5xx) or a Status out. Transport failures and refused fetches are Statuses; an HTTP 503 or 429
// is a response whose status and Retry-After the caller inspects. The libcurl implementation is in
// curl_http_client.h; tests use a real server on 127.0.0.1.
#ifndef DXNEWS_CRAWLER_HTTP_CLIENT_H_
#define DXNEWS_CRAWLER_HTTP_CLIENT_H_

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dxnews/core/result.h"

namespace dxnews::crawler {

/// One header field: name as received (or to send) and value without surrounding whitespace.
using HttpHeader = std::pair<std::string, std::string>;

/// What to fetch. Always a GET.
struct HttpRequest {
  std::string url;  ///< Absolute http or https URL; anything else is refused (kInvalidInput).
  /// Extra request headers, e.g. {"If-None-Match", etag} or {"If-Modified-Since", date}.
  std::vector<HttpHeader> headers;
};

/// A response of any status. Only the final response of a redirect chain is kept.
struct HttpResponse {
  std::string final_url;            ///< The URL after redirects.
  int status = 0;                   ///< HTTP status code of the final response.
  std::vector<HttpHeader> headers;  ///< Final response's headers, in received order.
  std::string body;                 ///< Decoded from gzip/deflate/br; at most max_body_bytes.
  std::string content_type;         ///< Content-Type header as sent; empty if absent.
  std::string etag;                 ///< ETag header; empty if absent.
  std::string last_modified;        ///< Last-Modified header; empty if absent.
  /// Seconds to wait from Retry-After (delta-seconds, or an HTTP-date converted relative to now,
  /// 0 if in the past); nullopt without the header.
  std::optional<std::int64_t> retry_after;
  int redirect_count = 0;            ///< Redirects followed to reach final_url.
  double total_seconds = 0;          ///< Wall time of the whole transfer, redirects included.
  std::uint64_t bytes_received = 0;  ///< Body bytes delivered after content decoding.
  std::string primary_ip;            ///< The IP address of the last connection.

  /// The value of the first header named `name` (ASCII case-insensitive); nullopt if absent.
  std::optional<std::string> Header(std::string_view name) const;
};

/// Transport limits and policy of a client.
struct HttpOptions {
  /// Sent as User-Agent. Default: "dxnews/0.1 (+https://github.com/dxnews; crawler)".
  std::string user_agent = "dxnews/0.1 (+https://github.com/dxnews; crawler)";
  /// Time allowed to establish a connection (per hop). Default: 10 s.
  std::chrono::milliseconds connect_timeout{10000};
  /// Time allowed for the whole transfer, redirects included. Default: 60 s.
  std::chrono::milliseconds total_timeout{60000};
  /// A transfer slower than low_speed_limit bytes/s for low_speed_time is aborted (slow drip).
  /// Default: 1024 bytes/s.
  long low_speed_limit = 1024;
  /// Default: 20 s.
  std::chrono::seconds low_speed_time{20};
  /// Largest body accepted, counted after content decoding (so it also bounds gzip bombs). Larger
  /// bodies are aborted while receiving; never more than this is buffered. Default: 10 MB.
  std::uint64_t max_body_bytes = 10u * 1024 * 1024;
  /// Redirects followed before failing. Default: 5.
  int max_redirects = 5;
  /// Allow connections to loopback, private, link-local, CGNAT, multicast and unspecified
  /// addresses. Checked on the resolved address of every connection, redirects included.
  /// Default: false.
  bool allow_private = false;
};

/// Fetches URLs. Implementations are not required to be thread-safe; use one per thread.
class HttpClient {
 public:
  virtual ~HttpClient() = default;

  /// Fetches `request.url`, following up to max_redirects redirects. Returns the final response
  /// whatever its status. Errors, each message naming the URL and the reason:
  /// kInvalidInput for a URL that is not absolute http(s); kUnavailable for retryable transport
  /// failures (timeout, slow drip, connection refused or reset, truncated body); kNetworkError for
  /// the rest (body over max_body_bytes, too many redirects, refused private address, DNS failure,
  /// TLS failure, redirect to a non-http(s) scheme).
  virtual Result<HttpResponse> Fetch(const HttpRequest& request) = 0;
};

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_HTTP_CLIENT_H_
