#include "human_analysis.h"

#include <iomanip>
#include <ostream>
#include <string>
#include <vector>

namespace dxnews::cli {
namespace {

std::string Join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

void PrintPeople(const char* heading, const std::vector<analyzer::PersonMention>& people, std::ostream& out) {
  if (people.empty()) return;
  out << heading << ":\n";
  for (const auto& p : people) {
    out << "  " << p.name;
    if (!p.titles.empty()) out << " — " << Join(p.titles, "; ");
    out << " (" << p.mentions << "×)\n";
  }
}

void PrintThemes(const std::vector<analyzer::ThemeScore>& themes, std::ostream& out) {
  if (themes.empty()) return;
  out << "Themes:\n";
  for (const auto& t : themes) {
    out << "  " << (t.primary ? "* " : "  ") << std::left << std::setw(24) << t.id << std::fixed
        << std::setprecision(2) << t.score;
    std::vector<std::string> evidence;
    for (const auto& e : t.evidence) evidence.push_back(e.term + " ×" + std::to_string(e.count));
    out << "  " << Join(evidence, ", ") << '\n';
  }
}

void PrintDocuments(const std::vector<analyzer::DocumentMention>& documents, std::ostream& out) {
  if (documents.empty()) return;
  out << "Documents:\n";
  for (const auto& d : documents) {
    out << "  " << d.number;
    if (!d.type.empty()) out << " — " << d.type;
    if (!d.issuer.empty()) out << ", " << d.issuer;
    if (d.date) out << ", " << analyzer::ToIso(*d.date);
    out << '\n';
  }
}

void PrintDates(const analyzer::ArticleAnalysis& analysis, std::ostream& out) {
  if (analysis.dates.empty()) return;
  out << "Dates:\n";
  for (const auto& d : analysis.dates) {
    out << "  " << analyzer::ToIso(d.date) << "  "
        << analysis.text.substr(d.begin, d.end - d.begin) << (d.recurring ? "  (recurring)" : "") << '\n';
  }
}

void PrintPlaces(const analyzer::ArticleAnalysis& analysis, std::ostream& out) {
  if (analysis.province) {
    out << "Province: " << analysis.province->name;
    if (analysis.province->name_after_2025 != analysis.province->name) {
      out << " (from 1/7/2025: " << analysis.province->name_after_2025 << ")";
    }
    out << '\n';
  } else {
    out << "Province: none (national story)\n";
  }
  if (analysis.places.empty()) return;
  out << "Places:\n";
  for (const auto& p : analysis.places) {
    out << "  " << p.name;
    if (p.name_after_2025 != p.name) out << " -> " << p.name_after_2025;
    out << " (" << p.mentions << "×)\n";
  }
}

void PrintEvents(const std::vector<analyzer::EventMention>& events, std::ostream& out) {
  if (events.empty()) return;
  out << "Events:\n";
  for (const auto& e : events) {
    out << "  " << (e.date ? analyzer::ToIso(*e.date) : std::string("(no date)  "));
    if (e.end_date) out << ".." << analyzer::ToIso(*e.end_date);
    out << "  " << e.type;
    if (!e.name.empty()) out << ": " << e.name;
    if (!e.place_id.empty()) out << " [" << e.place_id << "]";
    if (!e.participants.empty()) out << " — " << Join(e.participants, ", ");
    out << '\n';
  }
}

void PrintKeywordsAndSummary(const analyzer::ArticleAnalysis& analysis, std::ostream& out) {
  if (!analysis.keywords.empty()) {
    std::vector<std::string> words;
    for (const auto& k : analysis.keywords) words.push_back(k.word);
    out << "Keywords: " << Join(words, ", ") << '\n';
  }
  if (!analysis.summary.empty()) out << "Summary: " << analysis.summary << '\n';
}

}  // namespace

void PrintHumanAnalysis(const analyzer::ArticleAnalysis& analysis, std::ostream& out) {
  PrintPlaces(analysis, out);
  PrintThemes(analysis.themes, out);
  PrintPeople("Officials", analysis.officials, out);
  PrintPeople("Executives", analysis.executives, out);
  PrintDocuments(analysis.documents, out);
  PrintDates(analysis, out);
  PrintEvents(analysis.events, out);
  PrintKeywordsAndSummary(analysis, out);
}

}  // namespace dxnews::cli
