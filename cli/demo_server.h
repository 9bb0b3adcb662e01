// DemoServer: a static file server on 127.0.0.1 for `dxnews demo` and `dxnews serve`. It serves
// one directory (corpus/demo) from a background thread, with the content types a crawler checks,
// Last-Modified/ETag validators and 304 answers, and refuses any path that leaves the directory.
// Never prints; requests can be watched through an observer.
#ifndef DXNEWS_CLI_DEMO_SERVER_H_
#define DXNEWS_CLI_DEMO_SERVER_H_

#include <cstddef>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "dxnews/core/result.h"
#include "dxnews/core/status.h"

namespace dxnews::cli {

struct DemoServerOptions {
  /// The directory served; "/" and every "dir/" serve dir/index.html. Required.
  std::string root;
  /// Port on 127.0.0.1. Default: 0, an ephemeral port chosen by the system.
  int port = 0;
  /// Replace "{{BASE}}" by "http://127.0.0.1:<port>" in .xml, .rss, .atom and .txt files, so that
  /// feeds, sitemaps and robots.txt hold absolute URLs of this server. Default: true.
  bool substitute_base = true;
};

/// One answered request, as reported to the observer.
struct ServedRequest {
  std::string method;
  std::string path;
  int status = 0;
  std::size_t bytes = 0;  ///< body bytes sent
};

/// Serves DemoServerOptions::root until Stop() or destruction. Thread-safe after Start(): the
/// handlers run on the server's threads; port() and BaseUrl() may be called from any thread.
class DemoServer {
 public:
  explicit DemoServer(DemoServerOptions options);
  /// Stops the server if it is running.
  ~DemoServer();
  DemoServer(const DemoServer&) = delete;
  DemoServer& operator=(const DemoServer&) = delete;

  /// Called after each request on a server thread; must be thread-safe. Set before Start().
  void SetObserver(std::function<void(const ServedRequest&)> observer);

  /// Binds 127.0.0.1 and starts serving in a background thread. Returns the port.
  /// Fails with kNotFound when root is not a directory, kUnavailable when the port cannot be
  /// bound or the accept loop does not start. REQUIRES: not started yet.
  Result<int> Start();
  /// Stops accepting, finishes the requests in progress and joins the thread. Idempotent.
  void Stop();

  /// The bound port; 0 before Start().
  int port() const;
  /// "http://127.0.0.1:<port>".
  std::string BaseUrl() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The Content-Type for a served file, by extension: text/html; charset=utf-8 (.html, .htm and
/// directories), application/rss+xml (.rss), application/atom+xml (.atom), application/xml (.xml),
/// text/plain; charset=utf-8 (.txt, .md), application/json (.json), image types, CSS and JS;
/// application/octet-stream otherwise.
std::string ContentTypeForPath(std::string_view path);

/// The file under `root` that URL path `url_path` (already percent-decoded) names: "" and paths
/// ending in "/" name index.html. nullopt when the path is not absolute or could leave `root`:
/// a "." or ".." segment, a backslash, a NUL byte, or an empty segment ("//").
std::optional<std::string> ResolveServedPath(std::string_view root, std::string_view url_path);

/// An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") for Last-Modified.
std::string FormatHttpDate(std::time_t utc);
/// Parses an IMF-fixdate; nullopt for anything else (If-Modified-Since is then ignored).
std::optional<std::time_t> ParseHttpDate(std::string_view text);

/// A strong entity tag for a body: a quoted 64-bit FNV-1a hash, "\"1f3a...\"".
std::string MakeETag(std::string_view body);

/// True when an If-None-Match header value (a list of tags, or "*") matches `etag`; weak tags
/// (W/"...") compare by their opaque part, as RFC 9110 asks for GET.
bool IfNoneMatchMatches(std::string_view header, std::string_view etag);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_DEMO_SERVER_H_
