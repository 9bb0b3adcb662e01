// The store -> analyzer -> index pipeline of `dxnews index` and `dxnews reindex`: reads the
// articles changed since the index's last commit in store seq order with their stored analyses,
// analyses in chunks on worker threads those that have no current one, adds each chunk through the single IndexWriter on a writer thread that overlaps
// with the analysis of the next chunk, and commits each batch with the seq it reached. A kill at any
// point loses at most the batches in flight; the next run redoes them.
#ifndef DXNEWS_CLI_INDEX_PIPELINE_H_
#define DXNEWS_CLI_INDEX_PIPELINE_H_

#include <cstdint>
#include <functional>
#include <optional>

#include "dxnews/analyzer/article_analyzer.h"
#include "dxnews/core/status.h"
#include "dxnews/index/index_document.h"
#include "dxnews/index/index_writer.h"
#include "dxnews/index/term_mapper.h"
#include "dxnews/store/article_store.h"
#include "outlet_names.h"

namespace dxnews::cli {

struct IndexPipelineOptions {
  /// Articles per commit. Default: 1000. Xapian's cost per added document grows with the changes
  /// it holds uncommitted, so larger batches are slower, not faster (index_bench: 4000 articles
  /// commit every 500: 9.3 s CPU in Xapian, every 1000: 13.1 s, every 10000: 15.4 s).
  int batch_size = 1000;
  /// Articles analysed at a time and handed to the writer thread: smaller than a batch so that
  /// analysis and writing overlap without holding a whole batch in memory. Default: 500.
  int chunk_size = 500;
  /// Analysis threads, the calling thread included. Default: 2 (plus the writer thread).
  int threads = 2;
  /// The outlet names that hits show and `source:` finds besides the source id. Default (null): the
  /// source id.
  const OutletNames* outlets = nullptr;
};

/// Progress after each committed batch.
struct IndexProgress {
  std::int64_t indexed = 0;    ///< articles written by this run
  std::int64_t batches = 0;    ///< batches committed by this run
  std::int64_t store_seq = 0;  ///< the store seq the index has reached
};

/// The IndexDocument of a stored article and its analysis: `stored` when it is current (made by
/// this analyzer version from this content), otherwise a new one from `analyzer`.
index::IndexDocument ToIndexDocument(const store::StoredArticle& article, const std::optional<store::StoredAnalysis>& stored,
                                     const analyzer::ArticleAnalyzer& analyzer, const OutletNames* outlets);

/// Indexes every article whose seq is above writer.StoreSeq(), batch by batch, calling
/// `on_batch` (may be empty) after each commit. Returns the first store or index failure.
Status RunIndexPipeline(const store::ArticleStore& store, index::IndexWriter& writer,
                        const index::TermMapper& mapper, const analyzer::ArticleAnalyzer& analyzer,
                        const IndexPipelineOptions& options, const std::function<void(const IndexProgress&)>& on_batch,
                        IndexProgress* progress);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_INDEX_PIPELINE_H_
