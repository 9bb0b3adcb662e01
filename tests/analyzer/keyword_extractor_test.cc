#include "dxnews/analyzer/keyword_extractor.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/summarizer.h"
#include "dxnews/analyzer/tokenizer.h"

// Every article here is invented for these tests; the names are not real people.
namespace dxnews::analyzer {
namespace {

constexpr std::string_view kArticle =
    "Hà Tĩnh đẩy mạnh chuyển đổi số cấp xã\n"
    "Sáng 12/10, UBND tỉnh Hà Tĩnh tổ chức hội nghị triển khai chuyển đổi số cấp xã năm 2024. "
    "Theo báo cáo, toàn tỉnh đã thành lập 2.100 Tổ công nghệ số cộng đồng với hơn 11.000 thành viên.\n"
    "Ảnh: Hội nghị triển khai chuyển đổi số tại Hà Tĩnh.\n"
    "Các Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt ứng dụng VNeID và sử dụng dịch vụ công "
    "trực tuyến. Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình của tỉnh đạt 68%, cao hơn năm trước.\n"
    "Đồng chí Trần Văn Hải, Chủ tịch UBND tỉnh, đề nghị các xã tiếp tục chuyển đổi số, phát triển "
    "thanh toán không dùng tiền mặt ở chợ và trường học.\n"
    "Trời hôm nay mưa.\n"
    "Tin, ảnh: Minh Châu\n";

struct Analyzed {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<bool> joins;
};

Analyzed Analyze(std::string_view text) {
  static const Result<Segmenter> segmenter = Segmenter::LoadBuiltin();
  REQUIRE(segmenter.ok());
  Analyzed a;
  a.tokens = Tokenize(text);
  a.sentences = SplitSentences(text, a.tokens);
  a.joins = SegmentText(segmenter.value(), text, a.tokens, a.sentences);
  return a;
}

bool Has(const std::vector<Keyword>& keywords, std::string_view word) {
  for (const Keyword& k : keywords) {
    if (k.word == word) return true;
  }
  return false;
}

TEST_CASE("Keywords: the built-in tables are there", "[analyzer][keyword_extractor]") {
  CHECK(DocumentCount() > 30000);
  CHECK(DocumentFrequency("tỉnh") > 1000);
  CHECK(DocumentFrequency("tỉnh") > DocumentFrequency("thanh toán"));
  CHECK(DocumentFrequency("xyzxyz không có") == 0);
  CHECK(IsStopWord("tuy nhiên"));
  CHECK(IsStopWord("của"));
  CHECK_FALSE(IsStopWord("chuyển đổi số"));
}

TEST_CASE("Keywords: segmented words ranked by TF-IDF, no stop words or numbers",
          "[analyzer][keyword_extractor]") {
  const Analyzed a = Analyze(kArticle);
  const std::vector<Keyword> keywords = ExtractKeywords(kArticle, a.tokens, a.joins, 10);
  REQUIRE(keywords.size() == 10);
  CHECK(keywords[0].word == "chuyển đổi số");
  CHECK(Has(keywords, "dịch vụ công trực tuyến"));
  CHECK(Has(keywords, "công nghệ số"));
  for (size_t i = 0; i < keywords.size(); ++i) {
    INFO(keywords[i].word);
    CHECK(keywords[i].score > 0);
    if (i > 0) CHECK(keywords[i - 1].score >= keywords[i].score);
    CHECK_FALSE(IsStopWord(keywords[i].word));
    CHECK(keywords[i].word.find_first_of("0123456789%.,") == std::string::npos);
    CHECK(keywords[i].word != "xã");  // one syllable, common in the corpus: outranked
  }
  CHECK(ExtractKeywords(kArticle, a.tokens, a.joins, 3).size() == 3);
  CHECK(ExtractKeywords("", {}, {}, 5).empty());
}

TEST_CASE("Keywords: words follow the joins given, one-letter and numeric tokens are skipped",
          "[analyzer][keyword_extractor]") {
  constexpr std::string_view kText = "Ứng dụng số giúp x người dân, 5 ứng dụng số mới.";
  const std::vector<Token> tokens = Tokenize(kText);
  // Ứng_dụng số giúp x người_dân , 5 ứng_dụng số mới .
  const std::vector<bool> joins = {false, true, false, false, false, false, true,
                                   false, false, false, true, false, false, false};
  REQUIRE(tokens.size() == joins.size());
  const std::vector<Keyword> keywords = ExtractKeywords(kText, tokens, joins, 20);
  CHECK(keywords[0].word == "ứng dụng");
  CHECK(Has(keywords, "người dân"));
  CHECK(Has(keywords, "giúp"));
  CHECK_FALSE(Has(keywords, "x"));
  CHECK_FALSE(Has(keywords, "5"));
  CHECK_FALSE(Has(keywords, "số"));  // a stop word
}

TEST_CASE("Summary: lead and keyword-rich sentences, in order, captions and credits never",
          "[analyzer][summarizer]") {
  const Analyzed a = Analyze(kArticle);
  const std::vector<Keyword> keywords = ExtractKeywords(kArticle, a.tokens, a.joins, 10);
  const std::string summary = Summarize(kArticle, a.sentences, keywords);
  INFO(summary);
  CHECK(summary.rfind("Sáng 12/10, UBND tỉnh Hà Tĩnh tổ chức hội nghị", 0) == 0);
  CHECK(summary.find("Ảnh:") == std::string::npos);
  CHECK(summary.find("Minh Châu") == std::string::npos);
  CHECK(summary.find("mưa") == std::string::npos);
  CHECK(summary.find("đẩy mạnh chuyển đổi số cấp xã\n") == std::string::npos);
  CHECK(SplitSentences(summary, Tokenize(summary)).size() == 3);
  const std::string two = Summarize(kArticle, a.sentences, keywords, 2);
  CHECK(SplitSentences(two, Tokenize(two)).size() == 2);
  CHECK(two.rfind("Sáng 12/10", 0) == 0);
  CHECK(Summarize("Tin ngắn.", SplitSentences("Tin ngắn.", Tokenize("Tin ngắn.")), keywords).empty());
}

}  // namespace
}  // namespace dxnews::analyzer
