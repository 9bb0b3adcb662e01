// GunzipFile: sitemap.xml.gz bodies, concatenated members, the size cap and broken input.
#include "gzip_file.h"

#include <catch2/catch.hpp>
#include <zlib.h>

#include <string>

namespace dxnews::crawler {
namespace {

std::string Gzip(const std::string& text) {
  z_stream stream{};
  REQUIRE(deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK);
  std::string out(deflateBound(&stream, text.size()) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&stream, Z_FINISH) == Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

TEST_CASE("GunzipFile inflates gzip files, members concatenated, within a cap", "[crawler][gzip]") {
  const std::string xml = "<urlset><url><loc>https://baohatinh.vn/a-post1.html</loc></url></urlset>";
  CHECK(IsGzip(Gzip(xml)));
  CHECK_FALSE(IsGzip(xml));
  CHECK(GunzipFile(Gzip(xml), 1000).value() == xml);
  CHECK(GunzipFile(Gzip("ab") + Gzip("cd"), 1000).value() == "abcd");
  CHECK_FALSE(GunzipFile(Gzip(std::string(100000, '0')), 50000).ok());  // a small bomb
  std::string truncated = Gzip(xml);
  truncated.resize(truncated.size() / 2);
  CHECK_FALSE(GunzipFile(truncated, 1000).ok());
  CHECK_FALSE(GunzipFile("\x1f\x8b not gzip", 1000).ok());
}

}  // namespace
}  // namespace dxnews::crawler
