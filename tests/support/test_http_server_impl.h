// Private state of TestHttpServer, shared by test_http_server.cc (lifecycle, log, site files) and
// test_http_routes.cc (the misbehaving routes). Includes <httplib.h>; only those two files use it.
#ifndef DXNEWS_TESTS_SUPPORT_TEST_HTTP_SERVER_IMPL_H_
#define DXNEWS_TESTS_SUPPORT_TEST_HTTP_SERVER_IMPL_H_

#include <httplib.h>

#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "support/test_http_server.h"

namespace dxnews::testing {

struct TestHttpServer::Impl {
  std::string site_dir;
  httplib::Server server;
  std::thread thread;
  int port = 0;
  std::atomic<bool> stopping{false};
  std::atomic<std::uint64_t> huge_bytes_sent{0};

  mutable std::mutex mutex;  // Guards everything below.
  std::vector<LoggedRequest> log;
  std::map<std::string, std::size_t> pauses_per_host;
  std::size_t pauses = 0;
  std::size_t peak_pauses_per_host = 0;
  std::size_t peak_pauses = 0;

  void Log(const httplib::Request& request);
  void ServeSiteFile(const httplib::Request& request, httplib::Response& response) const;
};

/// Registers /slow, /500, ... (see test_http_server.h) on impl.server.
void AddMisbehavingRoutes(TestHttpServer::Impl& impl);

/// A gzip member whose content is `inflated_bytes` zero bytes, compressed as hard as zlib can.
std::string MakeGzipBomb(std::uint64_t inflated_bytes);

/// The bytes of a file; nullopt if it cannot be read.
std::optional<std::string> ReadFileBytes(const std::string& path);

}  // namespace dxnews::testing

#endif  // DXNEWS_TESTS_SUPPORT_TEST_HTTP_SERVER_IMPL_H_
