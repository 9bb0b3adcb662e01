// The step between the article store and the analyzer: analyse every stored article that lacks
// an analysis by the running analyzer (or every article), on all cores, and store the results in
// batches. Used by `dxnews import` (after importing) and `dxnews reanalyze`.
#ifndef DXNEWS_CLI_ANALYSIS_PIPELINE_H_
#define DXNEWS_CLI_ANALYSIS_PIPELINE_H_

#include <cstdint>
#include <functional>
#include <string>

#include "dxnews/analyzer/article_analyzer.h"
#include "dxnews/core/result.h"
#include "dxnews/store/article_store.h"

namespace dxnews::cli {

/// The analyzer input of a stored article: its title; lead and text (one paragraph per line) as
/// the body; the Vietnam calendar day of its publication time as the date anchor.
analyzer::ArticleInput AnalysisInputOf(const store::StoredArticle& article);

/// The stored form of `analysis` of `article`, made by analyzer `analyzer_version` at
/// `analyzed_at` (UTC seconds): one-line JSON plus the main province and primary theme ids.
store::StoredAnalysis StoredAnalysisOf(const store::StoredArticle& article,
                                       const analyzer::ArticleAnalysis& analysis,
                                       const std::string& analyzer_version, std::int64_t analyzed_at);

/// Options of AnalyzePending.
struct AnalyzePendingOptions {
  /// Reanalyse every article, not only those without a current analysis. Default: false.
  bool all = false;
  /// Threads that run the analyzer (the calling thread is one of them); 0: one per core.
  /// Default: 0.
  int threads = 0;
  /// Articles per store transaction. Default: 500.
  int batch_size = 500;
  /// The version recorded with each analysis, against which "current" is judged.
  /// Default: analyzer::AnalyzerVersion().
  std::string analyzer_version;
  /// The analysis time recorded. Default: 0, meaning now.
  std::int64_t analyzed_at = 0;
};

/// Progress after each committed batch: `done` of `total` articles analysed and stored.
using AnalyzeProgress = std::function<void(std::int64_t done, std::int64_t total)>;

/// Analyses (with `analyzer`, shared by the worker threads: Analyze is const and thread-safe)
/// every article of `store` that ArticlesToAnalyze lists, and stores the analyses; only the
/// calling thread touches the store. Each batch is one transaction, so a killed run loses at most
/// the batch in flight and the next run resumes. Returns the number of articles analysed; store
/// failures are returned with what was being done.
Result<std::int64_t> AnalyzePending(store::ArticleStore& store, const analyzer::ArticleAnalyzer& analyzer,
                                    const AnalyzePendingOptions& options,
                                    const AnalyzeProgress& progress = {});

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_ANALYSIS_PIPELINE_H_
