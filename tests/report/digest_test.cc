#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "dxnews/analyzer/province_registry.h"
#include "dxnews/analyzer/theme_classifier.h"
#include "dxnews/report/digest.h"
#include "dxnews/report/digest_format.h"

namespace dxnews::report {
namespace {

using analyzer::ArticleAnalysis;

const analyzer::ProvinceRegistry& Provinces() {
  static const analyzer::ProvinceRegistry registry = analyzer::ProvinceRegistry::LoadBuiltin().value();
  return registry;
}

const std::vector<analyzer::ThemeInfo>& Themes() {
  static const analyzer::ThemeClassifier classifier = analyzer::ThemeClassifier::LoadBuiltin().value();
  return classifier.themes();
}

ReportArticle Article(std::int64_t id, const std::string& source, CivilDate day, std::int64_t hour) {
  ReportArticle a;
  a.id = id;
  a.url = "https://" + source + ".example.vn/bai-" + std::to_string(id) + ".html";
  a.title = "Bài " + std::to_string(id);
  a.source_id = source;
  a.source_name = "Báo " + source;
  a.day = day;
  a.published = analyzer::DaysSinceEpoch(day) * 86400 + hour * 3600;
  return a;
}

void SetProvince(ReportArticle* a, const std::string& old_id) {
  const analyzer::Province* old_unit = Provinces().FindById(analyzer::ProvinceEra::kBefore2025, old_id);
  const analyzer::Province* new_unit = Provinces().NewUnitOf(old_id);
  a->analysis.province = analyzer::MainProvince{old_id, old_unit->name, new_unit->id, new_unit->name};
}

void AddOfficial(ReportArticle* a, const std::string& name, const std::string& title) {
  analyzer::PersonMention p;
  p.name = name;
  p.titles = {title};
  p.mentions = 1;
  a->analysis.officials.push_back(p);
}

void AddDocument(ReportArticle* a, const std::string& number) {
  analyzer::DocumentMention d;
  d.number = number;
  d.type = "Quyết định";
  d.mentions = 1;
  a->analysis.documents.push_back(d);
}

void AddTheme(ReportArticle* a, const std::string& id) {
  analyzer::ThemeScore t;
  t.id = id;
  t.score = 5;
  t.primary = true;
  a->analysis.themes.push_back(t);
}

// Week 41 of 2024 (7-13/10): one story carried by three outlets, two stories of their own.
// Week 40: two articles. Earlier weeks: a baseline without "trí tuệ nhân tạo".
DigestInput Input() {
  DigestInput input;
  input.period = ParseIsoWeek("2024-W41").value();
  std::string theme = Themes().front().id;
  ReportArticle original = Article(1, "hatinh", {2024, 10, 8}, 2);
  original.title = "Hà Tĩnh ra mắt Trung tâm điều hành thông minh";
  original.analysis.summary = "Sáng 8/10, UBND tỉnh Hà Tĩnh ra mắt Trung tâm điều hành thông minh.";
  original.cluster = 1;
  SetProvince(&original, "ha-tinh");
  AddOfficial(&original, "Nguyễn Văn Hoà", "Chủ tịch UBND tỉnh Hà Tĩnh");
  AddDocument(&original, "505/QĐ-TTg");
  AddTheme(&original, theme);
  analyzer::EventMention launch;
  launch.type = "launch";
  launch.name = "Lễ ra mắt Trung tâm điều hành thông minh";
  launch.date = CivilDate{2024, 10, 8};
  launch.place_id = "ha-tinh";
  launch.participants = {"Nguyễn Văn Hoà"};
  original.analysis.events.push_back(launch);
  input.current.push_back(original);
  for (auto [id, source] : {std::pair<int, const char*>{2, "nhandan"}, {3, "vietnamplus"}}) {
    ReportArticle copy = original;
    copy.id = id;
    copy.source_id = source;
    copy.source_name = std::string("Báo ") + source;
    copy.url = std::string("https://") + source + ".example.vn/ha-tinh-ioc.html";
    copy.published += 3600 * id;
    copy.analysis.officials[0].name = "Nguyễn Văn Hòa";  // the other tone placement
    input.current.push_back(copy);
  }
  ReportArticle other = Article(4, "hatinh", {2024, 10, 10}, 1);
  SetProvince(&other, "ha-tinh");
  AddOfficial(&other, "Nguyễn Văn Hòa", "Chủ tịch UBND tỉnh");
  AddDocument(&other, "505/QĐ-TTg");
  input.current.push_back(other);
  ReportArticle south = Article(5, "binhduong", {2024, 10, 12}, 3);
  SetProvince(&south, "binh-duong");
  for (ReportArticle& a : input.current) a.analysis.keywords.push_back({"trí tuệ nhân tạo", 1});
  input.current.push_back(south);
  input.current.push_back(Article(6, "hatinh", {2024, 10, 20}, 3));  // next week: ignored

  for (int id : {10, 11}) {
    ReportArticle a = Article(id, "hatinh", {2024, 10, 2}, 1);
    SetProvince(&a, "ha-tinh");
    input.previous.push_back(a);
  }
  for (int id = 20; id < 60; ++id) {
    ReportArticle a = Article(id, "hatinh", {2024, 9, 1 + id % 28}, 1);
    a.analysis.keywords.push_back({"chuyển đổi số", 1});
    input.reference.push_back(a);
  }
  return input;
}

TEST_CASE("the digest ranks stories by outlets and counts the period against the one before",
          "[report][digest]") {
  Digest d = BuildDigest(Input(), Provinces(), Themes());
  CHECK(d.articles.current == 5);
  CHECK(d.articles.previous == 2);
  CHECK(d.outlets.current == 4);
  CHECK(d.outlets.previous == 1);
  CHECK(d.provinces.current == 2);  // Hà Tĩnh, and Bình Dương now in TP. Hồ Chí Minh
  REQUIRE(d.top_stories.size() == 3);
  const TopStory& top = d.top_stories[0];
  CHECK(top.outlets == 3);
  CHECK(top.title == "Hà Tĩnh ra mắt Trung tâm điều hành thông minh");
  REQUIRE(top.copies.size() == 3);
  CHECK(top.copies[0].source_name == "Báo hatinh");  // the original first
  CHECK(top.summary.find("Trung tâm điều hành") != std::string::npos);
  REQUIRE(d.daily.size() == 7);
  CHECK(d.daily[1].articles == 3);  // Tuesday 8/10
}

TEST_CASE("the digest merges officials across tone placements and counts documents per article",
          "[report][digest]") {
  Digest d = BuildDigest(Input(), Provinces(), Themes());
  REQUIRE(d.officials.size() == 1);
  CHECK(d.officials[0].articles == 4);
  CHECK(d.officials[0].stories == 2);
  CHECK(d.officials[0].titles.front() == "Chủ tịch UBND tỉnh Hà Tĩnh");
  REQUIRE(d.documents.size() == 1);
  CHECK(d.documents[0].number == "505/QĐ-TTg");
  CHECK(d.documents[0].articles == 4);
  REQUIRE(d.events.size() == 1);  // one launch, reported by three outlets
  CHECK(d.events[0].place == "Hà Tĩnh");
  REQUIRE(d.themes.size() == 1);
  CHECK(d.themes[0].articles == 3);
  CHECK(d.themes[0].share == Approx(0.6));
  REQUIRE_FALSE(d.rising_terms.empty());
  CHECK(d.rising_terms[0].term == "trí tuệ nhân tạo");
}

TEST_CASE("coverage by province uses the 34 units and names those without articles", "[report][digest]") {
  Digest d = BuildDigest(Input(), Provinces(), Themes());
  REQUIRE(d.provinces_covered.size() == 2);
  CHECK(d.provinces_covered[0].name == "Hà Tĩnh");
  CHECK(d.provinces_covered[0].articles.current == 4);
  CHECK(d.provinces_covered[0].articles.previous == 2);
  CHECK(d.provinces_covered[1].id == "ho-chi-minh");
  CHECK(std::find(d.provinces_covered[1].former_names.begin(), d.provinces_covered[1].former_names.end(),
                  "Bình Dương") != d.provinces_covered[1].former_names.end());
  CHECK(d.provinces_without_coverage.size() == 32);
  CHECK(std::find(d.provinces_without_coverage.begin(), d.provinces_without_coverage.end(), "Cần Thơ") !=
        d.provinces_without_coverage.end());
}

TEST_CASE("the renderings carry the same digest", "[report][digest]") {
  Digest d = BuildDigest(Input(), Provinces(), Themes());
  auto json = nlohmann::json::parse(DigestToJson(d));
  for (const char* key : {"period", "totals", "top_stories", "themes", "rising_terms", "officials", "events",
                          "documents", "provinces"}) {
    CHECK(json.contains(key));
  }
  CHECK(json["period"]["from"] == "2024-10-07");
  CHECK(json["totals"]["articles"]["change"] == 3);
  CHECK(json["top_stories"][0]["outlets"] == 3);
  CHECK(json["provinces"]["without_coverage"].size() == 32);

  std::string md = DigestToMarkdown(d);
  CHECK(md.find("# Điểm báo chuyển đổi số — 2024-W41") == 0);
  CHECK(md.find("**Hà Tĩnh ra mắt Trung tâm điều hành thông minh** (08/10, 3 cơ quan báo chí)") != std::string::npos);
  CHECK(md.find("[Báo nhandan](https://nhandan.example.vn/ha-tinh-ioc.html)") != std::string::npos);

  std::string html = DigestToHtml(d);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("http://www.w3.org/2000/svg") != std::string::npos);
  CHECK(html.find("<link") == std::string::npos);  // self-contained
  CHECK(html.find("Cần Thơ") != std::string::npos);
}

TEST_CASE("titles from the web are escaped in HTML and Markdown", "[report][digest]") {
  DigestInput input = Input();
  input.current[3].title = "<script>alert(1)</script> | [x]";
  Digest d = BuildDigest(input, Provinces(), Themes());
  std::string html = DigestToHtml(d);
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(DigestToMarkdown(d).find("\\| \\[x\\]") != std::string::npos);
}

TEST_CASE("an empty period gives an empty but complete digest", "[report][digest]") {
  DigestInput input;
  input.period = ParseIsoWeek("2024-W41").value();
  Digest d = BuildDigest(input, Provinces(), Themes());
  CHECK(d.articles.current == 0);
  CHECK(d.top_stories.empty());
  CHECK(d.provinces_without_coverage.size() == 34);
  CHECK(DigestToHtml(d).find("Không có bài nào trong kỳ") != std::string::npos);
}

}  // namespace
}  // namespace dxnews::report
