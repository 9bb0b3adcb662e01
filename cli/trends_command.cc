// `dxnews trends SERIES... [--by day|week|month] [--from D] [--to D] [--province P] [--share]
// [--by-province] [--format table|csv|json|svg] [-o FILE]` and `dxnews trends --rising [--week W]`:
// how often the press wrote about something over time. A series is any search query: words or a
// "phrase", theme:ID, official:NAME, province:NAME. Counts come from the search index (articles,
// reprints included); missing periods are zeros.
#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <map>

#include "commands.h"
#include "console.h"
#include "data_files.h"
#include "index_trends.h"
#include "dxnews/index/searcher.h"
#include "dxnews/index/term_mapper.h"
#include "dxnews/report/csv.h"
#include "dxnews/report/log_likelihood.h"
#include "dxnews/report/trend_table.h"
#include "report_setup.h"

namespace dxnews::cli {
namespace {

constexpr int kRisingReferenceWeeks = 8;

class TrendsCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_option("series", series_, "Queries to count: words, \"a phrase\", theme:ID, official:NAME, province:NAME");
    app.add_option("--by", by_, "Period of each count: day, week or month")
        ->check(CLI::IsMember({"day", "week", "month"}))
        ->capture_default_str();
    app.add_option("--from", from_, "First day (default: the first article in the index)");
    app.add_option("--to", to_, "Last day (default: the last article in the index)");
    app.add_option("--province", province_, "Count only articles about this province (old or new name)");
    app.add_flag("--share", share_, "Share of all articles of the period instead of counts");
    app.add_flag("--by-province", by_province_, "One row per province: each series' count over the whole range");
    app.add_option("--format", format_, "table, csv, json or svg (a line chart)")
        ->check(CLI::IsMember({"table", "csv", "json", "svg"}))
        ->capture_default_str();
    app.add_option("-o,--output", output_, "Write here instead of standard output");
    app.add_flag("--rising", rising_, "List the words whose use grew most in a week (log-likelihood test)");
    app.add_option("--week", week_, "With --rising: the ISO week (default: the last complete week)");
  }

  int Run(const GlobalOptions& global) override {
    if (rising_) return RunRising(global);
    if (series_.empty()) {
      PrintError("trends: give at least one series (a query, theme:ID, official:NAME or province:NAME) or --rising");
      return kExitUsage;
    }
    Result<index::TermMapper> mapper = index::TermMapper::LoadBuiltin();
    if (!mapper.ok()) return ReportFailure(mapper.status());
    Result<std::unique_ptr<index::Searcher>> searcher = index::Searcher::Open(IndexPath(global.data_dir), mapper.value());
    if (!searcher.ok()) {
      return ReportFailure(searcher.status().WithContext("no search index in " + global.data_dir +
                                                         " (run `dxnews index` first)"));
    }
    index::SearchOptions options;
    options.collapse_clusters = false;
    if (!province_.empty()) options.provinces.push_back(province_);

    Result<std::optional<std::pair<analyzer::CivilDate, analyzer::CivilDate>>> span = searcher.value()->DateSpan();
    if (!span.ok()) return ReportFailure(span.status());
    if (!span.value()) {
      PrintError("trends: the index has no dated articles");
      return kExitFailure;
    }
    report::Period range{span.value()->first, span.value()->second};
    for (auto [text, flag, day] : {std::tuple{&from_, "--from", &range.first}, std::tuple{&to_, "--to", &range.last}}) {
      if (text->empty()) continue;
      std::optional<analyzer::CivilDate> parsed = analyzer::ParseCivilDate(*text);
      if (!parsed) {
        PrintError(std::string(flag) + ": '" + *text + "' is not a date (YYYY-MM-DD)");
        return kExitUsage;
      }
      *day = *parsed;
    }
    if (range.last < range.first) {
      PrintError("--from is after --to");
      return kExitUsage;
    }
    Result<report::TrendTable> trends = TrendsFromIndex(*searcher.value(), series_, range,
                                                        report::ParseBucketing(by_).value(), options, share_);
    if (!trends.ok()) return ReportFailure(trends.status());
    const report::TrendTable& table = trends.value();
    std::string text;
    if (by_province_) {
      Result<std::string> breakdown = ByProvince(*searcher.value(), options, range);
      if (!breakdown.ok()) return ReportFailure(breakdown.status());
      text = breakdown.value();
    } else if (format_ == "csv") {
      text = report::TrendsToCsv(table);
    } else if (format_ == "json") {
      text = report::TrendsToJson(table);
    } else if (format_ == "svg") {
      std::string title = "Số bài theo " + std::string(by_ == "day" ? "ngày" : by_ == "week" ? "tuần" : "tháng");
      text = report::TrendsToSvg(table, title + (share_ ? " (% tổng số bài)" : ""));
    } else {
      text = report::TrendsToText(table);
    }
    return Write(text);
  }

 private:
  // Series x province: each series' matches over the range, counted by province (facets).
  Result<std::string> ByProvince(const index::Searcher& searcher, index::SearchOptions options,
                                 const report::Period& range) const {
    options.from = VietnamMidnight(range.first);
    options.to = VietnamMidnight(analyzer::AddDays(range.last, 1)) - 1;
    options.facets = true;
    options.limit = 0;
    std::map<std::string, std::vector<std::int64_t>> rows;
    for (std::size_t s = 0; s < series_.size(); ++s) {
      Result<index::SearchResults> results = searcher.Search(series_[s], options);
      if (!results.ok()) return results.status().WithContext("series '" + series_[s] + "'");
      for (const index::FacetCount& f : results.value().facets->provinces) {
        auto& row = rows[f.value];
        row.resize(series_.size());
        row[s] = f.count;
      }
    }
    std::vector<std::string> header{"province"};
    header.insert(header.end(), series_.begin(), series_.end());
    std::string out = report::CsvRow(header);
    for (auto& [province, counts] : rows) {
      counts.resize(series_.size());
      std::vector<std::string> row{province};
      for (std::int64_t n : counts) row.push_back(std::to_string(n));
      out += report::CsvRow(row);
    }
    return out;
  }

  int RunRising(const GlobalOptions& global) {
    Result<ReportModels> models = ReportModels::Load(global.data_dir);
    if (!models.ok()) return ReportFailure(models.status());
    report::Period week = report::LastCompleteWeek(VietnamToday());
    if (!week_.empty()) {
      Result<report::Period> parsed = report::ParseIsoWeek(week_);
      if (!parsed.ok()) return ReportFailure(parsed.status().WithContext("--week"));
      week = parsed.value();
    }
    Result<std::unique_ptr<store::ArticleStore>> store = OpenStore(global.data_dir, /*create=*/false);
    if (!store.ok()) return ReportFailure(store.status());
    ReportFilter filter;
    if (!province_.empty()) {
      Result<ProvinceFilter> resolved = ResolveProvince(province_, models.value().provinces);
      if (!resolved.ok()) return ReportFailure(resolved.status());
      filter.province = resolved.value();
    }
    report::Period reference{analyzer::AddDays(week.first, -7 * kRisingReferenceWeeks), analyzer::AddDays(week.first, -1)};
    std::map<std::string, std::int64_t> counts[2];
    std::int64_t totals[2] = {0, 0};
    int i = 0;
    for (const report::Period& period : {week, reference}) {
      Result<LoadedArticles> loaded = LoadReportArticles(*store.value(), period, filter, models.value().Context());
      if (!loaded.ok()) return ReportFailure(loaded.status());
      for (const report::ReportArticle& a : loaded.value().articles) {
        std::set<std::string> words;
        for (const analyzer::Keyword& k : a.analysis.keywords) words.insert(k.word);
        for (const std::string& w : words) ++counts[i][w];
      }
      totals[i++] = static_cast<std::int64_t>(loaded.value().articles.size());
    }
    std::vector<report::RisingTerm> rising = report::RisingTerms(counts[0], totals[0], counts[1], totals[1], 30);
    std::string text;
    if (format_ == "json" || format_ == "csv") {
      text = report::CsvRow({"term", "articles", "reference_articles", "log_likelihood"});
      for (const report::RisingTerm& r : rising) {
        text += report::CsvRow({r.term, std::to_string(r.count), std::to_string(r.reference_count), std::to_string(r.g2)});
      }
    } else {
      text = "rising terms " + report::PeriodLabel(week) + " (" + std::to_string(totals[0]) + " articles) against the " +
             std::to_string(kRisingReferenceWeeks) + " weeks before (" + std::to_string(totals[1]) + " articles):\n";
      for (const report::RisingTerm& r : rising) {
        char g2[32];
        std::snprintf(g2, sizeof g2, "%8.1f", r.g2);
        text += std::string(g2) + "  " + r.term + "  (" + std::to_string(r.count) + " vs " +
                std::to_string(r.reference_count) + ")\n";
      }
      if (rising.empty()) text += "  none significant (p < 0.001)\n";
    }
    return Write(text);
  }

  int Write(const std::string& text) const {
    if (output_.empty()) {
      std::cout << text;
      return std::cout ? kExitOk : kExitFailure;
    }
    std::ofstream out(output_, std::ios::binary);
    out << text;
    if (!out.flush()) return ReportFailure(Status::IoError(output_ + ": cannot write"));
    std::cerr << "trends -> " << output_ << '\n';
    return kExitOk;
  }

  std::vector<std::string> series_;
  std::string by_ = "week", from_, to_, province_, format_ = "table", output_, week_;
  bool share_ = false, by_province_ = false, rising_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeTrendsCommand() { return std::make_unique<TrendsCommand>(); }

}  // namespace dxnews::cli
