#include "dxnews/analyzer/analyzer_version.h"

#include <catch2/catch.hpp>

#include <string>

namespace dxnews::analyzer {
namespace {

TEST_CASE("AnalyzerVersion is the project version plus a 16-hex-digit build fingerprint",
          "[analyzer][analyzer_version]") {
  const std::string& version = AnalyzerVersion();
  size_t plus = version.find('+');
  REQUIRE(plus != std::string::npos);
  CHECK(version.substr(0, plus) == DXNEWS_TEST_PROJECT_VERSION);
  std::string fingerprint = version.substr(plus + 1);
  CHECK(fingerprint.size() == 16);
  CHECK(fingerprint.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(&AnalyzerVersion() == &version);  // computed once
}

}  // namespace
}  // namespace dxnews::analyzer
