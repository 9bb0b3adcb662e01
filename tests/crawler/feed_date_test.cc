#include "feed_date.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>

using dxnews::crawler::ParseFeedDate;
using dxnews::crawler::ParseRfc3339Date;
using dxnews::crawler::ParseRfc822Date;

// Expected values were computed independently with Python's datetime.
TEST_CASE("ParseRfc822Date reads numeric and named zones", "[crawler][feed_date]") {
  using Row = std::tuple<std::string, std::int64_t>;
  auto [text, expected] = GENERATE(table<std::string, std::int64_t>({
      Row{"Tue, 12 Mar 2024 08:30:00 +0700", 1710207000},
      Row{"Tue, 12 Mar 2024 08:30:00 +07:00", 1710207000},
      Row{"12 Mar 2024 08:30 +0700", 1710207000},
      Row{"Tue, 12 Mar 2024 08:30:00 ICT", 1710207000},
      Row{"Tue, 12 Mar 2024 08:30:00 GMT+7", 1710207000},
      Row{"Mon, 11 Mar 2024 16:05:00 GMT", 1710173100},
      Row{"Mon, 11 Mar 2024 16:05:00 UT", 1710173100},
      Row{"Mon, 11 Mar 2024 16:05:00 Z", 1710173100},
      Row{"Mon, 11 Mar 2024 16:05:00", 1710173100},
      Row{"Tue, 12 Mar 2024 08:30:00 EST", 1710250200},
      Row{"Tue, 12 Mar 2024 08:30:00 PST", 1710261000},
      Row{"Tue, 12 Mar 24 08:30:00 +0700", 1710207000},
      Row{"  Tue,  12  March 2024 08:30:00 +0700 ", 1710207000},
      Row{"Tue, 29 Feb 2000 23:59:59 +0000", 951868799},
      Row{"Wed, 31 Dec 1969 23:59:59 GMT", -1},
      Row{"Sat, 31 Dec 2016 23:59:60 GMT", 1483228799},
  }));
  INFO(text);
  CHECK(ParseRfc822Date(text) == std::optional<std::int64_t>(expected));
}

TEST_CASE("ParseRfc822Date rejects malformed or out-of-range dates", "[crawler][feed_date]") {
  const std::string text = GENERATE(as<std::string>{}, "", "ngày 9 tháng 3",
                                    "Tue, 30 Feb 2024 08:30:00 +0700", "Tue, 12 Foo 2024 08:30:00 +0700",
                                    "Tue, 12 Mar 2024 24:00:00 +0700", "Tue, 12 Mar 2024 08:61:00 +0700",
                                    "Tue, 12 Mar 2024 08:30:00 +0760", "Tue, 12 Mar 2024 08:30:00 XYZ",
                                    "Tue, 12 Mar 124 08:30:00 +0700", "Tue, 12 Mar 2024 8h30 +0700");
  INFO(text);
  CHECK_FALSE(ParseRfc822Date(text).has_value());
}

TEST_CASE("ParseRfc3339Date reads RFC 3339 and W3C datetime forms", "[crawler][feed_date]") {
  using Row = std::tuple<std::string, std::int64_t>;
  auto [text, expected] = GENERATE(table<std::string, std::int64_t>({
      Row{"2024-03-12T08:30:00+07:00", 1710207000},
      Row{"2024-03-12T01:30:00Z", 1710207000},
      Row{"2024-03-12t01:30:00.250z", 1710207000},
      Row{"2024-03-12T08:30+07:00", 1710207000},
      Row{"2024-03-12T08:30:00+0700", 1710207000},
      Row{"2024-03-12", 1710201600},
      Row{"2024-03-12 08:30:00", 1710207000},  // no zone: Vietnam time
      Row{"2024-03-12T08:30:00-05:00", 1710250200},
  }));
  INFO(text);
  CHECK(ParseRfc3339Date(text) == std::optional<std::int64_t>(expected));
}

TEST_CASE("ParseRfc3339Date rejects malformed dates", "[crawler][feed_date]") {
  const std::string text =
      GENERATE(as<std::string>{}, "", "2024-3-12", "2024-02-30", "2024-03-12T", "2024-03-12T08",
               "2024-03-12T08:30:00+7", "12/03/2024", "2024-03-12T08:30:00 giờ", "2024-13-01");
  INFO(text);
  CHECK_FALSE(ParseRfc3339Date(text).has_value());
}

TEST_CASE("ParseFeedDate accepts either format", "[crawler][feed_date]") {
  CHECK(ParseFeedDate("2024-03-12T01:30:00Z") == std::optional<std::int64_t>(1710207000));
  CHECK(ParseFeedDate("Tue, 12 Mar 2024 08:30:00 +0700") == std::optional<std::int64_t>(1710207000));
  CHECK_FALSE(ParseFeedDate("hôm qua").has_value());
}

TEST_CASE("DaysFromCivil counts days across leap years and before the epoch", "[crawler][feed_date]") {
  using dxnews::crawler::DaysFromCivil;
  CHECK(DaysFromCivil(1970, 1, 1) == 0);
  CHECK(DaysFromCivil(1969, 12, 31) == -1);
  CHECK(DaysFromCivil(2000, 3, 1) - DaysFromCivil(2000, 2, 28) == 2);
  CHECK(DaysFromCivil(1900, 3, 1) - DaysFromCivil(1900, 2, 28) == 1);
  CHECK(DaysFromCivil(2024, 3, 12) == 19794);
}
