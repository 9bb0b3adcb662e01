#include "query_builder.h"

#include <algorithm>

#include "index_schema.h"

namespace dxnews::index::internal {
namespace {

// The most query words KnownJoin tries as one word.
constexpr size_t kMaxJoin = 3;
// The weight of its separate words, as a share, when a run of words also matches as one word.
constexpr double kSplitShare = 0.3;

Xapian::Query Scaled(Xapian::Query query, double factor) {
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, factor);
}

// `share` of the weight of `base`, for the documents that also match `better`.
Xapian::Query Bonus(const Xapian::Query& base, const Xapian::Query& better, double share) {
  return Scaled(Xapian::Query(Xapian::Query::OP_FILTER, base, better), share);
}

Xapian::Query Or(const std::vector<Xapian::Query>& parts) {
  if (parts.size() == 1) return parts.front();
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

Xapian::Query And(const std::vector<Xapian::Query>& parts) {
  if (parts.size() == 1) return parts.front();
  return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

// A word matches in its folded form whether the text wrote it with diacritics (an "XF" term) or
// without (then the exact term is the folded key).
std::vector<Xapian::Query> FoldedTerms(TextField field, const std::string& folded) {
  return {Xapian::Query(TermString(field, TermKind::kWordFolded, folded)),
          Xapian::Query(TermString(field, TermKind::kWordExact, folded))};
}

// The terms of one word position inside a phrase: its folded forms, the only positional terms
// (IndexTerm::positional).
Xapian::Query PhraseSlot(TextField field, const Synonyms::Word& word) { return Or(FoldedTerms(field, word.folded)); }

}  // namespace

std::vector<QueryWord> QueryWords(const TermMapper& mapper, std::string_view text) {
  std::vector<QueryWord> words;
  for (const IndexTerm& term : mapper.Map(text)) {
    switch (term.kind) {
      case TermKind::kWordExact:
        words.push_back({{term.text, term.text}, {}, term.begin, term.end});
        break;
      case TermKind::kWordFolded:
        words.back().keys.folded = term.text;
        break;
      case TermKind::kSyllableExact:
        words.back().syllables.push_back({term.text, term.text});
        break;
      case TermKind::kSyllableFolded:
        // The mapper emits a syllable's folded form just before its exact form.
        words.back().syllables.push_back({"", term.text});
        break;
    }
  }
  // Pair up "folded then exact" syllable entries.
  for (QueryWord& word : words) {
    std::vector<Synonyms::Word> merged;
    for (const Synonyms::Word& s : word.syllables) {
      if (!merged.empty() && merged.back().exact.empty()) {
        merged.back().exact = s.exact;
      } else {
        merged.push_back(s);
      }
    }
    word.syllables = std::move(merged);
  }
  return words;
}

bool QueryBuilder::InIndex(const std::string& term) const { return db_.term_exists(term); }

Xapian::Query QueryBuilder::KeyQuery(KeyField field, const std::string& value) {
  return Scaled(Xapian::Query(KeyTerm(field, value)), 0);
}

Xapian::Query QueryBuilder::DateQuery(std::optional<std::int64_t> from, std::optional<std::int64_t> to) {
  if (from && to) {
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, kSlotPublished,
                         Xapian::sortable_serialise(static_cast<double>(*from)),
                         Xapian::sortable_serialise(static_cast<double>(*to)));
  }
  if (from) {
    return Xapian::Query(Xapian::Query::OP_VALUE_GE, kSlotPublished,
                         Xapian::sortable_serialise(static_cast<double>(*from)));
  }
  return Xapian::Query(Xapian::Query::OP_VALUE_LE, kSlotPublished,
                       Xapian::sortable_serialise(static_cast<double>(to.value_or(0))));
}

Xapian::Query QueryBuilder::Word(const QueryWord& word, TextField field) const {
  const bool plain = word.keys.exact == word.keys.folded;
  const std::string exact = TermString(field, TermKind::kWordExact, word.keys.exact);
  std::vector<Xapian::Query> words = {Xapian::Query(exact)};
  for (const Xapian::Query& q : FoldedTerms(field, word.keys.folded)) {
    if (*q.get_terms_begin() != exact) words.push_back(q);
  }
  std::vector<Xapian::Query> exact_forms = {Xapian::Query(exact)};
  std::vector<Xapian::Query> all = words;
  if (word.syllables.empty()) {
    // A one-syllable word also matches as a syllable of longer words ("số" in "chuyển_đổi_số").
    Xapian::Query syllable(TermString(field, TermKind::kSyllableExact, word.keys.exact));
    exact_forms.push_back(syllable);
    all.push_back(syllable);
    all.emplace_back(TermString(field, TermKind::kSyllableFolded, word.keys.folded));
    if (!plain) all.emplace_back(TermString(field, TermKind::kSyllableExact, word.keys.folded));
  }
  auto synonym = [](const std::vector<Xapian::Query>& q) {
    return q.size() == 1 ? q.front() : Xapian::Query(Xapian::Query::OP_SYNONYM, q.begin(), q.end());
  };
  // The bonuses are a share of the base weight, given when a better form matches (OP_FILTER
  // keeps the base's weight): their own idf would let a rare folded form outweigh them.
  Xapian::Query base = synonym(all);
  std::vector<Xapian::Query> parts = {base};
  if (all.size() > words.size()) parts.push_back(Bonus(base, synonym(words), kWordBonus));
  if (!plain) parts.push_back(Bonus(base, synonym(exact_forms), kExactBonus));
  if (word.syllables.empty()) return Or(parts);
  // A multi-syllable word is a word, not an OR of its (common) syllables. Only when the index has
  // it in neither form do its syllables have to match, all of them.
  bool known = InIndex(exact) || InIndex(TermString(field, TermKind::kWordFolded, word.keys.folded)) ||
               InIndex(TermString(field, TermKind::kWordExact, word.keys.folded));
  if (known) return Or(parts);
  std::vector<Xapian::Query> syllables;
  for (const Synonyms::Word& s : word.syllables) {
    QueryWord single;
    single.keys = s;
    syllables.push_back(Word(single, field));
  }
  return And(syllables);
}

// Text typed without diacritics is segmented by what the segmenter knows of folded text, which
// misses some of the long words that the articles' own text was segmented into: "cach mang
// cong nghiep" gives "cach_mang cong_nghiep" where the articles have "cách_mạng_công_nghiệp". The
// words [first, first + count), all typed without diacritics, as the one word their joined form
// is, when the index has that word; nullopt otherwise.
std::optional<QueryWord> QueryBuilder::KnownJoin(const std::vector<QueryWord>& words, size_t first, size_t count,
                                                 TextField field) const {
  QueryWord joined;
  for (size_t i = first; i < first + count; ++i) {
    const QueryWord& word = words[i];
    if (word.keys.exact != word.keys.folded) return std::nullopt;
    if (i > first) joined.keys.folded += '_';
    joined.keys.folded += word.keys.folded;
    if (word.syllables.empty()) {
      joined.syllables.push_back(word.keys);
    } else {
      joined.syllables.insert(joined.syllables.end(), word.syllables.begin(), word.syllables.end());
    }
  }
  joined.keys.exact = joined.keys.folded;
  joined.begin = words[first].begin;
  joined.end = words[first + count - 1].end;
  if (!InIndex(TermString(field, TermKind::kWordFolded, joined.keys.folded)) &&
      !InIndex(TermString(field, TermKind::kWordExact, joined.keys.folded))) {
    return std::nullopt;
  }
  return joined;
}

Xapian::Query QueryBuilder::FormQuery(const Synonyms::Form& form, TextField field) const {
  if (form.size() == 1) {
    QueryWord word;
    word.keys = form.front();
    return Word(word, field);
  }
  std::vector<Xapian::Query> slots;
  for (const Synonyms::Word& w : form) slots.push_back(PhraseSlot(field, w));
  return Xapian::Query(Xapian::Query::OP_PHRASE, slots.begin(), slots.end(), static_cast<Xapian::termcount>(slots.size()));
}

Xapian::Query QueryBuilder::Text(const std::string& text, TextField field) const {
  std::vector<QueryWord> words = QueryWords(mapper_, text);
  std::vector<Synonyms::Word> keys;
  for (const QueryWord& w : words) keys.push_back(w.keys);
  std::vector<Xapian::Query> parts;
  for (size_t i = 0; i < words.size();) {
    std::optional<Synonyms::Match> match = synonyms_.MatchAt(keys, i);
    if (!match) {
      // The longest run of up to kMaxJoin words that the index knows as one word matches as that
      // word or as its parts.
      size_t count = std::min(kMaxJoin, words.size() - i);
      std::optional<QueryWord> joined;
      for (; count >= 2 && !(joined = KnownJoin(words, i, count, field)); --count) {
      }
      if (!joined) {
        parts.push_back(Word(words[i], field));
        ++i;
        continue;
      }
      std::vector<Xapian::Query> separate;
      for (size_t k = i; k < i + count; ++k) separate.push_back(Word(words[k], field));
      // The joined word is what was meant ("cách mạng công nghiệp"), the parts rank below it.
      parts.push_back(Xapian::Query(Xapian::Query::OP_OR, Word(*joined, field), Scaled(And(separate), kSplitShare)));
      i += count;
      continue;
    }
    std::vector<Xapian::Query> forms;
    for (const Synonyms::Form& form : synonyms_.Forms(match->group)) forms.push_back(FormQuery(form, field));
    parts.push_back(Xapian::Query(Xapian::Query::OP_OR, forms.begin(), forms.end()));
    i += match->length;
  }
  if (parts.empty()) return Xapian::Query::MatchNothing;
  return And(parts);
}

Xapian::Query QueryBuilder::Phrase(const std::string& text, TextField field) const {
  std::vector<QueryWord> words = QueryWords(mapper_, text);
  if (words.empty()) return Xapian::Query::MatchNothing;
  if (words.size() == 1) return Word(words.front(), field);
  std::vector<Xapian::Query> slots, weighted;
  for (const QueryWord& w : words) {
    slots.push_back(PhraseSlot(field, w.keys));
    weighted.push_back(Word(w, field));
  }
  auto window = static_cast<Xapian::termcount>(slots.size());
  Xapian::Query phrase(Xapian::Query::OP_PHRASE, slots.begin(), slots.end(), window);
  // Positions are on folded words only, so the phrase only selects; the weight is that of its
  // words, whose forms share one idf and rank exact diacritics first (Word), so a text written
  // without diacritics does not outweigh the exact phrase through its rarer terms.
  return Xapian::Query(Xapian::Query::OP_FILTER, And(weighted), phrase);
}

Xapian::Query QueryBuilder::Field(const QueryNode& node) const {
  if (node.field == "title") {
    return node.phrase ? Phrase(node.text, TextField::kTitle) : Text(node.text, TextField::kTitle);
  }
  static const std::pair<const char*, KeyField> kFields[] = {
      {"source", KeyField::kSource}, {"province", KeyField::kProvince}, {"theme", KeyField::kTheme},
      {"official", KeyField::kOfficial}, {"doc", KeyField::kDocument}, {"author", KeyField::kAuthor},
      {"event", KeyField::kEvent}};
  for (const auto& [name, field] : kFields) {
    if (node.field == name) return KeyQuery(field, node.text);
  }
  return Xapian::Query::MatchNothing;  // the parser accepts only known fields
}

Xapian::Query QueryBuilder::Build(const QueryNode& node) const {
  switch (node.kind) {
    case QueryNode::Kind::kText:
      return Text(node.text, TextField::kBody);
    case QueryNode::Kind::kPhrase:
      return Phrase(node.text, TextField::kBody);
    case QueryNode::Kind::kField:
      return Field(node);
    case QueryNode::Kind::kDate:
      return DateQuery(node.from, node.to);
    case QueryNode::Kind::kOr: {
      std::vector<Xapian::Query> parts;
      for (const QueryNode& child : node.children) parts.push_back(Build(child));
      return Or(parts);
    }
    case QueryNode::Kind::kAnd: {
      std::vector<Xapian::Query> positive, negative;
      for (const QueryNode& child : node.children) (child.negated ? negative : positive).push_back(Build(child));
      Xapian::Query query = And(positive);
      if (negative.empty()) return query;
      return Xapian::Query(Xapian::Query::OP_AND_NOT, query, Or(negative));
    }
  }
  return Xapian::Query::MatchNothing;
}

}  // namespace dxnews::index::internal
