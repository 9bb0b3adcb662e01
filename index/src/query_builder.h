// Turns a parsed query (query_parser.h) into a Xapian::Query, mapping every word through the
// TermMapper exactly as the writer does, expanding synonyms, and weighting exact-diacritic
// matches over folded ones and word matches over syllable matches.
#ifndef DXNEWS_INDEX_QUERY_BUILDER_H_
#define DXNEWS_INDEX_QUERY_BUILDER_H_

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "dxnews/index/query_parser.h"
#include "dxnews/index/synonyms.h"
#include "dxnews/index/term_mapper.h"

namespace dxnews::index::internal {

/// How a query word matches: every form of the word (exact or folded, word or syllable of a
/// longer word) is one OP_SYNONYM, so they share one idf, and bonuses on top rank the forms, each
/// a share of that weight: for a word typed with diacritics, the exact forms add kExactBonus and
/// the whole-word forms kWordBonus, so "hội" ranks "hội" > "hội_nghị" > "hỏi" > "hỏi_han". A
/// word typed without diacritics cannot prefer a form, so only the whole-word bonus applies.
constexpr double kExactBonus = 0.5;
constexpr double kWordBonus = 0.3;

/// One word of a query: its keys and, for a multi-syllable word, its syllables' keys.
struct QueryWord {
  Synonyms::Word keys;
  std::vector<Synonyms::Word> syllables;
  uint32_t begin = 0, end = 0;  // bytes in the mapped text
};

/// The words of `text` as the TermMapper segments it.
std::vector<QueryWord> QueryWords(const TermMapper& mapper, std::string_view text);

class QueryBuilder {
 public:
  /// Borrows all three; the database is read for term frequencies.
  QueryBuilder(const Xapian::Database& db, const TermMapper& mapper, const Synonyms& synonyms)
      : db_(db), mapper_(mapper), synonyms_(synonyms) {}

  Xapian::Query Build(const QueryNode& node) const;

  /// A metadata term query that matches without adding weight.
  static Xapian::Query KeyQuery(KeyField field, const std::string& value);
  /// Articles published within [from, to] (either end open).
  static Xapian::Query DateQuery(std::optional<std::int64_t> from, std::optional<std::int64_t> to);

 private:
  Xapian::Query Text(const std::string& text, TextField field) const;
  Xapian::Query Phrase(const std::string& text, TextField field) const;
  Xapian::Query Word(const QueryWord& word, TextField field) const;
  std::optional<QueryWord> KnownJoin(const std::vector<QueryWord>& words, size_t first, size_t count,
                                     TextField field) const;
  Xapian::Query FormQuery(const Synonyms::Form& form, TextField field) const;
  Xapian::Query Field(const QueryNode& node) const;
  bool InIndex(const std::string& term) const;

  const Xapian::Database& db_;
  const TermMapper& mapper_;
  const Synonyms& synonyms_;
};

}  // namespace dxnews::index::internal

#endif  // DXNEWS_INDEX_QUERY_BUILDER_H_
