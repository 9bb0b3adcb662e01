#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include "dxnews/analyzer/analysis_json.h"
#include "dxnews/analyzer/article_analyzer.h"
#include "dxnews/core/plain_article.h"

namespace dxnews::analyzer {
namespace {

const ArticleAnalyzer& Analyzer() {
  static const ArticleAnalyzer* analyzer = [] {
    auto loaded = ArticleAnalyzer::LoadBuiltin();
    REQUIRE(loaded.ok());
    return new ArticleAnalyzer(std::move(loaded).value());
  }();
  return *analyzer;
}

ArticleInput ReadCorpusArticle(const std::string& name) {
  std::ifstream in(std::string(DXNEWS_CORPUS_DIR) + "/articles/" + name);
  REQUIRE(in);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto parsed = ParsePlainArticle(text, name);
  REQUIRE(parsed.ok());
  return {parsed.value().title, parsed.value().body, ParseCivilDate(*parsed.value().Header("date"))};
}

TEST_CASE("ArticleAnalyzer finds the officials, documents, dates, province and themes of an article",
          "[analyzer][article_analyzer]") {
  ArticleAnalysis a = Analyzer().Analyze(ReadCorpusArticle("ha-tinh-hoi-nghi-cds.txt"));
  REQUIRE(a.province);
  CHECK(a.province->id == "ha-tinh");
  CHECK(a.province->name_after_2025 == "Hà Tĩnh");

  REQUIRE(a.officials.size() == 2);
  CHECK(a.officials[0].name == "Trần Văn Hải");
  CHECK(a.officials[0].mentions == 2);  // the chain in the list and "Chủ tịch UBND tỉnh Trần Văn Hải"
  REQUIRE(a.executives.size() == 1);
  CHECK(a.executives[0].name == "Nguyễn Quốc Bảo");

  REQUIRE(a.documents.size() >= 2);
  CHECK(a.documents[0].number == "57-NQ/TW");
  CHECK(a.documents[1].number == "1203/KH-UBND");
  REQUIRE(a.documents[1].date);
  CHECK(ToIso(*a.documents[1].date) == "2024-03-05");

  REQUIRE_FALSE(a.dates.empty());
  CHECK(ToIso(a.dates[0].date) == "2024-10-12");  // "Sáng 12/10" in an article of 14/10/2024

  REQUIRE(a.events.size() == 1);
  CHECK(a.events[0].type == "conference");
  REQUIRE(a.events[0].date);
  CHECK(ToIso(*a.events[0].date) == "2024-10-12");
  CHECK(a.events[0].place_id == "ha-tinh");
  CHECK(a.events[0].participants == std::vector<std::string>{"Trần Văn Hải", "Lê Thị Mai"});

  REQUIRE_FALSE(a.keywords.empty());
  CHECK(a.keywords[0].word == "chuyển đổi số");
  CHECK(a.summary.rfind("Sáng 12/10, Ban Chỉ đạo", 0) == 0);  // the lead sentence comes first
  CHECK(a.summary.find("Minh Châu") == std::string::npos);  // the byline is not summary material

  REQUIRE_FALSE(a.themes.empty());
  int primary = 0;
  for (const ThemeScore& t : a.themes) primary += t.primary ? 1 : 0;
  CHECK(primary >= 1);
  CHECK(primary <= 3);
  CHECK(a.themes[0].primary);
}

TEST_CASE("ArticleAnalyzer leaves year-less dates unresolved without a publication date",
          "[analyzer][article_analyzer]") {
  ArticleInput input = ReadCorpusArticle("ha-tinh-hoi-nghi-cds.txt");
  input.published.reset();
  ArticleAnalysis a = Analyzer().Analyze(input);
  CHECK(a.dates.empty());
  CHECK_FALSE(a.documents.empty());
}

TEST_CASE("AnalysisToJson writes every documented top-level key", "[analyzer][article_analyzer]") {
  std::string json = AnalysisToJson(Analyzer().Analyze(ReadCorpusArticle("ha-tinh-hoi-nghi-cds.txt")));
  for (const char* key : {"\"officials\":", "\"executives\":", "\"documents\":", "\"dates\":", "\"places\":",
                          "\"province\":", "\"themes\":", "\"events\":", "\"keywords\":", "\"summary\":",
                          "\"name_after_2025\":\"Hà Tĩnh\""}) {
    CHECK(json.find(key) != std::string::npos);
  }
  CHECK(AnalysisToJson(Analyzer().Analyze({"", "", std::nullopt})).find("\"province\":null") != std::string::npos);
}

TEST_CASE("AnalysisFromJson reads back what AnalysisToJson wrote", "[analyzer][analysis_json]") {
  ArticleAnalysis a = Analyzer().Analyze(ReadCorpusArticle("ha-tinh-hoi-nghi-cds.txt"));
  std::string json = AnalysisToJson(a);
  auto back = AnalysisFromJson(json);
  REQUIRE(back.ok());
  REQUIRE(back.value().officials.size() == a.officials.size());
  CHECK(back.value().officials[0].name == a.officials[0].name);
  CHECK(back.value().officials[0].titles == a.officials[0].titles);
  REQUIRE(back.value().province);
  CHECK(back.value().province->new_id == a.province->new_id);
  CHECK(back.value().themes.size() == a.themes.size());
  CHECK(back.value().summary == a.summary);
  // Everything but the quoted date texts (which need the article text) survives the round trip.
  a.text.clear();
  for (DateMention& d : a.dates) d.begin = d.end = 0;
  CHECK(AnalysisToJson(back.value()) == AnalysisToJson(a));
}

TEST_CASE("AboutDxInJson reads the flag without parsing, whatever the values hold", "[analyzer][analysis_json]") {
  ArticleAnalysis a = Analyzer().Analyze(ReadCorpusArticle("ha-tinh-hoi-nghi-cds.txt"));
  REQUIRE(a.about_dx);
  CHECK(AboutDxInJson(AnalysisToJson(a)) == true);
  CHECK(AboutDxInJson(AnalysisToJson(a, 2)) == true);
  a.about_dx = false;
  a.summary = "Một câu có \"about_dx\":true trong ngoặc kép.";  // escaped in the JSON: not the key
  CHECK(AboutDxInJson(AnalysisToJson(a)) == false);
  CHECK(AboutDxInJson(R"({"officials":[]})") == std::nullopt);
  CHECK(AboutDxInJson(R"({"about_dx":1})") == std::nullopt);
}

TEST_CASE("AnalysisFromJson names what is wrong", "[analyzer][analysis_json]") {
  auto not_json = AnalysisFromJson("{\"officials\": [");
  REQUIRE_FALSE(not_json.ok());
  CHECK(not_json.status().code() == Status::Code::kInvalidInput);
  CHECK(not_json.status().message().find("stored analysis") != std::string::npos);
  auto missing = AnalysisFromJson("{\"officials\": []}");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().message().find("documents") != std::string::npos);
  auto bad_date = AnalysisFromJson(
      R"({"officials":[],"documents":[{"number":"1/QĐ-UBND","date":"hôm qua"}],"places":[],"province":null,)"
      R"("themes":[],"events":[]})");
  REQUIRE_FALSE(bad_date.ok());
  CHECK(bad_date.status().message().find("hôm qua") != std::string::npos);
}

}  // namespace
}  // namespace dxnews::analyzer
