#include "did_you_mean.h"

#include "query_builder.h"

namespace dxnews::index::internal {
namespace {

void CollectTexts(const QueryNode& node, std::vector<std::string>* texts) {
  bool text = node.kind == QueryNode::Kind::kText || node.kind == QueryNode::Kind::kPhrase ||
              (node.kind == QueryNode::Kind::kField && node.field == "title");
  if (text && !node.negated) texts->push_back(node.text);
  for (const QueryNode& child : node.children) CollectTexts(child, texts);
}

// "chuyển_đổi_số" -> "chuyển đổi số".
std::string Spaced(std::string word) {
  for (char& c : word) {
    if (c == '_') c = ' ';
  }
  return word;
}

// The most frequent diacritic form of a folded word that is more frequent than the folded
// spelling itself, or "".
std::string BestForm(const Xapian::Database& db, const std::string& folded) {
  std::string best;
  Xapian::doccount best_count = db.get_termfreq(folded);
  for (auto it = db.synonyms_begin(folded); it != db.synonyms_end(folded); ++it) {
    Xapian::doccount count = db.get_termfreq(*it);
    if (count > best_count) {
      best = *it;
      best_count = count;
    }
  }
  return Spaced(best);
}

// True when some article has the word in any form.
bool InIndex(const Xapian::Database& db, const Synonyms::Word& word) {
  const std::pair<TermKind, const std::string*> forms[] = {
      {TermKind::kWordExact, &word.exact},     {TermKind::kWordExact, &word.folded},
      {TermKind::kWordFolded, &word.folded},   {TermKind::kSyllableExact, &word.exact},
      {TermKind::kSyllableExact, &word.folded}, {TermKind::kSyllableFolded, &word.folded}};
  for (const auto& [kind, text] : forms) {
    if (db.term_exists(TermString(TextField::kBody, kind, *text))) return true;
  }
  return false;
}

}  // namespace

std::string SuggestDiacritics(const Xapian::Database& db, const TermMapper& mapper, std::string_view query,
                              const QueryNode& root) {
  std::vector<std::string> texts;
  CollectTexts(root, &texts);
  std::string suggestion(query);
  bool changed = false;
  size_t cursor = 0;
  for (const std::string& text : texts) {
    for (const QueryWord& word : QueryWords(mapper, text)) {
      std::string form;
      if (word.keys.exact == word.keys.folded) form = BestForm(db, word.keys.folded);  // typed without diacritics
      if (form.empty() && !InIndex(db, word.keys)) {
        // Not in any article: a typo? The closest title word, in its usual diacritic form.
        std::string spelling = db.get_spelling_suggestion(word.keys.folded);
        if (!spelling.empty()) form = BestForm(db, spelling);
        if (form.empty()) form = Spaced(spelling);
      }
      if (form.empty()) continue;
      std::string surface = text.substr(word.begin, word.end - word.begin);
      size_t at = suggestion.find(surface, cursor);
      if (at == std::string::npos) continue;
      suggestion.replace(at, surface.size(), form);
      cursor = at + form.size();
      changed = true;
    }
  }
  return changed ? suggestion : std::string();
}

}  // namespace dxnews::index::internal
