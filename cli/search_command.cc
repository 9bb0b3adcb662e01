// `dxnews search QUERY [--from D] [--to D] [--province P] [--theme T] [--official NAME]
// [--source S] [--sort relevance|date] [--limit N] [--offset N] [--facets] [--json|--csv]` and
// `dxnews similar ID`: query the index under the data directory.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "console.h"
#include "data_files.h"
#include "dxnews/index/query_parser.h"
#include "dxnews/index/searcher.h"
#include "dxnews/index/term_mapper.h"
#include "hit_format.h"

namespace dxnews::cli {
namespace {

bool BoldOutput() { return isatty(STDOUT_FILENO) == 1 && std::getenv("NO_COLOR") == nullptr; }

enum class Format { kText, kJson, kCsv };

int Print(const index::SearchResults& results, Format format, int offset) {
  switch (format) {
    case Format::kJson: std::cout << ResultsToJson(results) << '\n'; break;
    case Format::kCsv: std::cout << ResultsToCsv(results); break;
    case Format::kText: std::cout << FormatResultsText(results, offset, BoldOutput()); break;
  }
  return std::cout ? kExitOk : kExitFailure;
}

// The query with a caret under the column a parse error names ("query: column 12: ...").
void PrintQueryCaret(const std::string& query, const std::string& message) {
  const std::string marker = "query: column ";
  if (message.rfind(marker, 0) != 0) return;
  int column = std::atoi(message.c_str() + marker.size());
  if (column < 1) return;
  std::cerr << "  " << query << "\n  " << std::string(static_cast<size_t>(column - 1), ' ') << "^\n";
}

Result<std::unique_ptr<index::Searcher>> OpenSearcher(const GlobalOptions& global, const index::TermMapper& mapper) {
  return index::Searcher::Open(IndexPath(global.data_dir), mapper);
}

class SearchCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_option("query", query_, "Query (see doc/manual.md, 'Query syntax')")->required();
    app.add_option("--from", from_, "Published on or after this day (YYYY-MM-DD or DD/MM/YYYY)");
    app.add_option("--to", to_, "Published on or before this day");
    app.add_option("--province", options_.provinces, "Only this province (id or name; repeatable)");
    app.add_option("--theme", options_.themes, "Only this theme id (repeatable)");
    app.add_option("--official", options_.officials, "Only articles naming this official (repeatable)");
    app.add_option("--source", options_.sources, "Only this outlet (repeatable)");
    app.add_option("--sort", sort_, "relevance or date (newest first)")
        ->check(CLI::IsMember({"relevance", "date"}))
        ->capture_default_str();
    app.add_option("--limit", options_.limit, "Hits to show")->capture_default_str()->check(CLI::Range(1, 10000));
    app.add_option("--offset", options_.offset, "Hits to skip")->capture_default_str()->check(CLI::NonNegativeNumber);
    app.add_flag("--facets", options_.facets, "Count results by province, outlet, theme, official and month");
    auto* json = app.add_flag("--json", json_, "Print JSON (schema in doc/manual.md)");
    app.add_flag("--csv", csv_, "Print CSV")->excludes(json);
  }

  int Run(const GlobalOptions& global) override {
    for (auto [flag, text, bound] : {std::tuple{"--from", &from_, &options_.from}, std::tuple{"--to", &to_, &options_.to}}) {
      if (text->empty()) continue;
      auto range = index::ParseDateBound(*text);
      if (!range) {
        PrintError(std::string(flag) + ": '" + *text + "' is not a date (use YYYY-MM-DD, DD/MM/YYYY or YYYY-MM)");
        return kExitUsage;
      }
      *bound = std::string(flag) == "--from" ? range->first : range->second;
    }
    options_.sort = sort_ == "date" ? index::SearchOptions::Sort::kDate : index::SearchOptions::Sort::kRelevance;
    Result<index::TermMapper> mapper = index::TermMapper::LoadBuiltin();
    if (!mapper.ok()) return ReportFailure(mapper.status());
    Result<std::unique_ptr<index::Searcher>> searcher = OpenSearcher(global, mapper.value());
    if (!searcher.ok()) return ReportFailure(searcher.status());
    Result<index::SearchResults> results = searcher.value()->Search(query_, options_);
    if (!results.ok()) {
      int code = ReportFailure(results.status());
      PrintQueryCaret(query_, results.status().message());
      return code;
    }
    return Print(results.value(), json_ ? Format::kJson : csv_ ? Format::kCsv : Format::kText, options_.offset);
  }

 private:
  std::string query_, from_, to_, sort_ = "relevance";
  bool json_ = false, csv_ = false;
  index::SearchOptions options_;
};

class SimilarCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_option("id", id_, "Article id (as `dxnews search` shows it)")->required();
    app.add_option("--limit", limit_, "Hits to show")->capture_default_str()->check(CLI::Range(1, 1000));
    app.add_flag("--json", json_, "Print JSON (same schema as `dxnews search --json`)");
  }

  int Run(const GlobalOptions& global) override {
    Result<index::TermMapper> mapper = index::TermMapper::LoadBuiltin();
    if (!mapper.ok()) return ReportFailure(mapper.status());
    Result<std::unique_ptr<index::Searcher>> searcher = OpenSearcher(global, mapper.value());
    if (!searcher.ok()) return ReportFailure(searcher.status());
    Result<index::SearchResults> results = searcher.value()->Similar(id_, limit_);
    if (!results.ok()) return ReportFailure(results.status());
    return Print(results.value(), json_ ? Format::kJson : Format::kText, 0);
  }

 private:
  std::int64_t id_ = 0;
  int limit_ = 10;
  bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeSearchCommand() { return std::make_unique<SearchCommand>(); }
std::unique_ptr<Command> MakeSimilarCommand() { return std::make_unique<SimilarCommand>(); }

}  // namespace dxnews::cli
