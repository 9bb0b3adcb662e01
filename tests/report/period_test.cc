#include <catch2/catch.hpp>

#include "dxnews/report/period.h"

namespace dxnews::report {
namespace {

CivilDate D(int y, int m, int d) { return {y, m, d}; }

TEST_CASE("ISO weeks start on Monday and take the year of their Thursday", "[report][period]") {
  CHECK(IsoWeekLabel(D(2024, 10, 7)) == "2024-W41");
  CHECK(IsoWeekLabel(D(2024, 10, 13)) == "2024-W41");
  CHECK(IsoWeekLabel(D(2024, 12, 30)) == "2025-W01");  // Monday of the week with 2 January 2025
  CHECK(IsoWeekLabel(D(2021, 1, 3)) == "2020-W53");
  Period w = IsoWeekOf(D(2024, 10, 10));
  CHECK(w.first == D(2024, 10, 7));
  CHECK(w.last == D(2024, 10, 13));
  CHECK(w.Days() == 7);
}

TEST_CASE("ParseIsoWeek reads labels and rejects weeks that do not exist", "[report][period]") {
  auto w41 = ParseIsoWeek("2024-W41");
  REQUIRE(w41.ok());
  CHECK(w41.value().first == D(2024, 10, 7));
  auto w1 = ParseIsoWeek("2025-W1");
  REQUIRE(w1.ok());
  CHECK(w1.value().first == D(2024, 12, 30));
  CHECK(ParseIsoWeek("2020-W53").ok());
  auto w53 = ParseIsoWeek("2024-W53");
  REQUIRE_FALSE(w53.ok());
  CHECK(w53.status().message().find("2024 has no week 53") != std::string::npos);
  CHECK_FALSE(ParseIsoWeek("2024-41").ok());
  CHECK_FALSE(ParseIsoWeek("2024-W4x").ok());
  CHECK_FALSE(ParseIsoWeek("2024-W00").ok());
}

TEST_CASE("the last complete week and the previous period", "[report][period]") {
  Period last = LastCompleteWeek(D(2024, 10, 16));  // a Wednesday
  CHECK(last.first == D(2024, 10, 7));
  CHECK(last.last == D(2024, 10, 13));
  CHECK(LastCompleteWeek(D(2024, 10, 14)).first == D(2024, 10, 7));  // Monday: last week is done
  Period before = PreviousPeriod({D(2024, 10, 1), D(2024, 10, 31)});
  CHECK(before.first == D(2024, 8, 31));
  CHECK(before.last == D(2024, 9, 30));
  CHECK(PeriodLabel(last) == "2024-W41 (07/10–13/10/2024)");
  CHECK(PeriodLabel({D(2024, 10, 1), D(2024, 10, 31)}) == "01/10/2024–31/10/2024");
}

TEST_CASE("buckets cover the range with whole weeks and months", "[report][period]") {
  auto months = Buckets({D(2024, 1, 15), D(2024, 3, 2)}, Bucketing::kMonth);
  REQUIRE(months.size() == 3);
  CHECK(months[1].first == D(2024, 2, 1));
  CHECK(months[1].last == D(2024, 2, 29));
  CHECK(BucketLabel(months[2], Bucketing::kMonth) == "2024-03");
  auto weeks = Buckets({D(2024, 10, 9), D(2024, 10, 21)}, Bucketing::kWeek);
  REQUIRE(weeks.size() == 3);
  CHECK(weeks[0].first == D(2024, 10, 7));
  CHECK(BucketLabel(weeks[2], Bucketing::kWeek) == "2024-W43");
  CHECK(Buckets({D(2024, 10, 9), D(2024, 10, 11)}, Bucketing::kDay).size() == 3);
  CHECK_FALSE(ParseBucketing("year").ok());
  CHECK(ParseBucketing("month").value() == Bucketing::kMonth);
}

}  // namespace
}  // namespace dxnews::report
