#include "dxnews/report/trend_table.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "dxnews/report/csv.h"
#include "dxnews/report/svg_chart.h"

namespace dxnews::report {
namespace {

std::string Cell(const TrendTable& table, std::size_t s, std::size_t b) {
  if (!table.share) return std::to_string(table.series[s].counts[b]);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", table.Value(s, b));
  return buffer;
}

// Display width of UTF-8 text: code points that are not combining marks (Vietnamese in NFC has
// none, so counting lead bytes is enough for alignment).
std::size_t Width(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string Pad(const std::string& text, std::size_t width, bool right) {
  std::string fill(width > Width(text) ? width - Width(text) : 0, ' ');
  return right ? fill + text : text + fill;
}

}  // namespace

std::vector<std::int64_t> CountByBucket(const DailyCounts& daily, const std::vector<Period>& buckets) {
  std::vector<std::int64_t> counts(buckets.size(), 0);
  for (const auto& [day, n] : daily) {
    auto it = std::upper_bound(buckets.begin(), buckets.end(), day,
                               [](const CivilDate& d, const Period& p) { return d < p.first; });
    if (it == buckets.begin()) continue;
    --it;
    if (it->Contains(day)) counts[static_cast<std::size_t>(it - buckets.begin())] += n;
  }
  return counts;
}

double TrendTable::Value(std::size_t s, std::size_t b) const {
  double count = static_cast<double>(series[s].counts[b]);
  if (!share) return count;
  return b < totals.size() && totals[b] > 0 ? count / static_cast<double>(totals[b]) : 0.0;
}

std::string TrendsToText(const TrendTable& table) {
  std::vector<std::string> header{"period"};
  for (const TrendSeries& s : table.series) header.push_back(s.name);
  bool totals = !table.totals.empty();
  if (totals) header.push_back("total");
  std::vector<std::vector<std::string>> rows;
  for (std::size_t b = 0; b < table.buckets.size(); ++b) {
    std::vector<std::string> row{BucketLabel(table.buckets[b], table.by)};
    for (std::size_t s = 0; s < table.series.size(); ++s) row.push_back(Cell(table, s, b));
    if (totals) row.push_back(b < table.totals.size() ? std::to_string(table.totals[b]) : "");
    rows.push_back(std::move(row));
  }
  std::vector<std::size_t> widths(header.size());
  for (std::size_t c = 0; c < header.size(); ++c) {
    widths[c] = Width(header[c]);
    for (const auto& row : rows) widths[c] = std::max(widths[c], Width(row[c]));
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t c = 0; c < cells.size(); ++c) out += (c ? "  " : "") + Pad(cells[c], widths[c], c > 0);
    return out + "\n";
  };
  std::string out = line(header);
  for (const auto& row : rows) out += line(row);
  return out;
}

std::string TrendsToCsv(const TrendTable& table) {
  std::string out = "period";
  for (const TrendSeries& s : table.series) out += "," + CsvField(s.name);
  out += table.totals.empty() ? "\n" : ",total\n";
  for (std::size_t b = 0; b < table.buckets.size(); ++b) {
    out += BucketLabel(table.buckets[b], table.by);
    for (std::size_t s = 0; s < table.series.size(); ++s) out += "," + Cell(table, s, b);
    if (!table.totals.empty()) out += "," + (b < table.totals.size() ? std::to_string(table.totals[b]) : std::string());
    out += "\n";
  }
  return out;
}

std::string TrendsToJson(const TrendTable& table) {
  using json = nlohmann::ordered_json;
  static const char* kBy[] = {"day", "week", "month"};
  json periods = json::array();
  for (std::size_t b = 0; b < table.buckets.size(); ++b) {
    periods.push_back({{"period", BucketLabel(table.buckets[b], table.by)},
                       {"from", analyzer::ToIso(table.buckets[b].first)},
                       {"to", analyzer::ToIso(table.buckets[b].last)},
                       {"total", b < table.totals.size() ? json(table.totals[b]) : json()}});
  }
  json series = json::array();
  for (std::size_t s = 0; s < table.series.size(); ++s) {
    json values = json::array();
    for (std::size_t b = 0; b < table.buckets.size(); ++b) {
      values.push_back(table.share ? json(table.Value(s, b)) : json(table.series[s].counts[b]));
    }
    series.push_back({{"name", table.series[s].name}, {"values", values}});
  }
  json out = {{"by", kBy[static_cast<int>(table.by)]}, {"share", table.share}, {"periods", periods},
              {"series", series}};
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string TrendsToSvg(const TrendTable& table, const std::string& title) {
  std::vector<std::string> labels;
  for (const Period& p : table.buckets) labels.push_back(BucketLabel(p, table.by));
  std::vector<LineSeries> lines;
  for (std::size_t s = 0; s < table.series.size(); ++s) {
    LineSeries line{table.series[s].name, {}};
    for (std::size_t b = 0; b < table.buckets.size(); ++b) {
      line.values.push_back(table.share ? 100.0 * table.Value(s, b) : table.Value(s, b));
    }
    lines.push_back(std::move(line));
  }
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + LineChartSvg(title, labels, lines, 900, 360) + "\n";
}

}  // namespace dxnews::report
