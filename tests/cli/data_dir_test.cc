#include <catch2/catch.hpp>

#include "data_dir.h"

namespace dxnews::cli {
namespace {

TEST_CASE("ResolveDataDir prefers the flag, then DXNEWS_DATA_DIR, then XDG_DATA_HOME, then HOME", "[cli][unit]") {
  CHECK(ResolveDataDir("/flag", "/env", "/xdg", "/home/u") == "/flag");
  CHECK(ResolveDataDir("", "/env", "/xdg", "/home/u") == "/env");
  CHECK(ResolveDataDir("", nullptr, "/xdg", "/home/u") == "/xdg/dxnews");
  CHECK(ResolveDataDir("", "", "", "/home/u") == "/home/u/.local/share/dxnews");
  CHECK(ResolveDataDir("", nullptr, nullptr, nullptr) == ".dxnews");
}

}  // namespace
}  // namespace dxnews::cli
