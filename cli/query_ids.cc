#include "query_ids.h"

#include "data_files.h"
#include "dxnews/index/searcher.h"
#include "dxnews/index/term_mapper.h"

namespace dxnews::cli {

Result<std::set<std::int64_t>> SearchIds(const std::string& data_dir, const std::string& query) {
  Result<index::TermMapper> mapper = index::TermMapper::LoadBuiltin();
  if (!mapper.ok()) return mapper.status();
  Result<std::unique_ptr<index::Searcher>> searcher = index::Searcher::Open(IndexPath(data_dir), mapper.value());
  if (!searcher.ok()) {
    return Status::NotFound("--query needs the search index: " + searcher.status().message() +
                            " (run `dxnews index` first)");
  }
  Result<std::int64_t> count = searcher.value()->DocCount();
  if (!count.ok()) return count.status();
  index::SearchOptions options;
  options.collapse_clusters = false;
  options.limit = static_cast<int>(std::max<std::int64_t>(count.value(), 1));
  Result<index::SearchResults> results = searcher.value()->Search(query, options);
  if (!results.ok()) return results.status().WithContext("--query");
  std::set<std::int64_t> ids;
  for (const index::SearchHit& hit : results.value().hits) ids.insert(hit.id);
  return ids;
}

}  // namespace dxnews::cli
