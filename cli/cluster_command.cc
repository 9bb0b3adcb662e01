// `dxnews cluster [--rebuild]`: brings the reprint clusters of the article store up to date (the
// step `dxnews import` also runs) and reports them.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>

#include "commands.h"
#include "console.h"
#include "data_files.h"
#include "dxnews/store/article_store.h"
#include "reprint_clustering.h"

namespace dxnews::cli {
namespace {

class ClusterCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_flag("--rebuild", options_.rebuild, "Forget all signatures and clusters and cluster every article again");
  }

  int Run(const GlobalOptions& global) override {
    auto start = std::chrono::steady_clock::now();
    std::string path = StorePath(global.data_dir);
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
      return ReportFailure(Status::NotFound(path + ": no article store (run dxnews import first)"));
    }
    Result<std::unique_ptr<store::ArticleStore>> store = store::ArticleStore::Open(path);
    if (!store.ok()) return ReportFailure(store.status());
    Result<ReprintReport> report = ClusterNewArticles(*store.value(), options_);
    if (!report.ok()) return ReportFailure(report.status());
    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, " (%.1f s)", elapsed.count());
    std::cout << FormatReprintReport(report.value()) << seconds << '\n';
    return kExitOk;
  }

 private:
  ReprintOptions options_;
};

}  // namespace

std::unique_ptr<Command> MakeClusterCommand() { return std::make_unique<ClusterCommand>(); }

}  // namespace dxnews::cli
