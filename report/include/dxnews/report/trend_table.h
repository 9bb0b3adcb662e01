// Trend series for researchers: counts of articles per day, week or month for several series side
// by side (a query, a theme, an official, a province), missing periods as zeros, optionally as a
// share of all articles of the period; rendered as an aligned table, CSV, JSON or an SVG chart.
#ifndef DXNEWS_REPORT_TREND_TABLE_H_
#define DXNEWS_REPORT_TREND_TABLE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "dxnews/report/period.h"

namespace dxnews::report {

/// Articles per calendar day, in any order; days may repeat (they are added).
using DailyCounts = std::vector<std::pair<CivilDate, std::int64_t>>;

/// The counts of `daily` summed into `buckets` (sorted, non-overlapping); days outside are ignored.
std::vector<std::int64_t> CountByBucket(const DailyCounts& daily, const std::vector<Period>& buckets);

struct TrendSeries {
  std::string name;  ///< as the user wrote it: "chuyển đổi số", "theme:ai"
  std::vector<std::int64_t> counts;  ///< one per bucket
};

struct TrendTable {
  Bucketing by = Bucketing::kWeek;
  std::vector<Period> buckets;
  std::vector<TrendSeries> series;
  /// All articles per bucket: the denominator of shares, shown as a last "total" column; may be
  /// empty (no total column) when shares are not asked for.
  std::vector<std::int64_t> totals;
  bool share = false;                ///< show count / total instead of counts

  /// The value shown for series `s` in bucket `b`: the count, or the share (0-1) with `share`.
  double Value(std::size_t s, std::size_t b) const;
};

/// Aligned columns for a terminal: one row per bucket, one column per series.
std::string TrendsToText(const TrendTable& table);
/// Header "period,<series>...[,total]"; shares with 4 decimals.
std::string TrendsToCsv(const TrendTable& table);
/// {"by", "share", "periods": [{"period","from","to","total"}], "series": [{"name","values"}]}.
std::string TrendsToJson(const TrendTable& table);
/// A self-contained SVG line chart, one line per series.
std::string TrendsToSvg(const TrendTable& table, const std::string& title);

}  // namespace dxnews::report

#endif  // DXNEWS_REPORT_TREND_TABLE_H_
