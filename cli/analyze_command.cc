// `dxnews analyze [FILE|-] [--date YYYY-MM-DD] [--json]`: the full analysis of one
// plain-text article (optional "# key = value" headers, the title line, then the body).
#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "commands.h"
#include "console.h"
#include "dxnews/analyzer/analysis_json.h"
#include "dxnews/analyzer/article_analyzer.h"
#include "dxnews/analyzer/decoder.h"
#include "dxnews/core/plain_article.h"
#include "human_analysis.h"

namespace dxnews::cli {
namespace {

// Reads FILE (or stdin for "-") and decodes it to UTF-8.
Result<std::string> ReadText(const std::string& path) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::InvalidInput(path + ": cannot open file");
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return Status::IoError(path + ": read failed");
  }
  analyzer::DecodedText decoded = analyzer::DecodeToUtf8(bytes);
  if (decoded.invalid_bytes > 0) {
    PrintWarning(path + ": " + std::to_string(decoded.invalid_bytes) + " undecodable byte(s) replaced by U+FFFD");
  }
  return std::move(decoded.utf8);
}

class AnalyzeCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_option("file", path_, "Article file (plain text: '# key = value' headers, title line, body); - for stdin")
        ->capture_default_str();
    app.add_option("--date", date_, "Publication date YYYY-MM-DD (overrides a '# date =' header)");
    app.add_flag("--json", json_, "Print the analysis as JSON (schema in doc/manual.md)");
  }

  int Run(const GlobalOptions&) override {
    Result<std::string> text = ReadText(path_);
    if (!text.ok()) return ReportFailure(text.status());
    Result<PlainArticle> article = ParsePlainArticle(text.value(), path_ == "-" ? "stdin" : path_);
    if (!article.ok()) return ReportFailure(article.status());
    analyzer::ArticleInput input{article.value().title, article.value().body, std::nullopt};
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
  bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeAnalyzeCommand() { return std::make_unique<AnalyzeCommand>(); }

}  // namespace dxnews::cli
