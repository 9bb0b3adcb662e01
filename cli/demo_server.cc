#include "demo_server.h"

#include <httplib.h>
#include <sys/stat.h>

#include <array>
#include <cassert>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>
#include <utility>

namespace dxnews::cli {
namespace {

constexpr std::string_view kBasePlaceholder = "{{BASE}}";

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string LowerExtension(std::string_view path) {
  std::size_t slash = path.rfind('/');
  std::size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return "";
  std::string ext(path.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return ext;
}

bool SubstitutesBase(std::string_view path) {
  std::string ext = LowerExtension(path);
  return ext == "xml" || ext == "rss" || ext == "atom" || ext == "txt";
}

std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return bytes.str();
}

void ReplaceAll(std::string& text, std::string_view from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

enum class FileKind { kMissing, kFile, kDirectory };

FileKind Stat(const std::string& path, std::time_t* mtime) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return FileKind::kMissing;
  if (mtime != nullptr) *mtime = info.st_mtime;
  if (S_ISDIR(info.st_mode)) return FileKind::kDirectory;
  return S_ISREG(info.st_mode) ? FileKind::kFile : FileKind::kMissing;
}

constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

std::string ContentTypeForPath(std::string_view path) {
  const std::string ext = LowerExtension(path);
  if (ext.empty() && EndsWith(path, "/")) return "text/html; charset=utf-8";
  static const std::array<std::pair<const char*, const char*>, 16> kTypes = {{
      {"html", "text/html; charset=utf-8"},
      {"htm", "text/html; charset=utf-8"},
      {"rss", "application/rss+xml"},
      {"atom", "application/atom+xml"},
      {"xml", "application/xml"},
      {"txt", "text/plain; charset=utf-8"},
      {"md", "text/plain; charset=utf-8"},
      {"json", "application/json"},
      {"css", "text/css"},
      {"js", "text/javascript"},
      {"jpg", "image/jpeg"},
      {"jpeg", "image/jpeg"},
      {"png", "image/png"},
      {"gif", "image/gif"},
      {"svg", "image/svg+xml"},
      {"ico", "image/x-icon"},
  }};
  for (const auto& [known, type] : kTypes) {
    if (ext == known) return type;
  }
  return "application/octet-stream";
}

std::optional<std::string> ResolveServedPath(std::string_view root, std::string_view url_path) {
  if (url_path.empty() || url_path.front() != '/') return std::nullopt;
  if (url_path.find('\\') != std::string_view::npos || url_path.find('\0') != std::string_view::npos) {
    return std::nullopt;
  }
  // Check every segment: "/a/../b" and "/a//b" are refused rather than normalised, so that no
  // spelling of a path can name a file outside root.
  std::size_t start = 1;
  while (start < url_path.size()) {
    std::size_t end = url_path.find('/', start);
    if (end == std::string_view::npos) end = url_path.size();
    std::string_view segment = url_path.substr(start, end - start);
    if (segment.empty() || segment == "." || segment == "..") return std::nullopt;
    start = end + 1;
  }
  std::string path(root);
  while (!path.empty() && path.back() == '/') path.pop_back();
  path += url_path;
  if (path.back() == '/') path += "index.html";
  return path;
}

std::string FormatHttpDate(std::time_t utc) {
  std::tm tm{};
  gmtime_r(&utc, &tm);
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d GMT",
                kDays[static_cast<std::size_t>(tm.tm_wday)], tm.tm_mday,
                kMonths[static_cast<std::size_t>(tm.tm_mon)], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                tm.tm_sec);
  return buffer;
}

std::optional<std::time_t> ParseHttpDate(std::string_view text) {
  // "Sun, 06 Nov 1994 08:49:37 GMT": fixed width, 29 bytes.
  if (text.size() != 29 || text.substr(3, 2) != ", " || text.substr(25) != " GMT") return std::nullopt;
  std::string copy(text);
  char month[4] = {};
  int day = 0, year = 0, hour = 0, minute = 0, second = 0;
  if (std::sscanf(copy.c_str() + 5, "%2d %3s %4d %2d:%2d:%2d", &day, month, &year, &hour, &minute, &second) !=
      6) {
    return std::nullopt;
  }
  int mon = -1;
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (std::string_view(month) == kMonths[i]) mon = static_cast<int>(i);
  }
  if (mon < 0 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return std::nullopt;
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = mon;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  return timegm(&tm);
}

std::string MakeETag(std::string_view body) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  for (unsigned char c : body) {
    hash ^= c;
    hash *= 0x100000001b3ull;
  }
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "\"%016" PRIx64 "\"", hash);
  return buffer;
}

bool IfNoneMatchMatches(std::string_view header, std::string_view etag) {
  auto opaque = [](std::string_view tag) {
    while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t')) tag.remove_prefix(1);
    while (!tag.empty() && (tag.back() == ' ' || tag.back() == '\t')) tag.remove_suffix(1);
    if (tag.substr(0, 2) == "W/") tag.remove_prefix(2);
    return tag;
  };
  std::size_t start = 0;
  while (start <= header.size()) {
    std::size_t comma = header.find(',', start);
    if (comma == std::string_view::npos) comma = header.size();
    std::string_view tag = opaque(header.substr(start, comma - start));
    if (tag == "*" || (!tag.empty() && tag == opaque(etag))) return true;
    start = comma + 1;
  }
  return false;
}

struct DemoServer::Impl {
  DemoServerOptions options;
  std::function<void(const ServedRequest&)> observer;
  httplib::Server server;
  std::thread thread;
  int port = 0;
  bool started = false;

  void Serve(const httplib::Request& request, httplib::Response& response) const;
  void NotFound(httplib::Response& response) const {
    response.status = 404;
    response.set_content("<!DOCTYPE html><html lang=\"vi\"><body>Không tìm thấy trang</body></html>\n",
                         "text/html; charset=utf-8");
  }
};

void DemoServer::Impl::Serve(const httplib::Request& request, httplib::Response& response) const {
  std::optional<std::string> file = ResolveServedPath(options.root, request.path);
  if (!file) {
    response.status = 400;
    response.set_content("bad path\n", "text/plain; charset=utf-8");
    return;
  }
  std::time_t mtime = 0;
  FileKind kind = Stat(*file, &mtime);
  if (kind == FileKind::kDirectory) {
    // "/honglinh" -> "/honglinh/", as web servers do, so that relative links resolve.
    response.status = 301;
    response.set_header("Location", request.path + "/");
    return;
  }
  std::optional<std::string> body = kind == FileKind::kFile ? ReadFile(*file) : std::nullopt;
  if (!body) {
    NotFound(response);
    return;
  }
  if (options.substitute_base && SubstitutesBase(*file)) {
    ReplaceAll(*body, kBasePlaceholder, "http://127.0.0.1:" + std::to_string(port));
  }
  const std::string etag = MakeETag(*body);
  const std::string last_modified = FormatHttpDate(mtime);
  response.set_header("ETag", etag);
  response.set_header("Last-Modified", last_modified);
  response.set_header("Cache-Control", "no-cache");
  bool not_modified = false;
  if (request.has_header("If-None-Match")) {
    not_modified = IfNoneMatchMatches(request.get_header_value("If-None-Match"), etag);
  } else if (request.has_header("If-Modified-Since")) {
    std::optional<std::time_t> since = ParseHttpDate(request.get_header_value("If-Modified-Since"));
    not_modified = since && mtime <= *since;
  }
  if (not_modified) {
    response.status = 304;
    return;
  }
  response.set_content(std::move(*body), ContentTypeForPath(*file).c_str());
}

DemoServer::DemoServer(DemoServerOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
}

DemoServer::~DemoServer() { Stop(); }

void DemoServer::SetObserver(std::function<void(const ServedRequest&)> observer) {
  impl_->observer = std::move(observer);
}

Result<int> DemoServer::Start() {
  Impl& impl = *impl_;
  assert(!impl.started);
  if (Stat(impl.options.root, nullptr) != FileKind::kDirectory) {
    return Status::NotFound("serve " + impl.options.root + ": not a directory");
  }
  impl.server.Get(R"(/.*)", [&impl](const httplib::Request& request, httplib::Response& response) {
    impl.Serve(request, response);
  });
  impl.server.set_logger([&impl](const httplib::Request& request, const httplib::Response& response) {
    if (impl.observer) impl.observer({request.method, request.path, response.status, response.body.size()});
  });
  // cpp-httplib also sets SO_REUSEPORT by default, which lets a second server bind a busy port and
  // steal half of its connections; keep only SO_REUSEADDR.
  impl.server.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, reinterpret_cast<const void*>(&yes), sizeof yes);
  });
  if (impl.options.port == 0) {
    impl.port = impl.server.bind_to_any_port("127.0.0.1");
  } else if (impl.server.bind_to_port("127.0.0.1", impl.options.port)) {
    impl.port = impl.options.port;
  }
  if (impl.port <= 0) {
    impl.port = 0;
    return Status::Unavailable("serve: cannot bind 127.0.0.1:" + std::to_string(impl.options.port));
  }
  impl.started = true;
  impl.thread = std::thread([&impl] { impl.server.listen_after_bind(); });
  // stop() does nothing until the accept loop runs; wait for it so that Stop() cannot hang.
  for (int waited_ms = 0; !impl.server.is_running(); ++waited_ms) {
    if (waited_ms == 10000) {
      Stop();
      return Status::Unavailable("serve: the accept loop on 127.0.0.1 did not start");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return impl.port;
}

void DemoServer::Stop() {
  if (!impl_->started) return;
  impl_->server.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
  impl_->started = false;
}

int DemoServer::port() const { return impl_->port; }

std::string DemoServer::BaseUrl() const { return "http://127.0.0.1:" + std::to_string(impl_->port); }

}  // namespace dxnews::cli
