// Developer tool: runs the document, date, place and official extractors and the theme
// classifier over corpus files in the CP_Vietnamese-UNC format ("# doc_id = ...", "# url = ...",
// "# date = YYYYMMDD" header lines, then the title and one sentence per line) and prints one
// JSON line per file (events, keywords and a summary included), for bench/score_extraction.py. Usage: extract_dev FILE...
#include <algorithm>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "dxnews/analyzer/date_extractor.h"
#include "dxnews/analyzer/document_extractor.h"
#include "dxnews/analyzer/event_extractor.h"
#include "dxnews/analyzer/keyword_extractor.h"
#include "dxnews/analyzer/official_extractor.h"
#include "dxnews/analyzer/place_extractor.h"
#include "dxnews/analyzer/sentence_splitter.h"
#include "dxnews/analyzer/summarizer.h"
#include "dxnews/analyzer/theme_classifier.h"
#include "dxnews/analyzer/tokenizer.h"

namespace {

using dxnews::analyzer::CivilDate;

struct CorpusDoc {
  std::string doc_id;
  CivilDate published;
  std::string text;
};

bool ReadCorpusDoc(const std::string& path, CorpusDoc* doc) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("# doc_id = ", 0) == 0) {
      doc->doc_id = line.substr(11);
    } else if (line.rfind("# date = ", 0) == 0 && line.size() >= 17) {
      doc->published = CivilDate{std::stoi(line.substr(9, 4)), std::stoi(line.substr(13, 2)),
                                 std::stoi(line.substr(15, 2))};
    } else if (line.rfind("# ", 0) != 0) {
      doc->text += line;
      doc->text += '\n';
    }
  }
  return true;
}

/// Places (with their pre- and post-2025 names), the main province and the themes. The title
/// is the first text line of the file.
void AddPlacesAndThemes(const CorpusDoc& doc, const std::vector<dxnews::analyzer::Token>& tokens,
                        nlohmann::json* out) {
  using dxnews::analyzer::PlaceMatcher;
  using dxnews::analyzer::ThemeClassifier;
  static const PlaceMatcher* places = [] {
    auto registry = dxnews::analyzer::ProvinceRegistry::LoadBuiltin();
    return registry.ok() ? new PlaceMatcher(registry.value()) : nullptr;
  }();
  static const ThemeClassifier* themes = [] {
    auto classifier = ThemeClassifier::LoadBuiltin();
    return classifier.ok() ? new ThemeClassifier(std::move(classifier).value()) : nullptr;
  }();
  const size_t title_end = std::min(doc.text.find('\n'), doc.text.size());
  (*out)["places"] = nlohmann::json::array();
  if (places != nullptr) {
    for (const auto& p : places->Extract(doc.text, tokens)) {
      (*out)["places"].push_back({{"old_id", p.old_id}, {"name", p.name}, {"new_id", p.new_id},
                                  {"name_after_2025", p.name_after_2025}, {"mentions", p.mentions}});
    }
    const std::string main = places->MainProvince(doc.text, tokens, {title_end, 0});
    (*out)["province"] = main.empty() ? nlohmann::json() : nlohmann::json(main);
  }
  (*out)["themes"] = nlohmann::json::array();
  if (themes == nullptr) return;
  const std::string_view text(doc.text);
  const auto title_tokens = dxnews::analyzer::Tokenize(text.substr(0, title_end));
  const auto body_tokens = dxnews::analyzer::Tokenize(text.substr(title_end));
  for (const auto& t : themes->Classify(text.substr(0, title_end), title_tokens,
                                        text.substr(title_end), body_tokens)) {
    nlohmann::json evidence = nlohmann::json::object();
    for (const auto& e : t.evidence) evidence[e.term] = e.count;
    (*out)["themes"].push_back(
        {{"id", t.id}, {"score", t.score}, {"primary", t.primary}, {"evidence", evidence}});
  }
}

nlohmann::json PeopleJson(const std::vector<dxnews::analyzer::PersonMention>& people) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& p : people) {
    out.push_back({{"name", p.name},
                   {"titles", p.titles},
                   {"organization", p.organization},
                   {"province", p.province},
                   {"mentions", p.mentions}});
  }
  return out;
}

/// Adds "events" (type, name, date, end_date, place_id, participants) to *out.
void AddEvents(const CorpusDoc& doc, const std::vector<dxnews::analyzer::Token>& tokens,
               const std::vector<dxnews::analyzer::Sentence>& sentences,
               const std::vector<dxnews::analyzer::PersonMention>& officials, nlohmann::json* out) {
  static const dxnews::analyzer::PlaceMatcher* places = [] {
    auto registry = dxnews::analyzer::ProvinceRegistry::LoadBuiltin();
    return registry.ok() ? new dxnews::analyzer::PlaceMatcher(registry.value()) : nullptr;
  }();
  if (places == nullptr) return;
  const auto dates = dxnews::analyzer::ExtractDates(doc.text, tokens, doc.published);
  (*out)["events"] = nlohmann::json::array();
  for (const auto& e : dxnews::analyzer::ExtractEvents(doc.text, tokens, sentences, dates,
                                                       places->FindAll(doc.text, tokens), officials)) {
    (*out)["events"].push_back({{"type", e.type},
                                {"name", e.name},
                                {"date", e.date ? ToIso(*e.date) : std::string()},
                                {"end_date", e.end_date ? ToIso(*e.end_date) : std::string()},
                                {"place_id", e.place_id},
                                {"participants", e.participants}});
  }
}

/// Adds "officials", "executives" and "events" to *out.
void AddOfficialsAndEvents(const CorpusDoc& doc, const std::vector<dxnews::analyzer::Token>& tokens,
                           nlohmann::json* out) {
  static const auto extractor = dxnews::analyzer::OfficialExtractor::LoadBuiltin();
  if (!extractor.ok()) {
    std::cerr << "extract_dev: " << extractor.status().ToString() << "\n";
    return;
  }
  const auto sentences = dxnews::analyzer::SplitSentences(doc.text, tokens);
  const auto found = extractor.value().Extract(doc.text, tokens, sentences);
  (*out)["officials"] = PeopleJson(found.officials);
  (*out)["executives"] = PeopleJson(found.executives);
  AddEvents(doc, tokens, sentences, found.officials, out);
}

/// Adds "keywords" ([word, score] pairs, best first) and "summary" to *out.
void AddKeywordsAndSummary(const CorpusDoc& doc, const std::vector<dxnews::analyzer::Token>& tokens,
                           nlohmann::json* out) {
  static const auto segmenter = dxnews::analyzer::Segmenter::LoadBuiltin();
  if (!segmenter.ok()) return;
  const auto sentences = dxnews::analyzer::SplitSentences(doc.text, tokens);
  const auto joins = dxnews::analyzer::SegmentText(segmenter.value(), doc.text, tokens, sentences);
  const auto keywords = dxnews::analyzer::ExtractKeywords(doc.text, tokens, joins, 10);
  (*out)["keywords"] = nlohmann::json::array();
  for (const auto& k : keywords) (*out)["keywords"].push_back({k.word, k.score});
  (*out)["summary"] = dxnews::analyzer::Summarize(doc.text, sentences, keywords);
}

nlohmann::json Analyze(const CorpusDoc& doc) {
  const auto tokens = dxnews::analyzer::Tokenize(doc.text);
  nlohmann::json out = {
      {"doc_id", doc.doc_id}, {"documents", nlohmann::json::array()}, {"dates", nlohmann::json::array()}};
  for (const auto& d : dxnews::analyzer::ExtractDocuments(doc.text, tokens)) {
    out["documents"].push_back({{"number", d.number},
                                {"type", d.type},
                                {"type_code", d.type_code},
                                {"issuer", d.issuer},
                                {"shorthand", d.shorthand},
                                {"mentions", d.mentions},
                                {"date", d.date ? ToIso(*d.date) : std::string()}});
  }
  for (const auto& m : dxnews::analyzer::ExtractDates(doc.text, tokens, doc.published)) {
    static constexpr const char* kPrecision[] = {"day", "month", "year"};
    out["dates"].push_back({{"date", ToIso(m.date)},
                            {"precision", kPrecision[m.precision]},
                            {"part_of_day", m.part_of_day},
                            {"time", m.time},
                            {"year_inferred", m.year_inferred},
                            {"relative", m.relative},
                            {"recurring", m.recurring},
                            {"text", doc.text.substr(m.begin, m.end - m.begin)}});
  }
  AddPlacesAndThemes(doc, tokens, &out);
  AddOfficialsAndEvents(doc, tokens, &out);
  AddKeywordsAndSummary(doc, tokens, &out);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: extract_dev FILE...\n";
    return 2;
  }
  int status = 0;
  for (int i = 1; i < argc; ++i) {
    CorpusDoc doc;
    if (!ReadCorpusDoc(argv[i], &doc)) {
      std::cerr << "extract_dev: cannot read " << argv[i] << "\n";
      status = 1;
      continue;
    }
    std::cout << Analyze(doc).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  return status;
}
