#include "space_tokens.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using dxnews::cli::SplitOnSpaces;

namespace {
std::vector<std::string> Str(const std::vector<std::string_view>& views) { return {views.begin(), views.end()}; }
}  // namespace

TEST_CASE("SplitOnSpaces never splits a chunk", "[cli][unit]") {
  using V = std::vector<std::string>;
  CHECK(Str(SplitOnSpaces("Hà  Nội, (x)")) == V{"Hà", "Nội,", "(x)"});
  CHECK(Str(SplitOnSpaces("  a \t b  ")) == V{"a", "b"});
  CHECK(SplitOnSpaces(" \t ").empty());
  CHECK(SplitOnSpaces("").empty());
}
