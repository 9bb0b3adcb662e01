// `dxnews analyze [FILE|-] [--html] [--url URL] [--date YYYY-MM-DD] [--json]`: the full analysis
// of one article: plain text (optional "# key = value" headers, the title line, then the body) or
// an HTML page whose article is extracted first. `dxnews analyze --id N` analyses stored article
// N instead (with --json, its stored analysis when that is current).
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>
#include <string>

#include "analysis_pipeline.h"
#include "commands.h"
#include "console.h"
#include "data_files.h"
#include "dxnews/analyzer/analysis_json.h"
#include "dxnews/analyzer/analyzer_version.h"
#include "dxnews/analyzer/article_analyzer.h"
#include "dxnews/core/plain_article.h"
#include "dxnews/crawler/article_extractor.h"
#include "dxnews/store/article_store.h"
#include "human_analysis.h"
#include "input_file.h"
#include "vietnam_time.h"

namespace dxnews::cli {
namespace {

// Extracts the article of an HTML page: title, then lead and paragraphs as the body; the
// extracted publication time is the default publication date.
Result<PlainArticle> ArticleFromHtml(const std::string& html, const std::string& url, const std::string& name,
                                     std::optional<analyzer::CivilDate>* published) {
  crawler::ExtractOptions options;
  options.url = url;
  Result<crawler::ExtractedArticle> extracted = crawler::ExtractArticle(html, options);
  if (!extracted.ok()) return extracted.status().WithContext(name);
  PlainArticle article;
  article.title = extracted.value().title;
  article.body = extracted.value().lead;
  for (const std::string& paragraph : extracted.value().paragraphs) {
    if (!article.body.empty()) article.body += '\n';
    article.body += paragraph;
  }
  if (extracted.value().published) *published = VietnamDate(*extracted.value().published);
  return article;
}

void PrintAnalysis(const analyzer::ArticleAnalysis& analysis, bool json) {
  if (json) {
    std::cout << analyzer::AnalysisToJson(analysis, 2) << '\n';
  } else {
    PrintHumanAnalysis(analysis, std::cout);
  }
}

class AnalyzeCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    CLI::Option* file =
        app.add_option("file", path_,
                       "Article file (plain text: '# key = value' headers, title line, body); - for stdin")
            ->capture_default_str();
    CLI::Option* html = app.add_flag("--html", html_,
                                     "FILE is an HTML page: extract the article first (as `dxnews extract`)");
    CLI::Option* url = app.add_option(
        "--url", url_, "With --html: the page URL (resolves links; supplies a date in the path)");
    CLI::Option* date =
        app.add_option("--date", date_, "Publication date YYYY-MM-DD (overrides a '# date =' header)");
    app.add_flag("--json", json_, "Print the analysis as JSON (schema in doc/manual.md)");
    app.add_option("--id", id_,
                   "Analyse article ID of the store instead (with --json: its stored analysis if current)")
        ->excludes(file)
        ->excludes(html)
        ->excludes(url)
        ->excludes(date);
  }

  int Run(const GlobalOptions& global) override {
    if (id_ != 0) return RunStored(global);
    Result<std::string> text = ReadInputText(path_, html_);
    if (!text.ok()) return ReportFailure(text.status());
    const std::string name = path_ == "-" ? "standard input" : path_;
    std::optional<analyzer::CivilDate> page_date;
    Result<PlainArticle> article = html_ ? ArticleFromHtml(text.value(), url_, name, &page_date)
                                         : ParsePlainArticle(text.value(), name);
    if (!article.ok()) return ReportFailure(article.status());
    analyzer::ArticleInput input{article.value().title, article.value().body, page_date};
    const std::string* header_date = article.value().Header("date");
    std::string date_text = !date_.empty() ? date_ : header_date != nullptr ? *header_date : "";
    if (!date_text.empty()) {
      input.published = analyzer::ParseCivilDate(date_text);
      if (!input.published) {
        PrintError((date_.empty() ? path_ + ": '# date' header" : std::string("--date")) + ": '" + date_text +
                   "' is not a date (use YYYY-MM-DD)");
        return kExitUsage;
      }
    }
    Result<analyzer::ArticleAnalyzer> analyzer = analyzer::ArticleAnalyzer::LoadBuiltin();
    if (!analyzer.ok()) return ReportFailure(analyzer.status());
    PrintAnalysis(analyzer.value().Analyze(input), json_);
    return std::cout ? kExitOk : kExitFailure;
  }

 private:
  // The analysis of stored article id_: the stored one when it is current (same analyzer, same
  // content; it is then identical to a fresh one), else made now (and not stored).
  int RunStored(const GlobalOptions& global) {
    const std::string path = StorePath(global.data_dir);
    std::error_code error;
    if (!std::filesystem::exists(path, error))
      return ReportFailure(Status::NotFound(path + ": no article store"));
    Result<std::unique_ptr<store::ArticleStore>> store = store::ArticleStore::Open(path);
    if (!store.ok()) return ReportFailure(store.status());
    Result<store::StoredArticle> article = store.value()->Get(id_);
    if (!article.ok()) {
      if (article.status().code() != Status::Code::kNotFound) return ReportFailure(article.status());
      return ReportFailure(
          Status::InvalidInput("--id " + std::to_string(id_) + ": " + article.status().message()));
    }
    if (json_) {
      Result<std::optional<store::StoredAnalysis>> stored = store.value()->GetAnalysis(id_);
      if (!stored.ok()) return ReportFailure(stored.status());
      const std::optional<store::StoredAnalysis>& s = stored.value();
      if (s && s->analyzer_version == analyzer::AnalyzerVersion() &&
          s->content_hash == article.value().content_hash) {
        auto json = nlohmann::ordered_json::parse(s->json, nullptr, /*allow_exceptions=*/false);
        if (!json.is_discarded()) {  // else damaged: analyse again below
          std::cout << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
          return std::cout ? kExitOk : kExitFailure;
        }
      }
    }
    Result<analyzer::ArticleAnalyzer> analyzer = analyzer::ArticleAnalyzer::LoadBuiltin();
    if (!analyzer.ok()) return ReportFailure(analyzer.status());
    PrintAnalysis(analyzer.value().Analyze(AnalysisInputOf(article.value())), json_);
    return std::cout ? kExitOk : kExitFailure;
  }

  std::int64_t id_ = 0;
  std::string path_ = "-";
  std::string date_;
  std::string url_;
  bool html_ = false;
  bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeAnalyzeCommand() { return std::make_unique<AnalyzeCommand>(); }

}  // namespace dxnews::cli
