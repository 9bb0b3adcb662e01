#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "dxnews/report/trend_table.h"

namespace dxnews::report {
namespace {

TrendTable Table(bool share) {
  TrendTable t;
  t.by = Bucketing::kWeek;
  t.buckets = Buckets({{2024, 10, 7}, {2024, 10, 27}}, Bucketing::kWeek);
  DailyCounts cds{{{2024, 10, 8}, 3}, {{2024, 10, 9}, 1}, {{2024, 10, 25}, 2}, {{2024, 11, 30}, 9}};
  DailyCounts ai{{{2024, 10, 15}, 4}};
  t.series = {{"chuyển đổi số", CountByBucket(cds, t.buckets)}, {"AI", CountByBucket(ai, t.buckets)}};
  t.totals = {8, 8, 4};
  t.share = share;
  return t;
}

TEST_CASE("counts fall into their buckets and missing periods are zeros", "[report][trends]") {
  TrendTable t = Table(false);
  REQUIRE(t.buckets.size() == 3);
  CHECK(t.series[0].counts == std::vector<std::int64_t>{4, 0, 2});
  CHECK(t.series[1].counts == std::vector<std::int64_t>{0, 4, 0});
  CHECK(TrendsToCsv(t) == "period,chuyển đổi số,AI,total\n2024-W41,4,0,8\n2024-W42,0,4,8\n2024-W43,2,0,4\n");
}

TEST_CASE("shares divide by all articles of the period", "[report][trends]") {
  TrendTable t = Table(true);
  CHECK(t.Value(0, 0) == Approx(0.5));
  CHECK(TrendsToCsv(t).find("2024-W43,0.5000,0.0000,4") != std::string::npos);
  auto json = nlohmann::json::parse(TrendsToJson(t));
  CHECK(json["by"] == "week");
  CHECK(json["share"] == true);
  CHECK(json["periods"][1]["from"] == "2024-10-14");
  CHECK(json["series"][1]["values"][1] == Approx(0.5));
}

TEST_CASE("the text table aligns Vietnamese column names and the SVG has one line per series",
          "[report][trends]") {
  std::string text = TrendsToText(Table(false));
  CHECK(text.rfind("period    chuyển đổi số  AI  total\n", 0) == 0);
  CHECK(text.find("2024-W41              4   0      8\n") != std::string::npos);
  std::string svg = TrendsToSvg(Table(false), "Xu hướng");
  CHECK(svg.find("<polyline") != std::string::npos);
  CHECK(svg.find("<polyline", svg.find("<polyline") + 1) != std::string::npos);
  CHECK(svg.find("chuyển đổi số") != std::string::npos);
}

}  // namespace
}  // namespace dxnews::report
