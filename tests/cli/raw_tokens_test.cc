#include "raw_tokens.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using dxnews::cli::SplitOnSpaces;
using dxnews::cli::SplitRawTokens;

namespace {
std::vector<std::string> Str(const std::vector<std::string_view>& views) { return {views.begin(), views.end()}; }
}  // namespace

TEST_CASE("SplitRawTokens splits leading and trailing punctuation off each chunk", "[cli][unit]") {
  using V = std::vector<std::string>;
  CHECK(Str(SplitRawTokens("(Hà Nội),")) == V{"(", "Hà", "Nội", ")", ","});
  CHECK(Str(SplitRawTokens("“Chuyển đổi số”…")) == V{"“", "Chuyển", "đổi", "số", "”", "…"});
  CHECK(Str(SplitRawTokens("TP.HCM 3,5 e-mail")) == V{"TP.HCM", "3,5", "e-mail"});
  CHECK(Str(SplitRawTokens("  a \t b  ")) == V{"a", "b"});
  CHECK(SplitRawTokens("").empty());
  CHECK(Str(SplitRawTokens("...")) == V{".", ".", "."});
}

TEST_CASE("SplitOnSpaces never splits a chunk", "[cli][unit]") {
  using V = std::vector<std::string>;
  CHECK(Str(SplitOnSpaces("Hà  Nội, (x)")) == V{"Hà", "Nội,", "(x)"});
  CHECK(SplitOnSpaces(" \t ").empty());
}
