// Searcher: runs dxnews queries (query_parser.h) against the index written by IndexWriter and
// returns ranked hits with snippets, story clusters folded into one hit, optional facets and a
// "did you mean" suggestion; also finds articles similar to one article.
#ifndef DXNEWS_INDEX_SEARCHER_H_
#define DXNEWS_INDEX_SEARCHER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/core/result.h"
#include "dxnews/index/snippet.h"

namespace dxnews::index {

class TermMapper;

/// What to search and how to present it.
struct SearchOptions {
  /// Publication date bounds, UTC seconds, inclusive. Default: unbounded.
  std::optional<std::int64_t> from;
  std::optional<std::int64_t> to;
  /// Each list, when not empty, keeps hits that match one of its values (as the field: prefixes).
  std::vector<std::string> provinces;
  std::vector<std::string> themes;
  std::vector<std::string> officials;
  std::vector<std::string> sources;
  enum class Sort { kRelevance, kDate };
  /// kDate is newest first. Default: kRelevance.
  Sort sort = Sort::kRelevance;
  /// Default: 10 hits from the first.
  int limit = 10;
  int offset = 0;
  /// Count the whole result set by province, source, theme, official and month. Default: false.
  bool facets = false;
  /// Fold articles of the same story cluster into one hit. Default: true.
  bool collapse_clusters = true;
};

/// One result: an article, or the best article of a story cluster.
struct SearchHit {
  std::int64_t id = 0;
  std::string url;
  std::string title;
  std::string source_id;
  std::string source;    ///< outlet name (source id when the name is unknown)
  std::string province;  ///< display name; may be empty
  std::optional<std::int64_t> published;
  double score = 0;
  Snippet snippet;
  std::optional<std::int64_t> cluster;
  int cluster_size = 1;                     ///< articles of the cluster in the index (1 without)
  std::vector<std::string> other_sources;  ///< outlets of the other articles of the cluster
};

/// One facet value and how many matching articles have it.
struct FacetCount {
  std::string value;
  std::int64_t count = 0;
};

/// Counts per field over the whole result set, most frequent first.
struct Facets {
  std::vector<FacetCount> provinces;  ///< province ids
  std::vector<FacetCount> sources;
  std::vector<FacetCount> themes;
  std::vector<FacetCount> officials;
  std::vector<FacetCount> months;  ///< "2024-10"
};

struct SearchResults {
  std::int64_t total = 0;  ///< estimated number of matching articles (clusters folded)
  std::vector<SearchHit> hits;
  std::optional<Facets> facets;  ///< when SearchOptions::facets
  /// A better query when this one found few results ("chuyển đổi số" for "chuyen doi so" when
  /// the diacritic form is the usual one); empty when there is none.
  std::string did_you_mean;
};

/// Reads the index. Each Searcher is for one thread; open one per thread.
class Searcher {
 public:
  /// Opens the index at `path`. kNotFound when there is none. `mapper` must outlive the searcher.
  static Result<std::unique_ptr<Searcher>> Open(const std::string& path, const TermMapper& mapper);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  /// Runs `query`. kInvalidInput "query: column N: ..." for a malformed query.
  Result<SearchResults> Search(std::string_view query, const SearchOptions& options) const;
  /// Articles most like article `id` (by its most significant words), excluding it and its
  /// cluster. kNotFound when `id` is not in the index.
  Result<SearchResults> Similar(std::int64_t id, int limit) const;
  Result<std::int64_t> DocCount() const;

 private:
  struct Impl;
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dxnews::index

#endif  // DXNEWS_INDEX_SEARCHER_H_
