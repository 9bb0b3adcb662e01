#include <catch2/catch.hpp>

#include "dxnews/report/log_likelihood.h"

namespace dxnews::report {
namespace {

TEST_CASE("G² is zero for equal rates and grows with the difference", "[report][log_likelihood]") {
  CHECK(LogLikelihood(10, 100, 100, 1000) == Approx(0).margin(1e-9));
  double small = LogLikelihood(15, 100, 100, 1000);
  double large = LogLikelihood(40, 100, 100, 1000);
  CHECK(small > 0);
  CHECK(large > small);
  // A textbook value: 2x2 table [[10, 0], [90, 100]] gives G² = 2 * (10 ln(10/5) + 90 ln(90/95) +
  // 100 ln(100/95)) = 14.39.
  CHECK(LogLikelihood(10, 100, 0, 100) == Approx(14.3895).epsilon(0.0001));
  CHECK(LogLikelihood(0, 50, 0, 50) == 0);
}

TEST_CASE("rising terms: significant growth only, best first", "[report][log_likelihood]") {
  std::map<std::string, std::int64_t> week{{"trí tuệ nhân tạo", 30}, {"chuyển đổi số", 60}, {"dữ liệu", 4},
                                           {"mới xuất hiện", 1}};
  std::map<std::string, std::int64_t> before{{"trí tuệ nhân tạo", 20}, {"chuyển đổi số", 600}, {"dữ liệu", 30}};
  auto rising = RisingTerms(week, 100, before, 1000, 10);
  REQUIRE(rising.size() == 1);  // CĐS is as common as always, dữ liệu fell, one mention is not a trend
  CHECK(rising[0].term == "trí tuệ nhân tạo");
  CHECK(rising[0].count == 30);
  CHECK(rising[0].reference_count == 20);
  CHECK(rising[0].g2 > kSignificantG2);
  CHECK(RisingTerms(week, 0, before, 1000, 10).empty());
}

}  // namespace
}  // namespace dxnews::report
