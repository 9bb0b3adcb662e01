#include "dxnews/analyzer/civil_date.h"

#include <catch2/catch.hpp>

namespace dxnews::analyzer {
namespace {

TEST_CASE("CivilDate validity follows the Gregorian calendar", "[civil_date]") {
  CHECK(IsValid({2024, 2, 29}));
  CHECK_FALSE(IsValid({2023, 2, 29}));
  CHECK(IsValid({2000, 2, 29}));
  CHECK_FALSE(IsValid({1900, 2, 29}));
  CHECK_FALSE(IsValid({2022, 4, 31}));
  CHECK(IsValid({2022, 12, 31}));
  CHECK_FALSE(IsValid({2022, 13, 1}));
  CHECK_FALSE(IsValid({2022, 0, 10}));
  CHECK_FALSE(IsValid({2022, 5, 0}));
  CHECK_FALSE(IsValid(CivilDate{}));
  CHECK(DaysInMonth(2021, 2) == 28);
  CHECK(DaysInMonth(2020, 2) == 29);
  CHECK(DaysInMonth(2020, 13) == 0);
}

TEST_CASE("CivilDate formats as zero-padded ISO", "[civil_date]") {
  CHECK(ToIso({2022, 4, 22}) == "2022-04-22");
  CHECK(ToIso({2020, 6, 3}) == "2020-06-03");
  CHECK(ToIso({987, 1, 9}) == "0987-01-09");
}

TEST_CASE("CivilDate orders and compares by year, month, day", "[civil_date]") {
  CHECK(CivilDate{2021, 12, 31} < CivilDate{2022, 1, 1});
  CHECK(CivilDate{2022, 1, 31} < CivilDate{2022, 2, 1});
  CHECK_FALSE(CivilDate{2022, 2, 1} < CivilDate{2022, 2, 1});
  CHECK(CivilDate{2022, 2, 1} == CivilDate{2022, 2, 1});
  CHECK(CivilDate{2022, 2, 1} != CivilDate{2022, 2, 2});
}

TEST_CASE("CivilDate day arithmetic crosses months, years and leap days", "[civil_date]") {
  CHECK(DaysSinceEpoch({1970, 1, 1}) == 0);
  CHECK(DaysSinceEpoch({1969, 12, 31}) == -1);
  CHECK(DaysSinceEpoch({2000, 3, 1}) == 11017);
  CHECK(AddDays({2024, 2, 28}, 1) == CivilDate{2024, 2, 29});
  CHECK(AddDays({2023, 2, 28}, 1) == CivilDate{2023, 3, 1});
  CHECK(AddDays({2022, 1, 1}, -1) == CivilDate{2021, 12, 31});
  CHECK(AddDays({2021, 3, 1}, -7) == CivilDate{2021, 2, 22});
  for (long d = -800000; d <= 800000; d += 997) {
    CHECK(DaysSinceEpoch(FromDaysSinceEpoch(d)) == d);
  }
}

}  // namespace
}  // namespace dxnews::analyzer

TEST_CASE("ParseCivilDate reads ISO, compact and day-first dates and rejects impossible days",
          "[analyzer][civil_date]") {
  using dxnews::analyzer::CivilDate;
  using dxnews::analyzer::ParseCivilDate;
  CHECK(ParseCivilDate("2024-10-12") == CivilDate{2024, 10, 12});
  CHECK(ParseCivilDate("20201001") == CivilDate{2020, 10, 1});
  CHECK(ParseCivilDate("22/4/2022") == CivilDate{2022, 4, 22});
  CHECK(ParseCivilDate("29/02/2024") == CivilDate{2024, 2, 29});
  CHECK_FALSE(ParseCivilDate("29/02/2023"));
  CHECK_FALSE(ParseCivilDate("2024-13-01"));
  CHECK_FALSE(ParseCivilDate("2024-1-5"));
  CHECK_FALSE(ParseCivilDate("12/10"));
  CHECK_FALSE(ParseCivilDate("2024-10-12x"));
  CHECK_FALSE(ParseCivilDate(""));
}
