// Reprint clustering: groups articles whose texts are near-duplicates (near_duplicate.h) into
// clusters, one per story, so that a story reprinted by several outlets is one cluster whose id is
// the id of its earliest copy, the original. Grouping is transitive (union-find): if B reprints A
// and C trims B, all three are one cluster.
//
// Incremental: documents clustered by an earlier run are added with their old cluster and are not
// compared with each other again; only new documents are compared, with everything, through the
// LSH index.
#ifndef DXNEWS_ANALYZER_REPRINT_CLUSTERER_H_
#define DXNEWS_ANALYZER_REPRINT_CLUSTERER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "dxnews/analyzer/near_duplicate.h"

namespace dxnews::analyzer {

/// One article as the clusterer sees it.
struct ClusterDocument {
  std::int64_t id = 0;                    ///< unique
  std::optional<std::int64_t> published;  ///< publication time, UTC seconds
  std::int64_t fetched_at = 0;            ///< UTC seconds
  TextSignature signature;                ///< may be empty (too short): then a cluster of its own
  std::optional<std::int64_t> cluster;    ///< AddExisting only: the cluster an earlier run gave it
};

/// True when `a` is an earlier copy than `b`: by publication time (the fetch time stands in when
/// it is missing, since a page is published before it is fetched), then fetch time, then id.
bool IsEarlierCopy(const ClusterDocument& a, const ClusterDocument& b);

/// Counts of one clustering, for reports.
struct ClusterStats {
  std::size_t documents = 0;
  std::size_t compared_pairs = 0;    ///< candidate pairs whose similarity was estimated
  std::size_t joined_pairs = 0;      ///< pairs found to be near-duplicates
  std::size_t clusters = 0;          ///< clusters with two or more documents
  std::size_t clustered_documents = 0;  ///< documents in those clusters
};

class ReprintClusterer {
 public:
  explicit ReprintClusterer(NearDuplicateOptions options = {}) : options_(options) {}

  /// Adds a document clustered before: it joins the documents that share its `cluster` (or
  /// whose id is its `cluster`), without any comparison. REQUIRES: the id was not added before.
  void AddExisting(ClusterDocument document);
  /// Adds a new document: it joins every document added so far that it is a near-duplicate of.
  /// REQUIRES: the id was not added before.
  void AddNew(ClusterDocument document);

  /// Every document's cluster: the id of the earliest copy (IsEarlierCopy) of its group.
  std::unordered_map<std::int64_t, std::int64_t> Assignments();

  /// Counts so far (clusters and clustered_documents are computed by Assignments()).
  const ClusterStats& stats() const { return stats_; }

 private:
  std::size_t Find(std::size_t index);
  void Union(std::size_t a, std::size_t b);
  std::size_t Insert(ClusterDocument document);

  NearDuplicateOptions options_;
  std::vector<ClusterDocument> documents_;
  std::vector<std::size_t> parent_;
  std::unordered_map<std::int64_t, std::size_t> index_of_;
  std::unordered_map<std::int64_t, std::vector<std::size_t>> by_old_cluster_;
  SignatureIndex lsh_;
  ClusterStats stats_;
};

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_REPRINT_CLUSTERER_H_
