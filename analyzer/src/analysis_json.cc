#include "dxnews/analyzer/analysis_json.h"

#include <nlohmann/json.hpp>

#include <exception>

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
              {"about_dx", analysis.about_dx},
              {"themes", Themes(analysis.themes)},
              {"events", Events(analysis.events)},
              {"keywords", Keywords(analysis.keywords)},
              {"summary", analysis.summary}};
  return out.dump(indent, ' ', false, json::error_handler_t::replace);
}

namespace {

std::string StringOr(const json& object, const char* key) {
  auto it = object.find(key);
  return it == object.end() || it->is_null() ? std::string() : it->get<std::string>();
}

std::optional<CivilDate> DateOr(const json& object, const char* key) {
  std::string text = StringOr(object, key);
  if (text.empty()) return std::nullopt;
  std::optional<CivilDate> date = ParseCivilDate(text);
  if (!date) throw std::invalid_argument(std::string(key) + " is not a date: " + text);
  return date;
}

std::vector<PersonMention> ReadPeople(const json& array, bool executive) {
  std::vector<PersonMention> people;
  for (const json& p : array) {
    PersonMention person;
    person.name = StringOr(p, "name");
    person.titles = p.value("titles", std::vector<std::string>());
    person.organization = StringOr(p, "organization");
    person.province = StringOr(p, "province");
    person.mentions = p.value("mentions", 0);
    person.executive = executive;
    people.push_back(std::move(person));
  }
  return people;
}

ArticleAnalysis ReadAnalysis(const json& in) {
  if (!in.is_object()) throw std::invalid_argument("not a JSON object");
  ArticleAnalysis out;
  out.officials = ReadPeople(in.at("officials"), false);
  out.executives = ReadPeople(in.value("executives", json::array()), true);
  for (const json& d : in.at("documents")) {
    DocumentMention document;
    document.number = StringOr(d, "number");
    document.type = StringOr(d, "type");
    document.type_code = StringOr(d, "type_code");
    document.issuer = StringOr(d, "issuer");
    document.date = DateOr(d, "date");
    document.shorthand = d.value("shorthand", false);
    document.mentions = d.value("mentions", 0);
    out.documents.push_back(std::move(document));
  }
  static constexpr const char* kPrecision[] = {"day", "month", "year"};
  for (const json& d : in.value("dates", json::array())) {
    DateMention date;
    date.date = DateOr(d, "date").value_or(CivilDate{});
    std::string precision = StringOr(d, "precision");
    for (int i = 0; i < 3; ++i) {
      if (precision == kPrecision[i]) date.precision = static_cast<DateMention::Precision>(i);
    }
    date.part_of_day = StringOr(d, "part_of_day");
    date.time = StringOr(d, "time");
    date.year_inferred = d.value("year_inferred", false);
    date.relative = d.value("relative", false);
    date.recurring = d.value("recurring", false);
    out.dates.push_back(std::move(date));
  }
  for (const json& p : in.at("places")) {
    PlaceMention place;
    place.old_id = StringOr(p, "id");
    place.name = StringOr(p, "name");
    place.new_id = StringOr(p, "new_id");
    place.name_after_2025 = StringOr(p, "name_after_2025");
    place.mentions = p.value("mentions", 0);
    out.places.push_back(std::move(place));
  }
  const json& province = in.at("province");
  if (!province.is_null()) {
    out.province = MainProvince{StringOr(province, "id"), StringOr(province, "name"), StringOr(province, "new_id"),
                                StringOr(province, "name_after_2025")};
  }
  out.about_dx = in.value("about_dx", false);
  for (const json& t : in.at("themes")) {
    ThemeScore theme;
    theme.id = StringOr(t, "id");
    theme.score = t.value("score", 0.0);
    theme.primary = t.value("primary", false);
    for (const json& e : t.value("evidence", json::array())) {
      theme.evidence.push_back({StringOr(e, "term"), e.value("count", 0)});
    }
    out.themes.push_back(std::move(theme));
  }
  for (const json& e : in.at("events")) {
    EventMention event;
    event.type = StringOr(e, "type");
    event.name = StringOr(e, "name");
    event.date = DateOr(e, "date");
    event.end_date = DateOr(e, "end_date");
    event.place_id = StringOr(e, "place");
    event.participants = e.value("participants", std::vector<std::string>());
    out.events.push_back(std::move(event));
  }
  for (const json& k : in.value("keywords", json::array())) {
    out.keywords.push_back({StringOr(k, "word"), k.value("score", 0.0)});
  }
  out.summary = StringOr(in, "summary");
  return out;
}

}  // namespace

Result<ArticleAnalysis> AnalysisFromJson(std::string_view text) {
  try {
    return ReadAnalysis(json::parse(text));
  } catch (const std::exception& error) {
    return Status::InvalidInput(std::string("stored analysis: ") + error.what());
  }
}

std::optional<bool> AboutDxInJson(std::string_view json) {
  static constexpr std::string_view kKey = "\"about_dx\"";
  size_t at = json.find(kKey);
  if (at == std::string_view::npos) return std::nullopt;
  at += kKey.size();
  auto skip_spaces = [&] {
    while (at < json.size() && (json[at] == ' ' || json[at] == '\n' || json[at] == '\t' || json[at] == '\r')) ++at;
  };
  skip_spaces();
  if (at >= json.size() || json[at] != ':') return std::nullopt;
  ++at;
  skip_spaces();
  if (json.substr(at, 4) == "true") return true;
  if (json.substr(at, 5) == "false") return false;
  return std::nullopt;
}

}  // namespace dxnews::analyzer
