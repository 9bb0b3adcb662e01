// The misbehaving routes of TestHttpServer: each one imitates a way real news sites (or hostile
// ones) break crawlers. See the table in test_http_server.h.
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/test_http_server_impl.h"

namespace dxnews::testing {
namespace {

using httplib::DataSink;
using httplib::Request;
using httplib::Response;

// Sleeps `ms` in small steps; false if the server is stopping meanwhile.
bool SleepUnlessStopping(const TestHttpServer::Impl& impl, int ms) {
  for (int slept = 0; slept < ms; slept += 10) {
    if (impl.stopping) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return !impl.stopping;
}

std::string HttpDate(std::time_t when) {
  std::tm tm{};
  gmtime_r(&when, &tm);
  char text[64];
  std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return text;
}

// Days since 1970-01-01 <-> civil date (proleptic Gregorian; H. Hinnant's algorithms).
long DaysFromCivil(long y, long m, long d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

std::string CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  char text[64];
  std::snprintf(text, sizeof text, "%04ld-%02ld-%02ld", yoe + era * 400 + (m <= 2), m, d);
  return text;
}

void ServeCalendar(const Request& request, Response& response) {
  long y = 0, m = 0, d = 0;
  const std::string date = request.matches[1];
  if (std::sscanf(date.c_str(), "%4ld-%2ld-%2ld", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31) {
    response.status = 404;
    return;
  }
  const long day = DaysFromCivil(y, m, d);
  const std::string today = CivilFromDays(day);
  response.set_content("<html><head><meta charset=\"utf-8\"><title>Lịch sự kiện " + today +
                           "</title></head><body><h1>Sự kiện ngày " + today + "</h1><a href=\"/calendar/" +
                           CivilFromDays(day - 1) + "\">Ngày trước</a> <a href=\"/calendar/" +
                           CivilFromDays(day + 1) + "\">Ngày sau</a></body></html>",
                       "text/html; charset=utf-8");
}

void ServeEtag(const Request& request, Response& response) {
  const std::string etag = "\"v1-cds\"";
  response.set_header("ETag", etag);
  response.set_header("Last-Modified", "Tue, 12 Mar 2024 03:05:00 GMT");
  if (request.get_header_value("If-None-Match") == etag) {
    response.status = 304;
    return;
  }
  response.set_content("<html><body>Bản tin chuyển đổi số, phiên bản 1</body></html>",
                       "text/html; charset=utf-8");
}

void ServeCorpusFile(const std::string& relative, const char* content_type, Response& response) {
  std::optional<std::string> bytes = ReadFileBytes(std::string(DXNEWS_CORPUS_DIR) + "/" + relative);
  if (!bytes) throw std::runtime_error("TestHttpServer: missing corpus/" + relative);
  response.set_content(*bytes, content_type);
}

void AddErrorRoutes(TestHttpServer::Impl& impl) {
  impl.server.Get("/500", [](const Request&, Response& response) {
    response.status = 500;
    response.set_content("Lỗi máy chủ", "text/plain; charset=utf-8");
  });
  impl.server.Get("/503", [](const Request&, Response& response) {
    response.status = 503;
    response.set_header("Retry-After", "7");
    response.set_content("Hệ thống đang bảo trì", "text/plain; charset=utf-8");
  });
  impl.server.Get("/429", [](const Request&, Response& response) {
    response.status = 429;
    response.set_header("Retry-After", HttpDate(std::time(nullptr) + 120));
    response.set_content("Quá nhiều yêu cầu", "text/plain; charset=utf-8");
  });
}

void AddRedirectRoutes(TestHttpServer::Impl& impl) {
  impl.server.Get("/loop", [](const Request&, Response& response) { response.set_redirect("/loop/b"); });
  impl.server.Get("/loop/b", [](const Request&, Response& response) { response.set_redirect("/loop"); });
  impl.server.Get(R"(/redirect-chain/(\d+))", [](const Request& request, Response& response) {
    const int left = std::stoi(request.matches[1]);
    if (left <= 0) {
      response.set_content("Hết chuỗi chuyển hướng", "text/plain; charset=utf-8");
    } else {
      response.set_redirect("/redirect-chain/" + std::to_string(left - 1));
    }
  });
  impl.server.Get("/to-ftp", [](const Request&, Response& response) {
    response.set_redirect("ftp://127.0.0.1/tai-lieu.pdf");
  });
}

void AddStreamingRoutes(TestHttpServer::Impl& impl) {
  impl.server.Get("/slow", [&impl](const Request&, Response& response) {
    response.set_chunked_content_provider("text/plain", [&impl](size_t offset, DataSink& sink) {
      if (offset >= TestHttpServer::kSlowBodyBytes) {
        sink.done();
        return true;
      }
      return SleepUnlessStopping(impl, 200) && sink.write("x", 1);
    });
  });
  impl.server.Get("/huge", [&impl](const Request&, Response& response) {
    response.set_content_provider(TestHttpServer::kHugeBodyBytes, "application/octet-stream",
                                  [&impl](size_t offset, size_t length, DataSink& sink) {
                                    static const std::string kChunk(64 * 1024, 'x');
                                    const size_t n = std::min(length, kChunk.size());
                                    if (impl.stopping || !sink.write(kChunk.data(), n)) return false;
                                    impl.huge_bytes_sent += n;
                                    (void)offset;
                                    return true;
                                  });
  });
  impl.server.Get("/truncated", [](const Request&, Response& response) {
    response.set_content_provider(TestHttpServer::kTruncatedDeclaredBytes, "text/plain",
                                  [](size_t offset, size_t, DataSink& sink) {
                                    if (offset >= TestHttpServer::kTruncatedSentBytes)
                                      return false;  // Close the connection.
                                    const std::string part(TestHttpServer::kTruncatedSentBytes, 'a');
                                    return sink.write(part.data(), part.size());
                                  });
  });
}

void AddPause(TestHttpServer::Impl& impl) {
  impl.server.Get(R"(/pause/(\d+))", [&impl](const Request& request, Response& response) {
    std::string host = request.get_header_value("Host");
    host = host.substr(0, host.rfind(':'));
    {
      std::lock_guard<std::mutex> lock(impl.mutex);
      const std::size_t now_for_host = ++impl.pauses_per_host[host];
      impl.peak_pauses_per_host = std::max(impl.peak_pauses_per_host, now_for_host);
      impl.peak_pauses = std::max(impl.peak_pauses, ++impl.pauses);
    }
    SleepUnlessStopping(impl, std::min(2000, std::stoi(request.matches[1])));
    {
      std::lock_guard<std::mutex> lock(impl.mutex);
      --impl.pauses_per_host[host];
      --impl.pauses;
    }
    response.set_content("ok", "text/plain");
  });
}

}  // namespace

std::string MakeGzipBomb(std::uint64_t inflated_bytes) {
  z_stream stream{};
  if (deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("MakeGzipBomb: deflateInit2 failed");
  }
  std::vector<unsigned char> zeros(1 << 20, 0);
  std::vector<unsigned char> out(1 << 16);
  std::string gzip;
  for (std::uint64_t fed = 0; fed <= inflated_bytes;) {
    const std::uint64_t n = std::min<std::uint64_t>(zeros.size(), inflated_bytes - fed);
    const int flush = fed + n == inflated_bytes ? Z_FINISH : Z_NO_FLUSH;
    stream.next_in = zeros.data();
    stream.avail_in = static_cast<uInt>(n);
    do {
      stream.next_out = out.data();
      stream.avail_out = static_cast<uInt>(out.size());
      deflate(&stream, flush);
      gzip.append(reinterpret_cast<const char*>(out.data()), out.size() - stream.avail_out);
    } while (stream.avail_out == 0);
    fed += n;
    if (flush == Z_FINISH) break;
  }
  deflateEnd(&stream);
  return gzip;
}

void AddMisbehavingRoutes(TestHttpServer::Impl& impl) {
  AddErrorRoutes(impl);
  AddRedirectRoutes(impl);
  AddStreamingRoutes(impl);
  AddPause(impl);
  impl.server.Get("/gzip-bomb", [](const Request&, Response& response) {
    // Built on first use (~0.3 s of CPU), once per process.
    static const std::string kBomb = MakeGzipBomb(TestHttpServer::kGzipBombInflatedBytes);
    response.set_header("Content-Encoding", "gzip");
    response.set_content(kBomb, "application/octet-stream");
  });
  impl.server.Get("/wrong-charset", [](const Request&, Response& response) {
    ServeCorpusFile("http/wrong_charset.html", "text/html; charset=iso-8859-1", response);
  });
  impl.server.Get("/tcvn3", [](const Request&, Response& response) {
    ServeCorpusFile("http/tcvn3.html", "text/html", response);
  });
  impl.server.Get(R"(/calendar/([0-9-]+))", ServeCalendar);
  impl.server.Get("/etag", ServeEtag);
}

}  // namespace dxnews::testing
