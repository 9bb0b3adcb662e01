// Private: the theme taxonomy as ThemeClassifier matches it: every trigger and false friend
// pre-tokenized into keys, and an index from the first key to the triggers that start with it.
#ifndef DXNEWS_ANALYZER_THEME_LEXICON_H_
#define DXNEWS_ANALYZER_THEME_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dxnews/analyzer/theme_classifier.h"

namespace dxnews::analyzer {
namespace internal {

/// A phrase as token keys.
struct LexPhrase {
  std::string text;                 ///< as written in the taxonomy
  std::vector<std::string> keys;    ///< NormalizeLower() per token, or Normalize() if case_sensitive
  std::vector<std::string> folded;  ///< Fold() per token
  bool case_sensitive = false;
};

struct LexTrigger {
  LexPhrase phrase;
  double weight = 1;
  /// Weight in a sentence that also has an umbrella (gate) trigger, when higher than `weight`:
  /// "doanh nghiệp" is weak evidence for enterprise DX, but strong in "giúp doanh nghiệp chuyển
  /// đổi số". 0 = no such rule.
  double dx_weight = 0;
  size_t theme = 0;  ///< index into Lexicon::themes; 0 is the gate
};

/// The gate (index 0) or one theme.
struct LexTheme {
  ThemeInfo info;
  std::vector<LexPhrase> negatives;
};

/// Tokenizes `text` into a phrase; false when it has no tokens.
bool MakePhrase(std::string_view text, bool case_sensitive, LexPhrase* out);

struct ThemeLexicon {
  std::vector<internal::LexTheme> themes;                                ///< [0] is the gate ("dx")
  std::vector<internal::LexTrigger> triggers;                            ///< longest first
  std::unordered_map<std::string, std::vector<size_t>> by_first_key;     ///< lower keys
  std::unordered_map<std::string, std::vector<size_t>> by_first_folded;  ///< folded keys
  /// The false friends (theme index, index into its `negatives`) by their first lower and folded
  /// key, so that a scan tries only those that can match at a token.
  std::unordered_map<std::string, std::vector<std::pair<size_t, size_t>>> negatives_by_first_key;
  std::unordered_map<std::string, std::vector<std::pair<size_t, size_t>>> negatives_by_first_folded;
  std::vector<ThemeInfo> infos;  ///< themes without the gate, for themes()
};

}  // namespace internal

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_THEME_LEXICON_H_
