#include "dxnews/index/synonyms.h"

#include "builtin_synonyms.h"
#include "dxnews/index/term_mapper.h"

namespace dxnews::index {
namespace {

Synonyms::Form ToForm(const TermMapper& mapper, std::string_view text) {
  Synonyms::Form form;
  for (const IndexTerm& term : mapper.Map(text)) {
    if (term.kind == TermKind::kWordExact) form.push_back({term.text, term.text});
    if (term.kind == TermKind::kWordFolded) form.back().folded = term.text;
  }
  return form;
}

bool WordMatches(const Synonyms::Word& query, const Synonyms::Word& form) {
  return query.exact == form.exact || (query.exact == query.folded && query.folded == form.folded);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

Result<Synonyms> Synonyms::LoadBuiltin(const TermMapper& mapper) {
  return Parse(BuiltinSynonyms(), "synonyms.txt", mapper);
}

Result<Synonyms> Synonyms::Parse(std::string_view text, const std::string& name, const TermMapper& mapper) {
  Synonyms synonyms;
  size_t line_number = 0;
  while (!text.empty()) {
    size_t newline = text.find('\n');
    std::string_view line = Trim(text.substr(0, newline));
    text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    std::vector<Form> group;
    while (true) {
      size_t bar = line.find('|');
      Form form = ToForm(mapper, Trim(line.substr(0, bar)));
      if (!form.empty()) group.push_back(std::move(form));
      if (bar == std::string_view::npos) break;
      line = line.substr(bar + 1);
    }
    if (group.size() < 2) {
      return Status::InvalidInput(name + ":" + std::to_string(line_number) + ": a group needs two forms or more");
    }
    synonyms.groups_.push_back(std::move(group));
  }
  return synonyms;
}

std::optional<Synonyms::Match> Synonyms::MatchAt(const std::vector<Word>& words, size_t at) const {
  std::optional<Match> best;
  for (size_t g = 0; g < groups_.size(); ++g) {
    for (const Form& form : groups_[g]) {
      if (at + form.size() > words.size() || (best && best->length >= form.size())) continue;
      bool all = true;
      for (size_t i = 0; i < form.size() && all; ++i) all = WordMatches(words[at + i], form[i]);
      if (all) best = Match{g, form.size()};
    }
  }
  return best;
}

}  // namespace dxnews::index
