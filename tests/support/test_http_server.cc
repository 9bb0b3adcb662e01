// TestHttpServer: lifecycle, request log and the static site. The misbehaving routes are in
// test_http_routes.cc.
#include "support/test_http_server.h"

#include <httplib.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "support/test_http_server_impl.h"

namespace dxnews::testing {
namespace {

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string ContentTypeFor(const std::string& path) {
  if (EndsWith(path, "rss.xml")) return "application/rss+xml; charset=utf-8";
  if (EndsWith(path, ".xml")) return "application/xml; charset=utf-8";
  if (EndsWith(path, ".txt")) return "text/plain; charset=utf-8";
  return "text/html; charset=utf-8";
}

void ReplaceAll(std::string& text, std::string_view from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

}  // namespace

std::optional<std::string> LoggedRequest::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (EqualsIgnoreCase(key, name)) return value;
  }
  return std::nullopt;
}

std::optional<std::string> ReadFileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void TestHttpServer::Impl::Log(const httplib::Request& request) {
  LoggedRequest entry{request.method, request.path, {}, std::chrono::steady_clock::now()};
  for (const auto& [name, value] : request.headers) entry.headers.emplace_back(name, value);
  std::lock_guard<std::mutex> lock(mutex);
  log.push_back(std::move(entry));
}

void TestHttpServer::Impl::ServeSiteFile(const httplib::Request& request, httplib::Response& response) const {
  std::string path = request.path;
  if (path.find("..") != std::string::npos) {
    response.status = 400;
    return;
  }
  if (EndsWith(path, "/")) path += "index.html";
  std::optional<std::string> bytes = ReadFileBytes(site_dir + path);
  if (!bytes) {
    response.status = 404;
    response.set_content("<html><body>Không tìm thấy trang</body></html>", "text/html; charset=utf-8");
    return;
  }
  if (EndsWith(path, ".xml") || EndsWith(path, ".txt")) {
    ReplaceAll(*bytes, "{{BASE}}", "http://127.0.0.1:" + std::to_string(port));
  }
  // Validators, so crawlers can poll with conditional GETs: an ETag from the content and a fixed
  // Last-Modified; 304 when either matches what the client sent.
  char etag[32];
  std::snprintf(etag, sizeof etag, "\"%016zx\"", std::hash<std::string>()(*bytes));
  const char* last_modified = "Mon, 11 Mar 2024 00:00:00 GMT";
  response.set_header("ETag", etag);
  response.set_header("Last-Modified", last_modified);
  const std::string if_none_match = request.get_header_value("If-None-Match");
  if (if_none_match == etag || (if_none_match.empty() && request.get_header_value("If-Modified-Since") == last_modified)) {
    response.status = 304;
    return;
  }
  response.set_content(*bytes, ContentTypeFor(path).c_str());
}

TestHttpServer::TestHttpServer(std::string site_dir) : impl_(std::make_unique<Impl>()) {
  Impl& impl = *impl_;
  impl.site_dir = std::move(site_dir);
  impl.server.set_pre_routing_handler([&impl](const httplib::Request& request, httplib::Response&) {
    impl.Log(request);
    return httplib::Server::HandlerResponse::Unhandled;
  });
  AddMisbehavingRoutes(impl);
  impl.server.Get(R"(/.*)", [&impl](const httplib::Request& request, httplib::Response& response) {
    impl.ServeSiteFile(request, response);
  });
  // Without TCP_NODELAY the separate writes of headers and body meet the client's delayed ACK:
  // every response would take ~40 ms, which hides the client's own speed in benchmarks.
  impl.server.set_tcp_nodelay(true);
  // cpp-httplib's default socket options add SO_REUSEPORT, with which two servers of parallel
  // tests could share a port and each get the other's requests; keep SO_REUSEADDR.
  impl.server.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, reinterpret_cast<const void*>(&yes), sizeof yes);
  });
  impl.port = impl.server.bind_to_any_port("127.0.0.1");
  if (impl.port <= 0) throw std::runtime_error("TestHttpServer: cannot bind 127.0.0.1");
  impl.thread = std::thread([&impl] { impl.server.listen_after_bind(); });
  // stop() is a no-op until the accept loop runs; wait for it so the destructor cannot hang.
  for (int waited_ms = 0; !impl.server.is_running(); ++waited_ms) {
    if (waited_ms == 10000) {
      impl.server.stop();
      impl.thread.detach();
      throw std::runtime_error("TestHttpServer: accept loop did not start");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

TestHttpServer::~TestHttpServer() {
  impl_->stopping = true;
  impl_->server.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
}

int TestHttpServer::port() const { return impl_->port; }

std::string TestHttpServer::Url(std::string_view path) const { return UrlOnHost("127.0.0.1", path); }

std::string TestHttpServer::UrlOnHost(std::string_view host, std::string_view path) const {
  return "http://" + std::string(host) + ":" + std::to_string(impl_->port) + std::string(path);
}

std::vector<LoggedRequest> TestHttpServer::Requests() const {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  return impl_->log;
}

std::size_t TestHttpServer::CountRequests(std::string_view path) const {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  return static_cast<std::size_t>(std::count_if(impl_->log.begin(), impl_->log.end(),
                                                [path](const LoggedRequest& r) { return r.path == path; }));
}

std::uint64_t TestHttpServer::HugeBytesSent() const { return impl_->huge_bytes_sent.load(); }

std::size_t TestHttpServer::PeakPausesPerHost() const {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  return impl_->peak_pauses_per_host;
}

std::size_t TestHttpServer::PeakPauses() const {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  return impl_->peak_pauses;
}

}  // namespace dxnews::testing
