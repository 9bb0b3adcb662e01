// The built-in document-frequency table and stop-word list, parsed once on first use into
// immutable maps (thread-safe static initialisation).
#include <charconv>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "builtin_keywords.h"
#include "dxnews/analyzer/keyword_extractor.h"

namespace dxnews::analyzer {
namespace {

struct DfTable {
  int docs = 0;
  std::unordered_map<std::string, int> df;
};

int ParseInt(std::string_view s) {
  int value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

DfTable ParseDfTable(std::string_view text) {
  DfTable table;
  while (!text.empty()) {
    const size_t eol = std::min(text.find('\n'), text.size());
    const std::string_view line = text.substr(0, eol);
    text.remove_prefix(std::min(eol + 1, text.size()));
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    if (line.substr(0, tab) == "# docs") {
      table.docs = ParseInt(line.substr(tab + 1));
    } else {
      table.df.emplace(std::string(line.substr(0, tab)), ParseInt(line.substr(tab + 1)));
    }
  }
  return table;
}

std::unordered_set<std::string> ParseStopWords(std::string_view text) {
  std::unordered_set<std::string> words;
  while (!text.empty()) {
    const size_t eol = std::min(text.find('\n'), text.size());
    std::string_view line = text.substr(0, eol);
    text.remove_prefix(std::min(eol + 1, text.size()));
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    if (!line.empty() && line[0] != '#') words.emplace(line);
  }
  return words;
}

const DfTable& Table() {
  static const DfTable kTable = ParseDfTable(BuiltinDfTable());
  return kTable;
}

}  // namespace

bool IsStopWord(std::string_view word) {
  static const std::unordered_set<std::string> kStopWords = ParseStopWords(BuiltinStopWords());
  return kStopWords.count(std::string(word)) > 0;
}

int DocumentFrequency(std::string_view word) {
  const auto& df = Table().df;
  const auto it = df.find(std::string(word));
  return it == df.end() ? 0 : it->second;
}

int DocumentCount() { return Table().docs; }

}  // namespace dxnews::analyzer
