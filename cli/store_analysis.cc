#include "store_analysis.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "analysis_pipeline.h"
#include "dxnews/analyzer/analyzer_version.h"
#include "dxnews/analyzer/article_analyzer.h"
#include "progress_meter.h"
#include "reprint_clustering.h"

namespace dxnews::cli {

Status AnalyzeStore(store::ArticleStore& store, const StoreAnalysisOptions& options) {
  auto start = std::chrono::steady_clock::now();
  Result<analyzer::ArticleAnalyzer> analyzer = analyzer::ArticleAnalyzer::LoadBuiltin();
  if (!analyzer.ok()) return analyzer.status();
  AnalyzePendingOptions pending;
  pending.all = options.all;
  pending.threads = options.threads;
  ProgressMeter progress("analyse", "articles", std::nullopt, ProgressStyle::Detect(options.quiet));
  Result<std::int64_t> analyzed =
      AnalyzePending(store, analyzer.value(), pending, [&](std::int64_t done, std::int64_t total) {
        progress.SetTotal(total);
        progress.Advance(done - progress.done());
      });
  progress.Finish();
  if (!analyzed.ok()) return analyzed.status();
  std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.1f", elapsed.count());
  std::cout << "analysed " << analyzed.value() << " articles with analyzer " << analyzer::AnalyzerVersion()
            << " (" << seconds << " s)\n";
  return Status();
}

Status ProcessNewArticles(store::ArticleStore& store, bool quiet, bool analyze) {
  if (analyze) {
    StoreAnalysisOptions analysis;
    analysis.quiet = quiet;
    Status status = AnalyzeStore(store, analysis);
    if (!status.ok()) return status;
  }
  Result<ReprintReport> reprints = ClusterNewArticles(store);
  if (!reprints.ok()) return reprints.status().WithContext("clustering reprints");
  std::cout << FormatReprintReport(reprints.value()) << '\n';
  return Status();
}

}  // namespace dxnews::cli
