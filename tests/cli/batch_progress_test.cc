#include "batch_progress.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

namespace dxnews::cli {
namespace {

TEST_CASE("FormatBatchProgress gives count, rate and time left", "[cli][batch_progress]") {
  CHECK(FormatBatchProgress(0, 35000, "articles", 0.0) == "0/35000 articles");
  CHECK(FormatBatchProgress(1000, 35000, "articles", 2.0) == "1000/35000 articles, 500.0/s, 1 min 08 s left");
  CHECK(FormatBatchProgress(500, 500, "articles", 0.5) == "500/500 articles, 1000.0/s");
  CHECK(FormatBatchProgress(10, 20000, "articles", 10.0) == "10/20000 articles, 1.0/s, 5 h 33 min left");
}

TEST_CASE("FormatDuration rounds down to seconds, minutes past an hour", "[cli][batch_progress]") {
  CHECK(FormatDuration(0.4) == "0 s");
  CHECK(FormatDuration(59.9) == "59 s");
  CHECK(FormatDuration(185) == "3 min 05 s");
  CHECK(FormatDuration(3725) == "1 h 02 min");
  CHECK(FormatDuration(-3) == "0 s");
}

TEST_CASE("BatchProgressPrinter writes a plain line per 1,000 items and the last count when piped",
          "[cli][batch_progress]") {
  std::ostringstream out;
  BatchProgressPrinter printer(out, "analyse", "articles", /*terminal=*/false, /*quiet=*/false);
  for (int done = 500; done <= 2500; done += 500) printer.Update(done, 2500);
  printer.Finish();
  std::string text = out.str();
  CHECK(text.find("dxnews: analyse: 1000/2500 articles") == 0);
  CHECK(text.find("\ndxnews: analyse: 2000/2500 articles") != std::string::npos);
  CHECK(text.find("\ndxnews: analyse: 2500/2500 articles") != std::string::npos);
  CHECK(std::count(text.begin(), text.end(), '\n') == 3);  // 1000, 2000 and the last count
  CHECK(text.find('\r') == std::string::npos);
}

TEST_CASE("BatchProgressPrinter overprints one line on a terminal and prints nothing when quiet",
          "[cli][batch_progress]") {
  std::ostringstream terminal;
  BatchProgressPrinter printer(terminal, "analyse", "articles", /*terminal=*/true, /*quiet=*/false);
  printer.Update(500, 1000);
  printer.Update(1000, 1000);
  printer.Finish();
  CHECK(terminal.str().rfind("\rdxnews: analyse: 500/1000 articles", 0) == 0);
  CHECK(terminal.str().find("\rdxnews: analyse: 1000/1000 articles") != std::string::npos);
  CHECK(terminal.str().back() == '\n');

  std::ostringstream quiet;
  BatchProgressPrinter silent(quiet, "analyse", "articles", /*terminal=*/true, /*quiet=*/true);
  silent.Update(1000, 1000);
  silent.Finish();
  CHECK(quiet.str().empty());
}

}  // namespace
}  // namespace dxnews::cli
