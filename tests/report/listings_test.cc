#include <catch2/catch.hpp>

#include "dxnews/analyzer/province_registry.h"
#include "dxnews/report/listings.h"

namespace dxnews::report {
namespace {

ReportArticle Article(std::int64_t id, CivilDate day, std::optional<std::int64_t> cluster = std::nullopt) {
  ReportArticle a;
  a.id = id;
  a.url = "https://baohatinh.example.vn/" + std::to_string(id);
  a.source_name = "Báo Hà Tĩnh";
  a.day = day;
  a.published = analyzer::DaysSinceEpoch(day) * 86400;
  a.cluster = cluster;
  return a;
}

analyzer::PersonMention Person(const std::string& name, const std::string& title, const std::string& org) {
  analyzer::PersonMention p;
  p.name = name;
  p.titles = {title};
  p.organization = org;
  return p;
}

TEST_CASE("officials: first and last seen, titles by use, stories counted once", "[report][listings]") {
  std::vector<ReportArticle> articles{Article(3, {2024, 10, 20}), Article(1, {2024, 10, 2}, 7),
                                      Article(2, {2024, 10, 5}, 7)};
  articles[0].analysis.officials = {Person("Lê Thị Thuỷ", "Giám đốc Sở KH&CN", "Sở KH&CN")};
  articles[1].analysis.officials = {Person("Lê Thị Thủy", "Giám đốc Sở Khoa học và Công nghệ", "Sở KH&CN")};
  articles[2].analysis.officials = {Person("Lê Thị Thủy", "Giám đốc Sở Khoa học và Công nghệ", "")};
  auto list = ListOfficials(articles);
  REQUIRE(list.size() == 1);
  CHECK(list[0].name == "Lê Thị Thủy");  // the earliest spelling
  CHECK(list[0].articles == 3);
  CHECK(list[0].stories == 2);
  CHECK(list[0].titles.front() == "Giám đốc Sở Khoa học và Công nghệ");
  CHECK(list[0].organization == "Sở KH&CN");
  CHECK(list[0].first_seen == CivilDate{2024, 10, 2});
  CHECK(list[0].last_seen == CivilDate{2024, 10, 20});
  REQUIRE(list[0].refs.size() == 3);
  CHECK(list[0].refs[0].id == 1);
}

TEST_CASE("documents by number, events once per story", "[report][listings]") {
  auto provinces = analyzer::ProvinceRegistry::LoadBuiltin();
  REQUIRE(provinces.ok());
  std::vector<ReportArticle> articles{Article(1, {2024, 10, 8}, 1), Article(2, {2024, 10, 9}, 1),
                                      Article(3, {2024, 10, 9})};
  analyzer::DocumentMention plan;
  plan.number = "87/KH-UBND";
  plan.type = "Kế hoạch";
  analyzer::EventMention launch;
  launch.type = "launch";
  launch.date = CivilDate{2024, 10, 8};
  launch.place_id = "thai-nguyen";
  for (ReportArticle& a : articles) {
    a.analysis.documents = {plan, plan};
    a.analysis.events = {launch};
  }
  auto documents = ListDocuments(articles);
  REQUIRE(documents.size() == 1);
  CHECK(documents[0].articles == 3);
  CHECK(documents[0].stories == 2);
  auto events = ListEvents(articles, provinces.value());
  REQUIRE(events.size() == 2);  // the reprinted story reports one launch; article 3 is another story
  CHECK(events[0].articles + events[1].articles == 3);
  CHECK(events[0].place == "Thái Nguyên");
}

}  // namespace
}  // namespace dxnews::report
