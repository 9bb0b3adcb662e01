#include "progress_meter.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

namespace dxnews::cli {
namespace {

std::string Contents(std::FILE* file) {
  std::fflush(file);
  std::rewind(file);
  std::string text;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, n);
  return text;
}

ProgressStyle Style(ProgressStyle::Mode mode, bool color = false) {
  ProgressStyle style;
  style.mode = mode;
  style.color = color;
  style.plain_every = 1000;
  return style;
}

TEST_CASE("plain mode prints one line per 1000 items") {
  std::FILE* out = std::tmpfile();
  {
    ProgressMeter meter("import", "articles", 2500, Style(ProgressStyle::Mode::kPlain), out);
    for (int i = 0; i < 2500; ++i) meter.Advance();
  }
  std::string text = Contents(out);
  std::fclose(out);
  CHECK(text.find("import: 1000/2500 articles (40%)") != std::string::npos);
  CHECK(text.find("import: 2000/2500 articles (80%)") != std::string::npos);
  CHECK(text.find("2500/2500") == std::string::npos);
  CHECK(text.find('\r') == std::string::npos);
  CHECK(text.find('\033') == std::string::npos);
}

TEST_CASE("plain mode counts batches that jump over a boundary once") {
  std::FILE* out = std::tmpfile();
  {
    ProgressMeter meter("index", "articles", std::nullopt, Style(ProgressStyle::Mode::kPlain), out);
    meter.Advance(2500);
    meter.Advance(100);
  }
  std::string text = Contents(out);
  std::fclose(out);
  CHECK(text.find("index: 2500 articles") != std::string::npos);
  CHECK(text.find("2600") == std::string::npos);
}

TEST_CASE("quiet mode prints nothing") {
  std::FILE* out = std::tmpfile();
  {
    ProgressMeter meter("crawl", "pages", 10, Style(ProgressStyle::Mode::kQuiet), out);
    meter.Advance(5000);
  }
  CHECK(Contents(out).empty());
  std::fclose(out);
}

TEST_CASE("terminal mode draws a bar, the detail and clears the line at the end") {
  std::FILE* out = std::tmpfile();
  ProgressMeter meter("reindex", "articles", 4, Style(ProgressStyle::Mode::kTerminal), out);
  meter.SetDetail("errors 1");
  meter.Advance(2);
  std::string text = Contents(out);
  CHECK(text.find("\rreindex: [############            ] 2/4 articles (50%)") != std::string::npos);
  CHECK(text.find("errors 1") != std::string::npos);
  CHECK(text.find('\033') == std::string::npos);  // no colour requested
  meter.Finish();
  std::string after = Contents(out);
  CHECK(after.size() > text.size());
  CHECK(after.back() == '\r');
  std::fclose(out);
}

TEST_CASE("colour uses ANSI erase-line and bold") {
  std::FILE* out = std::tmpfile();
  {
    ProgressMeter meter("crawl", "pages", std::nullopt, Style(ProgressStyle::Mode::kTerminal, true), out);
    meter.Advance();
  }
  std::string text = Contents(out);
  std::fclose(out);
  CHECK(text.find("\033[K\033[1mcrawl: 1 pages") != std::string::npos);
}

TEST_CASE("durations format as m:ss and h:mm:ss") {
  CHECK(FormatDuration(0) == "0:00");
  CHECK(FormatDuration(65) == "1:05");
  CHECK(FormatDuration(3723) == "1:02:03");
}

}  // namespace
}  // namespace dxnews::cli
