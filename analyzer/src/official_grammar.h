// The span grammar of the official extractor: titles (head + organisation + place), person
// names and comma/dash chains of titles after a name, read over one text's tokens with the
// TitleLexicon. Each Parse* function looks at tokens [i, end) and never reads past `end`, so a
// caller bounds it by a sentence. Private to the analyzer.
#ifndef DXNEWS_ANALYZER_OFFICIAL_GRAMMAR_H_
#define DXNEWS_ANALYZER_OFFICIAL_GRAMMAR_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/token.h"
#include "title_lexicon.h"

namespace dxnews::analyzer {

/// A title: tokens [begin, end); the organisation part is [org_begin, end).
struct TitleSpan {
  size_t begin = 0;
  size_t end = 0;
  size_t org_begin = 0;
  HeadClass head = HeadClass::kState;
  OrgClass org = OrgClass::kNone;  ///< class of the first organisation head in the title
  bool has_place = false;          ///< a level word ("tỉnh") or a province is in the title
  bool posthumous = false;         ///< "cố Tổng Bí thư": not a current post
  std::string head_key;            ///< lower-case head, "thứ trưởng", for short references
  std::string province;            ///< old-province id, or ""
};

/// A person name: tokens [begin, end). `short_ref` for a lone given name ("Bộ trưởng Hùng").
struct NameSpan {
  size_t begin = 0;
  size_t end = 0;
  bool short_ref = false;
};

/// What a title makes of the person holding it.
enum class TitleKind { kOfficial, kExecutive, kOther, kUnknown };

class OfficialGrammar {
 public:
  /// `tokens` must be Tokenize(text) and `keys` NormalizeLower() of each token (at least
  /// tokens.size() keys: TokenWords::lower_keys()). All, and `lexicon`, must outlive the grammar.
  OfficialGrammar(const TitleLexicon& lexicon, std::string_view text, const std::vector<Token>& tokens,
                  const std::vector<std::string>& keys);

  /// The index after any honorifics and academic prefixes starting at i ("đồng chí", "ông",
  /// "PGS.TS"), or i when there are none.
  size_t SkipHonorifics(size_t i, size_t end) const;
  /// A title starting at i: [prefix] head [joiner head]... [organisation].
  bool ParseTitle(size_t i, size_t end, TitleSpan* out) const;
  /// A full name at i: a surname then capitalised syllables, 2-4 in all, ending the run.
  bool ParseName(size_t i, size_t end, NameSpan* out) const;
  /// A lone capitalised given name at i, followed by no other capitalised syllable.
  bool ParseShortName(size_t i, size_t end, NameSpan* out) const;
  /// "Bộ trưởng Tường": when the organisation of `title` is one lone capitalised syllable that
  /// no lexicon knows, it is a given name; moves it from *title to *name and returns true.
  bool SplitShortName(TitleSpan* title, NameSpan* name) const;
  /// Titles after a name, each introduced by ',' or a dash, or in brackets: ", T1, T2",
  /// " - T", " (T)". Appends them
  /// to *out and returns the index after the last one (i when there is none).
  size_t ParseChain(size_t i, size_t end, std::vector<TitleSpan>* out) const;

  /// What `title` makes of its holder.
  static TitleKind Classify(const TitleSpan& title);

  /// Text of tokens [begin, end), whitespace normalised; "" when begin >= end.
  std::string SpanText(size_t begin, size_t end) const;
  const std::string& key(size_t i) const { return keys_[i]; }
  /// NormalizeLower of every token, for PhraseTable::Match.
  const std::vector<std::string>& keys() const { return keys_; }
  /// True when token i is a word that makes the next title an object ("với", "của").
  bool IsObjectMarker(size_t i) const { return lexicon_.object_markers.Match(keys_, i, i + 1) > 0; }
  /// True when token i is exactly the punctuation `p`.
  bool IsPunct(size_t i, std::string_view p) const;

 private:
  bool IsCapitalised(size_t i) const { return capitalised_[i]; }
  bool StartsTitleOrName(size_t i, size_t end) const;
  bool IsConnector(size_t i, size_t end) const;
  size_t ParseOrganization(size_t i, size_t end, TitleSpan* out) const;
  /// Where the organisation stopped at the lower-case word k goes on: the start of a name or
  /// a place a few unplaced words later, or k when there is none.
  size_t ResumeOrganization(size_t k, size_t end) const;
  /// Length of the level word ("tỉnh", "thành phố") at k, or 0.
  size_t LevelLength(size_t k, size_t end) const;
  /// Length of the place name after a level word at p ("huyện Can Lộc" -> 2), leaving a
  /// following person name alone; 0 when a province or a name starts at p.
  size_t PlaceLength(size_t p, size_t end) const;
  /// Length of the run of lower-case organisation words at k ("thông tin", "quốc gia") when what
  /// follows it cannot go on a sentence: punctuation, a capital or the end; else 0.
  size_t OrganizationTail(size_t k, size_t end) const;
  /// One step of ParseOrganization at k: tokens consumed (0 = the organisation ends here).
  size_t OrganizationStep(size_t k, size_t end, bool first, int* budget, TitleSpan* out) const;

  const TitleLexicon& lexicon_;
  std::string_view text_;
  const std::vector<Token>& tokens_;
  const std::vector<std::string>& keys_;
  std::vector<bool> capitalised_;
};

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_OFFICIAL_GRAMMAR_H_
