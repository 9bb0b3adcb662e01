// `dxnews reanalyze [--all] [--threads N]`: analyses again, without re-crawling, the stored
// articles whose analysis is missing, was made by another analyzer version or from older content;
// with --all, every article.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <string>

#include "commands.h"
#include "console.h"
#include "data_files.h"
#include "dxnews/store/article_store.h"
#include "store_analysis.h"

namespace dxnews::cli {
namespace {

class ReanalyzeCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_flag("--all", options_.all, "Reanalyse every article, not only missing or stale analyses");
    app.add_option("--threads", options_.threads, "Analyzer threads (default: one per core)")
        ->check(CLI::Range(1, 256));
  }

  int Run(const GlobalOptions& global) override {
    const std::string path = StorePath(global.data_dir);
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
      return ReportFailure(
          Status::NotFound(path + ": no article store (run 'dxnews import' or 'dxnews crawl' first)"));
    }
    Result<std::unique_ptr<store::ArticleStore>> store = store::ArticleStore::Open(path);
    if (!store.ok()) return ReportFailure(store.status());
    options_.quiet = global.quiet;
    Status status = AnalyzeStore(*store.value(), options_);
    if (!status.ok()) return ReportFailure(status);
    return kExitOk;
  }

 private:
  StoreAnalysisOptions options_;
};

}  // namespace

std::unique_ptr<Command> MakeReanalyzeCommand() { return std::make_unique<ReanalyzeCommand>(); }

}  // namespace dxnews::cli
