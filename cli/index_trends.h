// Trend series from the search index: each series is a query counted per day (CountByDay) and
// summed into day, week or month buckets. Shared by `dxnews trends` and `dxnews demo`.
#ifndef DXNEWS_CLI_INDEX_TRENDS_H_
#define DXNEWS_CLI_INDEX_TRENDS_H_

#include <string>
#include <vector>

#include "dxnews/index/searcher.h"
#include "dxnews/report/trend_table.h"

namespace dxnews::cli {

/// The counts of `series` over `range`; with `share`, also the totals of every article per
/// bucket (a pass over the whole index). Errors name the series.
Result<report::TrendTable> TrendsFromIndex(const index::Searcher& searcher, const std::vector<std::string>& series,
                                           const report::Period& range, report::Bucketing by,
                                           const index::SearchOptions& options, bool share);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_INDEX_TRENDS_H_
