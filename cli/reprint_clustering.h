// The reprint-clustering pipeline step: brings the `cluster` of every article in the store up to
// date, so that one story reprinted by several outlets shares one cluster id, the id of its
// earliest copy. Runs after `dxnews import` (and after crawling) and as `dxnews cluster`.
//
// Incremental: each article's MinHash signature is stored (text_signatures) with the content hash
// it was computed from; a run computes signatures only for new or changed articles and compares
// only those with everything else. Clusters of unchanged articles are kept.
#ifndef DXNEWS_CLI_REPRINT_CLUSTERING_H_
#define DXNEWS_CLI_REPRINT_CLUSTERING_H_

#include <cstddef>
#include <string>

#include "dxnews/analyzer/near_duplicate.h"
#include "dxnews/core/result.h"
#include "dxnews/store/article_store.h"

namespace dxnews::cli {

struct ReprintOptions {
  /// Forget every signature and cluster first and cluster everything again. Default: false.
  bool rebuild = false;
  /// Signature and similarity parameters. Default: the analyzer's tuned defaults.
  analyzer::NearDuplicateOptions near_duplicate;
};

/// What one run did.
struct ReprintReport {
  std::size_t articles = 0;             ///< articles in the store
  std::size_t signed_now = 0;           ///< signatures computed by this run (new or changed articles)
  std::size_t too_short = 0;            ///< articles whose text is too short for a signature
  std::size_t compared_pairs = 0;       ///< candidate pairs checked
  std::size_t clusters = 0;             ///< clusters of two or more articles
  std::size_t clustered_articles = 0;   ///< articles in those clusters
  std::size_t cluster_updates = 0;      ///< articles whose cluster id was written
};

/// Signs the articles of `store` that have no up-to-date signature, clusters them with the rest
/// and writes every changed cluster id, in transactions. Store errors are returned as they are.
/// REQUIRES: no transaction open on `store`.
Result<ReprintReport> ClusterNewArticles(store::ArticleStore& store, const ReprintOptions& options = {});

/// "reprints: 12 clusters hold 30 of 500 articles (40 signed, 3 too short, 25 cluster ids written)".
std::string FormatReprintReport(const ReprintReport& report);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_REPRINT_CLUSTERING_H_
