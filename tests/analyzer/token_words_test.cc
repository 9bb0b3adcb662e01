#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/normalizer.h"
#include "dxnews/analyzer/tokenizer.h"
#include "token_words.h"

namespace dxnews::analyzer::internal {
namespace {

TEST_CASE("TokenWords keys words in lower case and every token in Lower()", "[analyzer][token_words]") {
  const std::string text = "Quyết định 505/QĐ-TTg của UBND Thanh Hoá";
  const std::vector<Token> tokens = Tokenize(text);
  const TokenWords words(text, tokens);
  REQUIRE(words.size() == 7);
  CHECK(words.Key(0) == "quyết");
  CHECK(words.Key(2) == "505/QĐ-TTg");  // not a word: its own text
  CHECK(words.Lower(2) == "505/qđ-ttg");
  CHECK(words.Key(4) == "ubnd");
  CHECK(words.Lower(6) == "hóa");
  CHECK(words.Key(7).empty());
  CHECK(words.Lower(7).empty());
  CHECK(words.lower_keys().size() == 8);
}

TEST_CASE("TokenWords::LowerSpan is NormalizeLower of the span's text", "[analyzer][token_words]") {
  const std::string text = GENERATE(as<std::string>{},
      "Chuyển đổi số là động lực phát triển.",
      "“Thanh Hoá” (Ảnh: Minh Hoà) ... ông Nguyễn Văn A, Chủ tịch UBND tỉnh!",
      "tab\tand  two spaces",
      "no-break\u00A0space and zero\u200Bwidth",
      "NFD: Hoa\u0300 and e\u0301",
      "www.thanhhoa.gov.vn\u1EA3nh and abc.vnhoà",          // letters meet across a token boundary
      "x\u00ADy soft hyphen, control \x01 char",
      "invalid \xC3 byte and \xE1\xBA end");
  const std::vector<Token> tokens = Tokenize(text);
  const TokenWords words(text, tokens);
  for (size_t first = 0; first < tokens.size(); ++first) {
    for (size_t last = first + 1; last <= tokens.size(); ++last) {
      const std::string_view span =
          std::string_view(text).substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
      INFO(span);
      CHECK(words.LowerSpan(first, last) == NormalizeLower(span));
    }
  }
}

}  // namespace
}  // namespace dxnews::analyzer::internal
