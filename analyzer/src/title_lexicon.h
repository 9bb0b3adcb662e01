// TitleLexicon: the phrase tables the official extractor matches against token keys, read
// from corpus/lexicon/titles.toml (title heads, organisation heads, honorifics, academic
// prefixes, surnames, credit words) plus the province names of the ProvinceRegistry.
// Private to the analyzer.
#ifndef DXNEWS_ANALYZER_TITLE_LEXICON_H_
#define DXNEWS_ANALYZER_TITLE_LEXICON_H_

#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dxnews/core/result.h"

namespace dxnews::analyzer {

/// The kind of a title head.
enum class HeadClass { kState, kNeutral, kExecutive, kRank };

/// The kind of an organisation head.
enum class OrgClass { kNone, kState, kBusiness, kOther };

/// Multi-syllable phrases keyed by their token keys (NormalizeLower of each token), each with
/// an integer value. Matching is longest-first.
class PhraseTable {
 public:
  /// Tokenizes `phrase` and stores it with `value` (a later Add of the same phrase wins).
  void Add(std::string_view phrase, int value);
  /// True when `phrase` itself is in the table; stores its value in *value.
  bool Find(std::string_view phrase, int* value) const;
  /// The length in tokens of the longest phrase equal to keys[i, i + n) with i + n <= end,
  /// or 0; stores its value in *value when value != nullptr. REQUIRES: no key holds the
  /// separator '\x1f' (token keys never do: a control character is never part of a token).
  size_t Match(const std::vector<std::string>& keys, size_t i, size_t end, int* value = nullptr) const;

 private:
  static constexpr size_t kFilterBits = size_t{1} << 12;
  /// The bit of `key` in first_filter_.
  static size_t FilterBit(std::string_view key);

  std::unordered_map<std::string, int> phrases_;  // keys joined by '\x1f'
  std::unordered_set<std::string> first_keys_;    // the first key of every phrase
  // A one-hash Bloom filter of first_keys_: Match() runs several times per token, nearly always
  // for a word that starts no phrase, and this answers most of those without a hash-set lookup.
  std::bitset<kFilterBits> first_filter_;
  size_t max_tokens_ = 0;
};

/// Everything the extractor knows about titles. Immutable after Load().
class TitleLexicon {
 public:
  /// Parses the TOML lexicon and adds the builtin provinces. Errors are kInvalidInput and
  /// name `source_name`.
  static Result<TitleLexicon> Load(std::string_view toml, const std::string& source_name);

  PhraseTable heads;          ///< value: HeadClass
  PhraseTable prefixes;       ///< "Quyền", "Nguyên"
  PhraseTable posthumous;     ///< "Cố"
  PhraseTable qualifiers;     ///< "phụ trách", "thường trực"
  PhraseTable joiners;        ///< "kiêm"
  PhraseTable organizations;  ///< value: OrgClass
  PhraseTable never_inside;   ///< verbs and particles that end an organisation name
  PhraseTable org_tails;      ///< lower-case words that end one: "thông tin", "quốc gia"
  PhraseTable levels;         ///< "tỉnh", "thành phố"
  PhraseTable provinces;      ///< value: index into province_ids
  PhraseTable honorifics;
  PhraseTable academic;
  PhraseTable surnames;
  PhraseTable not_names;       ///< "Hàn Quốc", "Từ Liêm": places that look like names
  PhraseTable object_markers;  ///< "với", "của": a title after one is not the holder's
  PhraseTable credits;
  /// Old-province ids; `provinces` values index this vector.
  std::vector<std::string> province_ids;
  // [abbreviations] is not kept: an abbreviation whose expansion is a title head or an
  // organisation head is added to that table with the same class, so "PGĐ Sở" reads as
  // "Phó Giám đốc Sở"; the others document the lexicon.
};

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_TITLE_LEXICON_H_
