// The analysis step of `dxnews import` and `dxnews reanalyze`: loads the analyzer, runs
// AnalyzePending over the store with progress on stderr, and prints the one-line summary.
#ifndef DXNEWS_CLI_STORE_ANALYSIS_H_
#define DXNEWS_CLI_STORE_ANALYSIS_H_

#include "dxnews/core/status.h"
#include "dxnews/store/article_store.h"

namespace dxnews::cli {

/// How the store is analysed.
struct StoreAnalysisOptions {
  bool all = false;    ///< reanalyse every article. Default: only those without a current analysis
  int threads = 0;     ///< analyzer threads; 0: one per core. Default: 0
  bool quiet = false;  ///< no progress on stderr (the summary is still printed). Default: false
};

/// Analyses the store's articles that need it, then prints "analysed N articles with analyzer
/// VERSION (T s)" on stdout. Returns the first failure (analyzer data or store), unprinted.
Status AnalyzeStore(store::ArticleStore& store, const StoreAnalysisOptions& options);

/// The steps after new articles reach the store (import, crawl, demo): their analysis (unless
/// `analyze` is false) and reprint clustering, each printing its summary line on stdout.
Status ProcessNewArticles(store::ArticleStore& store, bool quiet, bool analyze);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_STORE_ANALYSIS_H_
