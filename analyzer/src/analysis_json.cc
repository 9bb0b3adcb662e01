#include "dxnews/analyzer/analysis_json.h"

#include <nlohmann/json.hpp>

namespace dxnews::analyzer {
namespace {

using json = nlohmann::ordered_json;

json People(const std::vector<PersonMention>& people) {
  json out = json::array();
  for (const PersonMention& p : people) {
    out.push_back({{"name", p.name},
                   {"titles", p.titles},
                   {"organization", p.organization},
                   {"province", p.province.empty() ? json() : json(p.province)},
                   {"mentions", p.mentions}});
  }
  return out;
}

json Documents(const std::vector<DocumentMention>& documents) {
  json out = json::array();
  for (const DocumentMention& d : documents) {
    out.push_back({{"number", d.number},
                   {"type", d.type.empty() ? json() : json(d.type)},
                   {"type_code", d.type_code},
                   {"issuer", d.issuer.empty() ? json() : json(d.issuer)},
                   {"date", d.date ? json(ToIso(*d.date)) : json()},
                   {"shorthand", d.shorthand},
                   {"mentions", d.mentions}});
  }
  return out;
}

json Dates(const std::vector<DateMention>& dates, const std::string& text) {
  static constexpr const char* kPrecision[] = {"day", "month", "year"};
  json out = json::array();
  for (const DateMention& m : dates) {
    out.push_back({{"date", ToIso(m.date)},
                   {"precision", kPrecision[m.precision]},
                   {"part_of_day", m.part_of_day},
                   {"time", m.time},
                   {"year_inferred", m.year_inferred},
                   {"relative", m.relative},
                   {"recurring", m.recurring},
                   {"text", text.substr(m.begin, m.end - m.begin)}});
  }
  return out;
}

json Places(const std::vector<PlaceMention>& places) {
  json out = json::array();
  for (const PlaceMention& p : places) {
    out.push_back({{"id", p.old_id},
                   {"name", p.name},
                   {"new_id", p.new_id},
                   {"name_after_2025", p.name_after_2025},
                   {"mentions", p.mentions}});
  }
  return out;
}

json Themes(const std::vector<ThemeScore>& themes) {
  json out = json::array();
  for (const ThemeScore& t : themes) {
    json evidence = json::array();
    for (const ThemeEvidence& e : t.evidence) evidence.push_back({{"term", e.term}, {"count", e.count}});
    out.push_back({{"id", t.id}, {"score", t.score}, {"primary", t.primary}, {"evidence", evidence}});
  }
  return out;
}

json Events(const std::vector<EventMention>& events) {
  json out = json::array();
  for (const EventMention& e : events) {
    out.push_back({{"type", e.type},
                   {"name", e.name.empty() ? json() : json(e.name)},
                   {"date", e.date ? json(ToIso(*e.date)) : json()},
                   {"end_date", e.end_date ? json(ToIso(*e.end_date)) : json()},
                   {"place", e.place_id.empty() ? json() : json(e.place_id)},
                   {"participants", e.participants}});
  }
  return out;
}

json Keywords(const std::vector<Keyword>& keywords) {
  json out = json::array();
  for (const Keyword& k : keywords) out.push_back({{"word", k.word}, {"score", k.score}});
  return out;
}

}  // namespace

std::string AnalysisToJson(const ArticleAnalysis& analysis, int indent) {
  json province;
  if (analysis.province) {
    const MainProvince& p = *analysis.province;
    province = {{"id", p.id}, {"name", p.name}, {"new_id", p.new_id}, {"name_after_2025", p.name_after_2025}};
  }
  json out = {{"officials", People(analysis.officials)},
              {"executives", People(analysis.executives)},
              {"documents", Documents(analysis.documents)},
              {"dates", Dates(analysis.dates, analysis.text)},
              {"places", Places(analysis.places)},
              {"province", province},
              {"themes", Themes(analysis.themes)},
              {"events", Events(analysis.events)},
              {"keywords", Keywords(analysis.keywords)},
              {"summary", analysis.summary}};
  return out.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace dxnews::analyzer
