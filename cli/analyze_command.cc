// `dxnews analyze [FILE|-] [--html] [--url URL] [--date YYYY-MM-DD] [--json]`: the full analysis
// of one article: plain text (optional "# key = value" headers, the title line, then the body) or
// an HTML page whose article is extracted first.
#include <CLI/CLI.hpp>

#include <iostream>
#include <string>

#include "commands.h"
#include "console.h"
#include "dxnews/analyzer/analysis_json.h"
#include "dxnews/analyzer/article_analyzer.h"
#include "dxnews/core/plain_article.h"
#include "dxnews/crawler/article_extractor.h"
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

class AnalyzeCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_option("file", path_, "Article file (plain text: '# key = value' headers, title line, body); - for stdin")
        ->capture_default_str();
    app.add_flag("--html", html_, "FILE is an HTML page: extract the article first (as `dxnews extract`)");
    app.add_option("--url", url_, "With --html: the page URL (resolves links; supplies a date in the path)");
    app.add_option("--date", date_, "Publication date YYYY-MM-DD (overrides a '# date =' header)");
    app.add_flag("--json", json_, "Print the analysis as JSON (schema in doc/manual.md)");
  }

  int Run(const GlobalOptions&) override {
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
    analyzer::ArticleAnalysis analysis = analyzer.value().Analyze(input);
    if (json_) {
      std::cout << analyzer::AnalysisToJson(analysis, 2) << '\n';
    } else {
      PrintHumanAnalysis(analysis, std::cout);
    }
    return std::cout ? kExitOk : kExitFailure;
  }

 private:
  std::string path_ = "-";
  std::string date_;
  std::string url_;
  bool html_ = false;
  bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeAnalyzeCommand() { return std::make_unique<AnalyzeCommand>(); }

}  // namespace dxnews::cli
