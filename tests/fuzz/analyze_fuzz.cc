// libFuzzer target for the whole article analysis: arbitrary bytes -> DecodeToUtf8 -> title (up
// to the first newline) and body -> ArticleAnalyzer::Analyze -> AnalysisToJson, with a publication
// date taken from the first bytes (or none). Aborts on any broken invariant.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dxnews/analyzer/analysis_json.h"
#include "dxnews/analyzer/article_analyzer.h"
#include "dxnews/analyzer/decoder.h"

namespace {

using namespace dxnews::analyzer;  // NOLINT(build/namespaces): a fuzz harness, not library code

void Check(bool ok) {
  if (!ok) std::abort();
}

const ArticleAnalyzer& Analyzer() {
  static const ArticleAnalyzer* analyzer = [] {
    auto loaded = ArticleAnalyzer::LoadBuiltin();
    Check(loaded.ok());
    return new ArticleAnalyzer(std::move(loaded).value());
  }();
  return *analyzer;
}

bool InText(const std::string& text, size_t begin, size_t end) { return begin <= end && end <= text.size(); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ArticleInput input;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (size >= 2 && (data[0] & 1)) {
    // A publication date anywhere in 1990-2053; the day may be out of range on purpose.
    CivilDate date{1990 + (data[0] >> 3), 1 + data[1] % 12, 1 + (data[1] >> 4) % 31};
    if (IsValid(date)) input.published = date;
  }
  if (size >= 2) bytes.remove_prefix(2);
  std::string text = DecodeToUtf8(bytes).utf8;
  size_t newline = text.find('\n');
  input.title = text.substr(0, newline);
  if (newline != std::string::npos) input.body = text.substr(newline + 1);

  ArticleAnalysis analysis = Analyzer().Analyze(input);
  Check(analysis.text.size() >= input.title.size());
  for (const DocumentMention& d : analysis.documents) Check(InText(analysis.text, d.begin, d.end));
  for (const DateMention& d : analysis.dates) Check(InText(analysis.text, d.begin, d.end));
  for (const PlaceMention& p : analysis.places) Check(p.mentions > 0 && p.first_begin < analysis.text.size());
  for (const EventMention& e : analysis.events) Check(InText(analysis.text, e.begin, e.end));
  int primary = 0;
  for (const ThemeScore& t : analysis.themes) primary += t.primary ? 1 : 0;
  Check(primary <= 3);
  std::string json = AnalysisToJson(analysis);
  Check(json.size() >= 2 && json.front() == '{' && json.back() == '}');
  return 0;
}
