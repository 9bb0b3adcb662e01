// Self-contained SVG charts (no script, no external font or stylesheet) for the digest and trend
// reports: horizontal bars and a line chart with several series. Sizes are in CSS pixels, the
// SVG scales to its container (viewBox), and text is escaped.
#ifndef DXNEWS_REPORT_SVG_CHART_H_
#define DXNEWS_REPORT_SVG_CHART_H_

#include <string>
#include <vector>

namespace dxnews::report {

struct Bar {
  std::string label;
  double value = 0;
  std::string note;  ///< printed after the value ("+3"), may be empty
};

/// One bar per entry, top to bottom, scaled to the largest value; an accessible <title>.
std::string BarChartSvg(const std::string& title, const std::vector<Bar>& bars, int width = 640);

struct LineSeries {
  std::string name;
  std::vector<double> values;  ///< one per x label
};

/// A line per series over the x labels (at most ~12 labels printed), y axis from 0 with ticks,
/// a legend when there is more than one series. REQUIRES: every series has x_labels.size() values.
std::string LineChartSvg(const std::string& title, const std::vector<std::string>& x_labels,
                         const std::vector<LineSeries>& series, int width = 720, int height = 280);

}  // namespace dxnews::report

#endif  // DXNEWS_REPORT_SVG_CHART_H_
