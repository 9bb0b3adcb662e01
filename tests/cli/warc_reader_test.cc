#include "warc_reader.h"

#include <catch2/catch.hpp>
#include <zlib.h>

#include <fstream>
#include <string>
#include <vector>

#include "support/temp_dir.h"

namespace dxnews::cli {
namespace {

std::string Record(const std::string& type, const std::string& uri, const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: <" + uri +
         ">\r\nWARC-Date: 2024-10-12T02:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Length: " +
         std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

const std::string kPage = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><p>Chuyển đổi số</p></html>";

std::vector<WarcRecord> ReadAll(const std::string& path, Status* status) {
  std::vector<WarcRecord> records;
  *status = ReadWarcFile(path, [&](const WarcRecord& r) {
    records.push_back(r);
    return Status();
  });
  return records;
}

TEST_CASE("ReadWarcFile reads plain WARC records in order", "[warc]") {
  testing::TempDir dir;
  std::ofstream(dir.File("a.warc"), std::ios::binary)
      << Record("warcinfo", "", "software: test\r\n") << Record("response", "https://x.vn/a", kPage);
  Status status;
  std::vector<WarcRecord> records = ReadAll(dir.File("a.warc"), &status);
  REQUIRE(status.ok());
  REQUIRE(records.size() == 2);
  CHECK(records[0].type == "warcinfo");
  CHECK(records[1].type == "response");
  CHECK(records[1].target_uri == "https://x.vn/a");
  CHECK(records[1].date == "2024-10-12T02:00:00Z");
  CHECK(records[1].block == kPage);
}

TEST_CASE("ReadWarcFile reads multi-member gzip (one member per record)", "[warc]") {
  testing::TempDir dir;
  std::string path = dir.File("a.warc.gz");
  for (const std::string& record : {Record("response", "https://x.vn/1", kPage), Record("response", "https://x.vn/2", kPage)}) {
    gzFile out = gzopen(path.c_str(), "ab");  // "a": each call appends a new gzip member
    REQUIRE(out != nullptr);
    REQUIRE(gzwrite(out, record.data(), static_cast<unsigned>(record.size())) == static_cast<int>(record.size()));
    REQUIRE(gzclose(out) == Z_OK);
  }
  Status status;
  std::vector<WarcRecord> records = ReadAll(path, &status);
  REQUIRE(status.ok());
  REQUIRE(records.size() == 2);
  CHECK(records[1].target_uri == "https://x.vn/2");
  CHECK(records[1].block == kPage);
}

TEST_CASE("ReadWarcFile names the file and offset of a truncated or foreign record", "[warc]") {
  testing::TempDir dir;
  std::string whole = Record("response", "https://x.vn/a", kPage);
  std::ofstream(dir.File("cut.warc"), std::ios::binary) << whole << whole.substr(0, whole.size() - 30);
  Status status;
  ReadAll(dir.File("cut.warc"), &status);
  CHECK(status.code() == Status::Code::kInvalidInput);
  CHECK_THAT(status.message(), Catch::Contains("cut.warc: offset " + std::to_string(whole.size())) &&
                                   Catch::Contains("truncated"));

  std::ofstream(dir.File("html.warc"), std::ios::binary) << "<html>not a warc</html>\n";
  ReadAll(dir.File("html.warc"), &status);
  CHECK_THAT(status.message(), Catch::Contains("html.warc: offset 0") && Catch::Contains("not a WARC record"));
  ReadAll(dir.File("missing.warc"), &status);
  CHECK_THAT(status.message(), Catch::Contains("missing.warc: cannot open file"));
}

TEST_CASE("ParseHttpResponse splits status, content type and (de-chunked) body", "[warc]") {
  HttpResponse response;
  REQUIRE(ParseHttpResponse(kPage, &response).ok());
  CHECK(response.status == 200);
  CHECK(response.content_type == "text/html; charset=utf-8");
  CHECK(response.body == "<html><p>Chuyển đổi số</p></html>");

  std::string chunked = "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nHà \r\n5\r\nNội\r\n0\r\n\r\n";
  REQUIRE(ParseHttpResponse(chunked, &response).ok());
  CHECK(response.status == 404);
  CHECK(response.body == "Hà Nội");
  CHECK(ParseHttpResponse("GET / HTTP/1.1\r\nHost: x.vn\r\n\r\n", &response).code() == Status::Code::kInvalidInput);
}

}  // namespace
}  // namespace dxnews::cli
