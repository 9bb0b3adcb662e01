// `dxnews extract FILE.html [--url URL] [--fetched-at TIME] [--json]`: the article of one saved
// page (title, lead, body text, dates, author, credit, tags, canonical URL, images) as JSON.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

#include "commands.h"
#include "console.h"
#include "dxnews/analyzer/civil_date.h"
#include "dxnews/analyzer/decoder.h"
#include "dxnews/crawler/article_extractor.h"

namespace dxnews::cli {
namespace {

constexpr std::int64_t kVietnamOffset = 7 * 3600;

// Epoch seconds, or "YYYY-MM-DD[THH:MM[:SS]][Z|+hh:mm|-hh:mm]" (no zone: +07:00).
std::optional<std::int64_t> ParseTime(const std::string& text) {
  if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos) return std::stoll(text);
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, consumed = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%n", &year, &month, &day, &consumed) != 3) return std::nullopt;
  std::string rest = text.substr(static_cast<size_t>(consumed));
  if (!rest.empty() && (rest[0] == 'T' || rest[0] == ' ')) {
    int used = 0;
    if (std::sscanf(rest.c_str() + 1, "%2d:%2d%n", &hour, &minute, &used) != 2) return std::nullopt;
    rest = rest.substr(static_cast<size_t>(used) + 1);
    if (!rest.empty() && rest[0] == ':' && std::sscanf(rest.c_str() + 1, "%2d%n", &second, &used) == 1)
      rest = rest.substr(static_cast<size_t>(used) + 1);
  }
  std::int64_t offset = kVietnamOffset;
  int zone_hour = 0, zone_minute = 0;
  if (rest == "Z") {
    offset = 0;
  } else if (!rest.empty() && std::sscanf(rest.c_str() + 1, "%2d:%2d", &zone_hour, &zone_minute) == 2 &&
             (rest[0] == '+' || rest[0] == '-')) {
    offset = (rest[0] == '-' ? -1 : 1) * (zone_hour * 3600 + zone_minute * 60);
  } else if (!rest.empty()) {
    return std::nullopt;
  }
  const analyzer::CivilDate date{year, month, day};
  if (!analyzer::IsValid(date) || hour > 23 || minute > 59 || second > 59) return std::nullopt;
  return analyzer::DaysSinceEpoch(date) * 86400LL + hour * 3600 + minute * 60 + second - offset;
}

// "2024-10-12T09:15:00+07:00".
nlohmann::json FormatTime(const std::optional<std::int64_t>& utc) {
  if (!utc) return nullptr;
  const std::int64_t local = *utc + kVietnamOffset;
  std::int64_t days = local / 86400, seconds = local % 86400;
  if (seconds < 0) seconds += 86400, --days;
  const analyzer::CivilDate date = analyzer::FromDaysSinceEpoch(static_cast<long>(days));
  char time[16];
  std::snprintf(time, sizeof time, "T%02d:%02d:%02d+07:00", static_cast<int>(seconds / 3600),
                static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60));
  return analyzer::ToIso(date) + time;
}

nlohmann::json ToJson(const crawler::ExtractedArticle& a) {
  nlohmann::json images = nlohmann::json::array();
  for (const crawler::ArticleImage& image : a.images) images.push_back({{"url", image.url}, {"caption", image.caption}});
  return {{"title", a.title},
          {"lead", a.lead},
          {"text", a.text},
          {"published", FormatTime(a.published)},
          {"published_source", a.published_source},
          {"updated", FormatTime(a.updated)},
          {"updated_source", a.updated_source},
          {"author", a.author},
          {"credit", a.credit},
          {"tags", a.tags},
          {"canonical_url", a.canonical_url},
          {"images", images}};
}

class ExtractCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_option("file", file_, "The saved HTML page")->required();
    app.add_option("--url", url_, "The page URL (resolves links; supplies the date in the path)");
    app.add_option("--fetched-at", fetched_at_,
                   "When the page was fetched: epoch seconds or ISO 8601 (no zone: +07:00); anchors '3 giờ trước'");
    app.add_flag("--json", json_, "Print JSON (the only output format; accepted for clarity)");
  }
  int Run(const GlobalOptions&) override {
    std::ifstream in(file_, std::ios::binary);
    std::ostringstream bytes;
    if (!in || !(bytes << in.rdbuf())) {
      PrintError("cannot read " + file_);
      return kExitUsage;
    }
    crawler::ExtractOptions options;
    options.url = url_;
    if (!fetched_at_.empty()) {
      options.fetched_at = ParseTime(fetched_at_);
      if (!options.fetched_at) {
        PrintError("--fetched-at: cannot parse '" + fetched_at_ + "'");
        return kExitUsage;
      }
    }
    analyzer::DecodeHints hints;
    hints.html = true;
    const analyzer::DecodedText text = analyzer::DecodeToUtf8(bytes.str(), hints);
    Result<crawler::ExtractedArticle> article = crawler::ExtractArticle(text.utf8, options);
    if (!article.ok()) {
      PrintError(file_ + ": " + article.status().ToString());
      return kExitUsage;
    }
    std::cout << ToJson(article.value()).dump(2, ' ', false) << '\n';
    return std::cout.good() ? kExitOk : kExitFailure;
  }

 private:
  std::string file_, url_, fetched_at_;
  bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeExtractCommand() { return std::make_unique<ExtractCommand>(); }

}  // namespace dxnews::cli
