// `dxnews digest [--week 2024-W41 | --from D --to D] [--province P] [--theme T]
// [--format html|md|json] [-o FILE]`: the weekly media summary of the stored articles. Default:
// the last complete week, HTML, written to <data dir>/reports/digest-<period>.html.
#include <CLI/CLI.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "commands.h"
#include "console.h"
#include "data_files.h"
#include "dxnews/report/digest.h"
#include "dxnews/report/digest_format.h"
#include "report_setup.h"
#include "store_digest.h"

namespace dxnews::cli {
namespace {

std::string Render(const report::Digest& digest, const std::string& format) {
  if (format == "json") return report::DigestToJson(digest);
  if (format == "md") return report::DigestToMarkdown(digest);
  return report::DigestToHtml(digest);
}

class DigestCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_option("--week", week_, "ISO week, e.g. 2024-W41 (default: the last complete week)");
    flags_.AddTo(app);
    app.add_option("--format", format_, "html (one self-contained file), md (for e-mail) or json")
        ->check(CLI::IsMember({"html", "md", "json"}));
    app.add_option("-o,--output", output_,
                   "Write here; - for standard output (default: <data dir>/reports/digest-<period>.<format>)");
  }

  int Run(const GlobalOptions& global) override {
    auto started = std::chrono::steady_clock::now();
    Result<ReportModels> models = ReportModels::Load(global.data_dir);
    if (!models.ok()) return ReportFailure(models.status());
    report::Period period = report::LastCompleteWeek(VietnamToday());
    if (!week_.empty()) {
      if (!flags_.from.empty() || !flags_.to.empty()) {
        PrintError("--week cannot be combined with --from/--to");
        return kExitUsage;
      }
      Result<report::Period> parsed = report::ParseIsoWeek(week_);
      if (!parsed.ok()) return ReportFailure(parsed.status().WithContext("--week"));
      period = parsed.value();
    }
    Result<report::Period> chosen = flags_.Period(period);
    if (!chosen.ok()) return ReportFailure(chosen.status());
    period = chosen.value();
    Result<ReportFilter> filter = flags_.Filter(models.value());
    if (!filter.ok()) return ReportFailure(filter.status());

    Result<std::unique_ptr<store::ArticleStore>> store = OpenStore(global.data_dir, /*create=*/false);
    if (!store.ok()) return ReportFailure(store.status());
    std::int64_t analysed_now = 0;
    Result<report::Digest> built = DigestFromStore(*store.value(), models.value(), period, filter.value(),
                                                   flags_.Describe(models.value()), &analysed_now);
    if (!built.ok()) return ReportFailure(built.status());
    const report::Digest& digest = built.value();
    std::string text = Render(digest, format_);

    std::string path = output_;
    if (path.empty()) {
      std::string label = week_.empty() && flags_.from.empty() && flags_.to.empty()
                              ? report::IsoWeekLabel(period.first)
                              : (!week_.empty() ? week_ : analyzer::ToIso(period.first) + "_" + analyzer::ToIso(period.last));
      std::error_code error;
      std::filesystem::create_directories(ReportsDir(global.data_dir), error);
      path = ReportsDir(global.data_dir) + "/digest-" + label + "." + format_;
    }
    if (path == "-") {
      std::cout << text;
      return std::cout ? kExitOk : kExitFailure;
    }
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out.flush()) return ReportFailure(Status::IoError(path + ": cannot write the digest"));
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (analysed_now > 0) {
      PrintWarning(std::to_string(analysed_now) + " articles had no current analysis and were analysed now; run "
                   "`dxnews reanalyze` to store it");
    }
    char elapsed[32];
    std::snprintf(elapsed, sizeof elapsed, "%.2f", seconds);
    std::cout << "digest " << report::PeriodLabel(period) << ": " << digest.articles.current << " articles, "
              << digest.outlets.current << " outlets, " << digest.top_stories.size() << " top stories -> " << path
              << " (" << elapsed << " s)\n";
    return kExitOk;
  }

 private:
  std::string week_;
  ReportFlags flags_;
  std::string format_ = "html";
  std::string output_;
};

}  // namespace

std::unique_ptr<Command> MakeDigestCommand() { return std::make_unique<DigestCommand>(); }

}  // namespace dxnews::cli
