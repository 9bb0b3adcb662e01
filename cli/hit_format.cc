#include "hit_format.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "vietnam_time.h"

namespace dxnews::cli {
namespace {

constexpr char kBold[] = "\x1b[1m";
constexpr char kPlain[] = "\x1b[0m";

std::string EscapeHtml(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string Date(const index::SearchHit& hit) {
  return hit.published ? FormatVietnamTime(*hit.published).substr(0, 10) : std::string();
}

std::string CsvField(const std::string& value) {
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Joined(const std::vector<std::string>& values, const char* separator) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : separator) + v;
  return out;
}

nlohmann::ordered_json FacetJson(const std::vector<index::FacetCount>& counts) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const index::FacetCount& c : counts) out.push_back({{"value", c.value}, {"count", c.count}});
  return out;
}

void AppendFacetLine(const char* name, const std::vector<index::FacetCount>& counts, std::string* out) {
  if (counts.empty()) return;
  *out += std::string("  ") + name + ": ";
  for (size_t i = 0; i < counts.size() && i < 10; ++i) {
    *out += (i > 0 ? ", " : "") + counts[i].value + " (" + std::to_string(counts[i].count) + ")";
  }
  *out += '\n';
}

}  // namespace

std::string MarkSnippet(const index::Snippet& snippet, const std::string& open, const std::string& close) {
  std::string out;
  size_t at = 0;
  for (const index::HighlightSpan& span : snippet.highlights) {
    if (span.begin < at || span.end > snippet.text.size()) continue;  // overlapping or out of range
    out.append(snippet.text, at, span.begin - at);
    out += open;
    out.append(snippet.text, span.begin, span.end - span.begin);
    out += close;
    at = span.end;
  }
  out.append(snippet.text, at, std::string::npos);
  return out;
}

std::string SnippetHtml(const index::Snippet& snippet) {
  std::string out;
  size_t at = 0;
  for (const index::HighlightSpan& span : snippet.highlights) {
    if (span.begin < at || span.end > snippet.text.size()) continue;  // overlapping or out of range
    out += EscapeHtml(std::string_view(snippet.text).substr(at, span.begin - at));
    out += "<mark>" + EscapeHtml(std::string_view(snippet.text).substr(span.begin, span.end - span.begin)) + "</mark>";
    at = span.end;
  }
  out += EscapeHtml(std::string_view(snippet.text).substr(at));
  return out;
}

std::string FormatResultsText(const index::SearchResults& results, int offset, bool bold) {
  std::string out;
  if (!results.did_you_mean.empty()) out += "Did you mean: " + results.did_you_mean + "\n";
  out += "About " + std::to_string(results.total) + " result" + (results.total == 1 ? "" : "s") + "\n";
  int number = offset;
  for (const index::SearchHit& hit : results.hits) {
    out += "\n" + std::to_string(++number) + ". " + (bold ? kBold + hit.title + kPlain : hit.title) + "\n   ";
    std::string meta = hit.source;
    for (const std::string& part : {Date(hit), hit.province}) {
      if (!part.empty()) meta += (meta.empty() ? "" : " · ") + part;
    }
    if (hit.cluster_size > 1) {
      meta += " · +" + std::to_string(hit.cluster_size - 1) + " in the same story";
      if (!hit.other_sources.empty()) meta += ": " + Joined(hit.other_sources, ", ");
    }
    out += meta + " · id " + std::to_string(hit.id) + "\n   " + hit.url + "\n";
    if (!hit.snippet.text.empty()) {
      out += "   " + (bold ? MarkSnippet(hit.snippet, kBold, kPlain) : MarkSnippet(hit.snippet, "", "")) + "\n";
    }
  }
  if (results.facets) {
    out += "\nFacets:\n";
    AppendFacetLine("province", results.facets->provinces, &out);
    AppendFacetLine("source", results.facets->sources, &out);
    AppendFacetLine("theme", results.facets->themes, &out);
    AppendFacetLine("official", results.facets->officials, &out);
    AppendFacetLine("month", results.facets->months, &out);
  }
  return out;
}

std::string ResultsToJson(const index::SearchResults& results) {
  nlohmann::ordered_json hits = nlohmann::ordered_json::array();
  for (const index::SearchHit& hit : results.hits) {
    nlohmann::ordered_json highlights = nlohmann::ordered_json::array();
    for (const index::HighlightSpan& span : hit.snippet.highlights) highlights.push_back({span.begin, span.end});
    hits.push_back({{"id", hit.id},
                    {"url", hit.url},
                    {"title", hit.title},
                    {"source", hit.source},
                    {"province", hit.province},
                    {"published", hit.published ? nlohmann::ordered_json(FormatVietnamTime(*hit.published)) : nlohmann::ordered_json()},
                    {"snippet", hit.snippet.text},
                    {"highlights", highlights},
                    {"snippet_html", SnippetHtml(hit.snippet)},
                    {"score", hit.score},
                    {"cluster", hit.cluster ? nlohmann::ordered_json(*hit.cluster) : nlohmann::ordered_json()},
                    {"cluster_size", hit.cluster_size},
                    {"other_sources", hit.other_sources}});
  }
  nlohmann::ordered_json out;
  out["total"] = results.total;
  out["did_you_mean"] = results.did_you_mean.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(results.did_you_mean);
  out["hits"] = hits;
  if (results.facets) {
    out["facets"] = {{"province", FacetJson(results.facets->provinces)},
                     {"source", FacetJson(results.facets->sources)},
                     {"theme", FacetJson(results.facets->themes)},
                     {"official", FacetJson(results.facets->officials)},
                     {"month", FacetJson(results.facets->months)}};
  }
  return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string ResultsToCsv(const index::SearchResults& results) {
  std::string out = "id,published,source,province,title,url,score,cluster_size,snippet\n";
  for (const index::SearchHit& hit : results.hits) {
    char score[32];
    std::snprintf(score, sizeof score, "%.4f", hit.score);
    out += std::to_string(hit.id) + "," + Date(hit) + "," + CsvField(hit.source) + "," + CsvField(hit.province) + "," +
           CsvField(hit.title) + "," + CsvField(hit.url) + "," + score + "," + std::to_string(hit.cluster_size) + "," +
           CsvField(hit.snippet.text) + "\n";
  }
  return out;
}

}  // namespace dxnews::cli
