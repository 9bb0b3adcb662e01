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
#include "dxnews/crawler/article_extractor.h"
#include "input_file.h"
#include "vietnam_time.h"

namespace dxnews::cli {
namespace {

nlohmann::json FormatTime(const std::optional<std::int64_t>& utc) {
  if (!utc) return nullptr;
  return FormatVietnamTime(*utc);
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
    Result<std::string> text = ReadInputText(file_, /*html=*/true);
    if (!text.ok()) return ReportFailure(text.status());
    crawler::ExtractOptions options;
    options.url = url_;
    if (!fetched_at_.empty()) {
      options.fetched_at = ParseTime(fetched_at_);
      if (!options.fetched_at) {
        PrintError("--fetched-at: cannot parse '" + fetched_at_ + "'");
        return kExitUsage;
      }
    }
    Result<crawler::ExtractedArticle> article = crawler::ExtractArticle(text.value(), options);
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
