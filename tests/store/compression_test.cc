#include "compression.h"

#include <catch2/catch.hpp>

#include <string>

namespace dxnews::store::internal {
namespace {

TEST_CASE("Compress shrinks a repetitive page and Decompress restores it", "[store]") {
  std::string page;
  for (int i = 0; i < 2000; ++i) page += "<p>Chuyển đổi số ở cấp xã, bài " + std::to_string(i % 10) + ".</p>\n";
  Result<std::string> compressed = Compress(page);
  REQUIRE(compressed.ok());
  CHECK(compressed.value().size() * 20 < page.size());
  Result<std::string> restored = Decompress(compressed.value(), page.size(), "page");
  REQUIRE(restored.ok());
  CHECK(restored.value() == page);
  CHECK(Decompress(Compress("").value(), 0, "empty").value().empty());
}

TEST_CASE("Decompress rejects damaged data and a wrong size, naming what", "[store]") {
  const std::string text = "Hà Nội, Hải Phòng, Đà Nẵng, Cần Thơ, Hà Nội, Hải Phòng, Đà Nẵng, Cần Thơ";
  std::string compressed = Compress(text).value();
  REQUIRE(Decompress(compressed, text.size(), "article 6").ok());
  Result<std::string> short_size = Decompress(compressed, 5, "article 7");
  CHECK(short_size.status().code() == Status::Code::kIoError);
  CHECK_THAT(short_size.status().message(), Catch::StartsWith("article 7: damaged compressed page"));
  std::string damaged = compressed;
  damaged[damaged.size() / 2] ^= 0x55;
  CHECK_FALSE(Decompress(damaged, text.size(), "article 8").ok());
  CHECK_FALSE(Decompress("not zlib at all", text.size(), "article 9").ok());
}

}  // namespace
}  // namespace dxnews::store::internal
