#include <nlohmann/json.hpp>

#include "dxnews/report/digest_format.h"

namespace dxnews::report {
namespace {

using json = nlohmann::ordered_json;

json FigureJson(const Figure& f) {
  return {{"current", f.current}, {"previous", f.previous}, {"change", f.current - f.previous}};
}

json CopyJson(const ArticleRef& c) {
  return {{"id", c.id}, {"source", c.source_name}, {"url", c.url}, {"title", c.title},
          {"date", analyzer::ToIso(c.day)}};
}

json PeriodJson(const Period& p) {
  return {{"from", analyzer::ToIso(p.first)}, {"to", analyzer::ToIso(p.last)}, {"label", PeriodLabel(p)}};
}

}  // namespace

std::string DigestToJson(const Digest& d) {
  json out;
  out["period"] = PeriodJson(d.period);
  out["period"]["previous"] = PeriodJson(d.previous_period);
  out["filter"] = d.filter;
  out["totals"] = {{"articles", FigureJson(d.articles)},
                   {"outlets", FigureJson(d.outlets)},
                   {"provinces", FigureJson(d.provinces)}};
  json stories = json::array();
  for (const TopStory& s : d.top_stories) {
    json copies = json::array();
    for (const ArticleRef& c : s.copies) copies.push_back(CopyJson(c));
    stories.push_back({{"cluster", s.cluster}, {"title", s.title}, {"summary", s.summary},
                       {"date", analyzer::ToIso(s.day)}, {"outlets", s.outlets}, {"copies", copies}});
  }
  out["top_stories"] = stories;
  json themes = json::array();
  for (const ThemeShare& t : d.themes) {
    themes.push_back({{"id", t.id}, {"label", t.label}, {"articles", t.articles}, {"share", t.share},
                      {"previous_articles", t.previous_articles}, {"previous_share", t.previous_share}});
  }
  out["themes"] = themes;
  json rising = json::array();
  for (const RisingTerm& r : d.rising_terms) {
    rising.push_back({{"term", r.term}, {"articles", r.count}, {"reference_articles", r.reference_count},
                      {"log_likelihood", r.g2}});
  }
  out["rising_terms"] = rising;
  json officials = json::array();
  for (const OfficialListing& o : d.officials) {
    officials.push_back({{"name", o.name}, {"titles", o.titles}, {"articles", o.articles},
                         {"stories", o.stories}, {"first_seen", analyzer::ToIso(o.first_seen)},
                         {"last_seen", analyzer::ToIso(o.last_seen)}, {"example", CopyJson(o.refs.front())}});
  }
  out["officials"] = officials;
  json events = json::array();
  for (const EventListing& e : d.events) {
    events.push_back({{"date", analyzer::ToIso(e.day)}, {"type", e.type}, {"name", e.name},
                      {"place", e.place}, {"participants", e.participants}, {"article", CopyJson(e.refs.front())}});
  }
  out["events"] = events;
  json documents = json::array();
  for (const DocumentListing& doc : d.documents) {
    documents.push_back({{"number", doc.number}, {"type", doc.type}, {"issuer", doc.issuer},
                         {"articles", doc.articles}, {"stories", doc.stories}});
  }
  out["documents"] = documents;
  json covered = json::array();
  for (const ProvinceCoverage& p : d.provinces_covered) {
    covered.push_back({{"id", p.id}, {"name", p.name}, {"former_names", p.former_names},
                       {"articles", FigureJson(p.articles)}});
  }
  out["provinces"] = {{"covered", covered}, {"without_coverage", d.provinces_without_coverage}};
  json daily = json::array();
  for (const DayCount& day : d.daily) daily.push_back({{"date", analyzer::ToIso(day.day)}, {"articles", day.articles}});
  out["daily"] = daily;
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string Change(std::int64_t current, std::int64_t previous) {
  std::int64_t delta = current - previous;
  if (delta == 0) return "±0";
  return (delta > 0 ? "+" : "") + std::to_string(delta);
}

}  // namespace dxnews::report
