#include "dxnews/index/snippet.h"

#include <catch2/catch.hpp>

#include <string>

#include "dxnews/index/term_mapper.h"
#include "search_fixture.h"

namespace dxnews::index {
namespace {

using testing::Mapper;

std::string Highlighted(const Snippet& s, size_t i) {
  return s.text.substr(s.highlights[i].begin, s.highlights[i].end - s.highlights[i].begin);
}

TEST_CASE("MakeSnippet highlights the words of the query in exact and folded form", "[index][snippet]") {
  std::string text = "Sáng 12/10, tỉnh tổ chức hội nghị về chuyển đổi số. Người dân dùng dịch vụ công.";
  std::set<std::string> terms = {TermString(TextField::kBody, TermKind::kWordFolded, "chuyen_doi_so")};
  Snippet snippet = MakeSnippet(text, terms, Mapper());
  CHECK(snippet.text == text);
  REQUIRE(snippet.highlights.size() == 1);
  CHECK(Highlighted(snippet, 0) == "chuyển đổi số");
}

TEST_CASE("MakeSnippet picks the passage with the most matches and marks the cuts", "[index][snippet]") {
  std::string filler;
  for (int i = 0; i < 40; ++i) filler += "Các đơn vị báo cáo kết quả công tác tháng. ";
  std::string text = filler + "Tỉnh ra mắt nền tảng du lịch thông minh cho du khách. " + filler;
  std::set<std::string> terms = {"du_lịch", "thông_minh"};
  Snippet snippet = MakeSnippet(text, terms, Mapper(), 120);
  CHECK(snippet.text.rfind("\u2026", 0) == 0);
  CHECK(snippet.text.size() < 140 + 6);
  REQUIRE(snippet.highlights.size() == 1);  // adjacent words make one span
  CHECK(Highlighted(snippet, 0) == "du lịch thông minh");
  // Nothing matches: the start of the text.
  Snippet start = MakeSnippet(text, {"xăng"}, Mapper(), 60);
  CHECK(start.text.rfind("Các đơn vị", 0) == 0);
  CHECK(start.highlights.empty());
}

}  // namespace
}  // namespace dxnews::index
