#include "index_trends.h"

namespace dxnews::cli {

Result<report::TrendTable> TrendsFromIndex(const index::Searcher& searcher, const std::vector<std::string>& series,
                                           const report::Period& range, report::Bucketing by,
                                           const index::SearchOptions& options, bool share) {
  report::TrendTable table;
  table.by = by;
  table.buckets = report::Buckets(range, by);
  table.share = share;
  if (share) {
    Result<index::DailyCounts> all = searcher.CountByDay("", options);
    if (!all.ok()) return all.status();
    table.totals = report::CountByBucket(all.value(), table.buckets);
  }
  for (const std::string& query : series) {
    Result<index::DailyCounts> counts = searcher.CountByDay(query, options);
    if (!counts.ok()) return counts.status().WithContext("series '" + query + "'");
    table.series.push_back({query, report::CountByBucket(counts.value(), table.buckets)});
  }
  return table;
}

}  // namespace dxnews::cli
