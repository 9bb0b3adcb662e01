#include <catch2/catch.hpp>

#include "dxnews/core/result.h"
#include "dxnews/core/status.h"

namespace dxnews {
namespace {

TEST_CASE("Status is OK by default and carries code and message otherwise", "[core][unit]") {
  Status ok;
  CHECK(ok.ok());
  CHECK(ok.ToString() == "OK");
  Status bad = Status::InvalidInput("line 3: bad date");
  CHECK_FALSE(bad.ok());
  CHECK(bad.code() == Status::Code::kInvalidInput);
  CHECK(bad.ToString() == "invalid input: line 3: bad date");
}

TEST_CASE("Status::WithContext prefixes the message and keeps the code", "[core][unit]") {
  Status s = Status::IoError("permission denied").WithContext("open /tmp/x");
  CHECK(s.code() == Status::Code::kIoError);
  CHECK(s.message() == "open /tmp/x: permission denied");
  CHECK(Status().WithContext("ignored").ok());
}

TEST_CASE("Result holds a value or a status", "[core][unit]") {
  Result<int> value(42);
  REQUIRE(value.ok());
  CHECK(value.value() == 42);
  Result<int> failure(Status::NotFound("no such article"));
  CHECK_FALSE(failure.ok());
  CHECK(failure.status().message() == "no such article");
}

}  // namespace
}  // namespace dxnews
