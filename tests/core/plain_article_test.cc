#include <catch2/catch.hpp>

#include "dxnews/core/plain_article.h"

namespace dxnews {
namespace {

TEST_CASE("ParsePlainArticle reads headers, the title line and the body", "[core][unit]") {
  auto parsed = ParsePlainArticle(
      "# URL = https://baohatinh.example.vn/a-1.html\r\n# date = 2024-10-12\n\n"
      "  Hà Tĩnh đẩy mạnh chuyển đổi số  \nSáng 12/10, UBND tỉnh tổ chức hội nghị.\nĐoạn hai.\n\n",
      "a.txt");
  REQUIRE(parsed.ok());
  const PlainArticle& a = parsed.value();
  REQUIRE(a.headers.size() == 2);
  CHECK(a.headers[0].first == "url");
  CHECK(*a.Header("date") == "2024-10-12");
  CHECK(a.Header("author") == nullptr);
  CHECK(a.title == "Hà Tĩnh đẩy mạnh chuyển đổi số");
  CHECK(a.body == "Sáng 12/10, UBND tỉnh tổ chức hội nghị.\nĐoạn hai.");
}

TEST_CASE("ParsePlainArticle accepts an article without headers or body", "[core][unit]") {
  auto parsed = ParsePlainArticle("Chỉ có tiêu đề", "t.txt");
  REQUIRE(parsed.ok());
  CHECK(parsed.value().headers.empty());
  CHECK(parsed.value().title == "Chỉ có tiêu đề");
  CHECK(parsed.value().body.empty());
}

TEST_CASE("ParsePlainArticle names the file and line of a malformed header, and a missing title", "[core][unit]") {
  auto bad = ParsePlainArticle("# url = x\n# no equals sign here\nTitle\n", "bad.txt");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == Status::Code::kInvalidInput);
  CHECK(bad.status().message() == "bad.txt:2: header line is not '# key = value'");
  auto empty = ParsePlainArticle("# url = x\n\n  \n", "empty.txt");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.status().message() == "empty.txt: no title line");
}

}  // namespace
}  // namespace dxnews
