#include "dxnews/report/svg_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "html_escape.h"

namespace dxnews::report {
namespace {

using internal::HtmlEscape;

// A palette that stays distinct for colour-blind readers (Okabe-Ito).
constexpr const char* kColors[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"};

std::string Num(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  std::string s = buffer;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

// A "nice" axis maximum and step (1, 2 or 5 times a power of ten) covering `max`.
double NiceStep(double max, int ticks) {
  if (max <= 0) return 1;
  double raw = max / ticks, power = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * power >= raw) return m * power;
  }
  return 10 * power;
}

// `text` cut to at most `max_chars` code points, the last one an ellipsis when it was cut.
std::string Shorten(const std::string& text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++chars == max_chars && i < text.size()) {
      std::size_t rest = i + 1;
      while (rest < text.size() && (static_cast<unsigned char>(text[rest]) & 0xC0) == 0x80) ++rest;
      if (rest < text.size()) return text.substr(0, i) + "…";
    }
  }
  return text;
}

std::string Open(int width, int height, const std::string& title) {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(width) + " " +
         std::to_string(height) + "\" width=\"100%\" role=\"img\" font-family=\"system-ui, sans-serif\" " +
         "font-size=\"12\"><title>" + HtmlEscape(title) + "</title>";
}

}  // namespace

std::string BarChartSvg(const std::string& title, const std::vector<Bar>& bars, int width) {
  constexpr int kRow = 22, kValue = 130, kCharWidth = 7;
  int height = std::max<int>(kRow, static_cast<int>(bars.size()) * kRow) + 4;
  double max = 0;
  std::size_t longest = 0;  // in code points: the label column fits the longest label
  for (const Bar& b : bars) {
    max = std::max(max, b.value);
    longest = std::max<std::size_t>(longest, static_cast<std::size_t>(std::count_if(
        b.label.begin(), b.label.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; })));
  }
  const int kLabel = std::clamp(static_cast<int>(longest) * kCharWidth + 12, 100, width / 2);
  std::string svg = Open(width, height, title);
  int span = width - kLabel - kValue;
  for (size_t i = 0; i < bars.size(); ++i) {
    int y = static_cast<int>(i) * kRow + 2;
    int w = max > 0 ? static_cast<int>(std::lround(bars[i].value / max * span)) : 0;
    svg += "<text x=\"" + std::to_string(kLabel - 6) + "\" y=\"" + std::to_string(y + 15) +
           "\" text-anchor=\"end\"><title>" + HtmlEscape(bars[i].label) + "</title>" +
           HtmlEscape(Shorten(bars[i].label, static_cast<std::size_t>((kLabel - 12) / kCharWidth))) + "</text>";
    svg += "<rect x=\"" + std::to_string(kLabel) + "\" y=\"" + std::to_string(y + 3) + "\" width=\"" +
           std::to_string(std::max(w, 1)) + "\" height=\"16\" fill=\"" + kColors[0] + "\" rx=\"2\"/>";
    std::string value = Num(bars[i].value) + (bars[i].note.empty() ? "" : " " + bars[i].note);
    svg += "<text x=\"" + std::to_string(kLabel + w + 5) + "\" y=\"" + std::to_string(y + 15) + "\">" +
           HtmlEscape(value) + "</text>";
  }
  return svg + "</svg>";
}

std::string LineChartSvg(const std::string& title, const std::vector<std::string>& x_labels,
                         const std::vector<LineSeries>& series, int width, int height) {
  constexpr int kLeft = 48, kRight = 32, kTop = 16, kBottom = 40;
  int legend = series.size() > 1 ? 20 * static_cast<int>((series.size() + 2) / 3) : 0;
  int total_height = height + legend;
  double max = 0;
  for (const LineSeries& s : series) {
    for (double v : s.values) max = std::max(max, v);
  }
  double step = NiceStep(max, 4), top = std::max(step, std::ceil(max / step) * step);
  int plot_w = width - kLeft - kRight, plot_h = height - kTop - kBottom;
  size_t n = x_labels.size();
  auto x_at = [&](size_t i) { return kLeft + (n <= 1 ? plot_w / 2.0 : plot_w * static_cast<double>(i) / (n - 1)); };
  auto y_at = [&](double v) { return kTop + plot_h - plot_h * v / top; };

  std::string svg = Open(width, total_height, title);
  for (double v = 0; v <= top + 1e-9; v += step) {
    std::string y = Num(y_at(v));
    svg += "<line x1=\"" + std::to_string(kLeft) + "\" x2=\"" + std::to_string(width - kRight) + "\" y1=\"" + y +
           "\" y2=\"" + y + "\" stroke=\"#ddd\"/>";
    svg += "<text x=\"" + std::to_string(kLeft - 6) + "\" y=\"" + Num(y_at(v) + 4) + "\" text-anchor=\"end\">" +
           Num(v) + "</text>";
  }
  size_t every = std::max<size_t>(1, (n + 11) / 12);
  for (size_t i = 0; i < n; i += every) {
    svg += "<text x=\"" + Num(x_at(i)) + "\" y=\"" + std::to_string(height - kBottom + 16) +
           "\" text-anchor=\"middle\">" + HtmlEscape(x_labels[i]) + "</text>";
  }
  for (size_t s = 0; s < series.size(); ++s) {
    const char* color = kColors[s % (sizeof kColors / sizeof kColors[0])];
    std::string points;
    for (size_t i = 0; i < n && i < series[s].values.size(); ++i) {
      points += (i ? " " : "") + Num(x_at(i)) + "," + Num(y_at(series[s].values[i]));
    }
    svg += "<polyline fill=\"none\" stroke=\"" + std::string(color) + "\" stroke-width=\"2\" points=\"" + points +
           "\"/>";
    if (n <= 40) {
      for (size_t i = 0; i < n && i < series[s].values.size(); ++i) {
        svg += "<circle cx=\"" + Num(x_at(i)) + "\" cy=\"" + Num(y_at(series[s].values[i])) + "\" r=\"2.5\" fill=\"" +
               color + "\"><title>" + HtmlEscape(series[s].name + " " + x_labels[i] + ": " +
                                                 Num(series[s].values[i])) + "</title></circle>";
      }
    }
    if (series.size() > 1) {
      int lx = kLeft + static_cast<int>(s % 3) * (plot_w / 3), ly = height + 4 + static_cast<int>(s / 3) * 20;
      svg += "<rect x=\"" + std::to_string(lx) + "\" y=\"" + std::to_string(ly) + "\" width=\"12\" height=\"12\" fill=\"" +
             color + "\"/><text x=\"" + std::to_string(lx + 16) + "\" y=\"" + std::to_string(ly + 11) + "\">" +
             HtmlEscape(series[s].name) + "</text>";
    }
  }
  return svg + "</svg>";
}

}  // namespace dxnews::report
