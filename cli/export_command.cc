// `dxnews export [--from D] [--to D] [--province P] [--theme T] [--query Q] --format jsonl|csv
// -o FILE`: the stored articles with their metadata and analysis, for researchers' own tools.
// Columns and keys are documented in doc/manual.md ("dxnews export").
#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "console.h"
#include "dxnews/analyzer/analysis_json.h"
#include "dxnews/report/csv.h"
#include "progress_meter.h"
#include "report_setup.h"
#include "vietnam_time.h"

namespace dxnews::cli {
namespace {

using json = nlohmann::ordered_json;

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

// The analysis columns of the CSV: lists joined by "; ".
struct AnalysisColumns {
  std::string officials, documents, places, themes, primary_themes, events, keywords, summary;
};

AnalysisColumns Columns(const analyzer::ArticleAnalysis& a) {
  AnalysisColumns c;
  std::vector<std::string> items;
  for (const auto& o : a.officials) items.push_back(o.titles.empty() ? o.name : o.name + " (" + o.titles.front() + ")");
  c.officials = Join(items);
  items.clear();
  for (const auto& d : a.documents) items.push_back(d.number);
  c.documents = Join(items);
  items.clear();
  for (const auto& p : a.places) items.push_back(p.name);
  c.places = Join(items);
  std::vector<std::string> primary;
  items.clear();
  for (const auto& t : a.themes) {
    items.push_back(t.id);
    if (t.primary) primary.push_back(t.id);
  }
  c.themes = Join(items);
  c.primary_themes = Join(primary);
  items.clear();
  for (const auto& e : a.events) items.push_back(e.date ? e.type + " " + analyzer::ToIso(*e.date) : e.type);
  c.events = Join(items);
  items.clear();
  for (const auto& k : a.keywords) items.push_back(k.word);
  c.keywords = Join(items);
  c.summary = a.summary;
  return c;
}

class ExportCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    flags_.AddTo(app);
    app.add_option("--query", query_, "Only articles that match this search (as `dxnews search`; needs the index)");
    app.add_option("--format", format_, "jsonl (one JSON object per line, full analysis) or csv")
        ->required()
        ->check(CLI::IsMember({"jsonl", "csv"}));
    app.add_option("-o,--output", output_, "Output file; - for standard output")->required();
  }

  int Run(const GlobalOptions& global) override {
    Result<ReportModels> models = ReportModels::Load(global.data_dir);
    if (!models.ok()) return ReportFailure(models.status());
    Result<LoadedArticles> loaded = LoadFlaggedArticles(global.data_dir, models.value(), flags_, query_, true);
    if (!loaded.ok()) return ReportFailure(loaded.status());

    std::ofstream file;
    if (output_ != "-") {
      file.open(output_, std::ios::binary);
      if (!file) return ReportFailure(Status::IoError(output_ + ": cannot open for writing"));
    }
    std::ostream& out = output_ == "-" ? std::cout : file;
    const auto& articles = loaded.value().articles;
    const auto& records = loaded.value().records;
    ProgressMeter progress("export", "articles", static_cast<std::int64_t>(articles.size()),
                           ProgressStyle::Detect(global.quiet));
    if (format_ == "csv") {
      out << report::CsvRow({"id", "url", "source", "source_name", "province", "province_after_2025", "title",
                             "published", "author", "credit", "tags", "cluster", "lead", "text", "officials",
                             "documents", "places", "themes", "primary_themes", "events", "keywords", "summary"});
    }
    for (std::size_t i = 0; i < articles.size(); ++i) {
      const report::ReportArticle& a = articles[i];
      const store::StoredArticle& r = records[i];
      const auto& province = a.analysis.province;
      std::string published = r.published ? FormatVietnamTime(*r.published) : "";
      if (format_ == "csv") {
        AnalysisColumns c = Columns(a.analysis);
        out << report::CsvRow({std::to_string(a.id), a.url, a.source_id, a.source_name,
                               province ? province->id : "", province ? province->new_id : "", a.title, published,
                               r.author, r.credit, Join(r.tags), a.cluster ? std::to_string(*a.cluster) : "", r.lead,
                               r.text, c.officials, c.documents, c.places, c.themes, c.primary_themes, c.events,
                               c.keywords, c.summary});
      } else {
        json row = {{"id", a.id}, {"url", a.url}, {"source", a.source_id}, {"source_name", a.source_name},
                    {"province", province ? json(province->id) : json()},
                    {"province_after_2025", province ? json(province->new_id) : json()},
                    {"title", a.title}, {"published", r.published ? json(published) : json()},
                    {"author", r.author}, {"credit", r.credit}, {"tags", r.tags},
                    {"cluster", a.cluster ? json(*a.cluster) : json()}, {"lead", r.lead}, {"text", r.text},
                    {"analysis", json::parse(analyzer::AnalysisToJson(a.analysis))}};
        out << row.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
      }
      progress.Advance();
    }
    progress.Finish();
    if (!out.flush()) return ReportFailure(Status::IoError(output_ + ": write failed"));
    if (output_ != "-") std::cerr << "exported " << articles.size() << " articles -> " << output_ << '\n';
    return kExitOk;
  }

 private:
  ReportFlags flags_;
  std::string query_, format_, output_;
};

}  // namespace

std::unique_ptr<Command> MakeExportCommand() { return std::make_unique<ExportCommand>(); }

}  // namespace dxnews::cli
