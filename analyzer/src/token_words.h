// Private: a read-only view of tokenized text for the rule-based extractors. It keeps, per token,
// a lower-case key (NormalizeLower of the token text), so rules compare words such as "ngày",
// "tháng" or "quyết" without caring about case, NFD input or tone placement, and it answers the
// small questions every rule asks (is token i this word, this kind, a small integer).
// ArticleAnalyzer makes one per article and hands it to every stage that reads token keys (the
// extractors, the theme classifier, keywords and summary), so no stage lower-cases a token again.
#ifndef DXNEWS_ANALYZER_TOKEN_WORDS_H_
#define DXNEWS_ANALYZER_TOKEN_WORDS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/token.h"

namespace dxnews::analyzer::internal {

class TokenWords {
 public:
  /// REQUIRES: `text` and `tokens` outlive this object; tokens come from Tokenize(text).
  TokenWords(std::string_view text, const std::vector<Token>& tokens);

  size_t size() const { return tokens_.size(); }
  /// The text the tokens index into.
  std::string_view text() const { return text_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  const Token& token(size_t i) const { return tokens_[i]; }
  TokenKind kind(size_t i) const { return tokens_[i].kind; }
  /// The original text of token i.
  std::string_view Text(size_t i) const;
  /// Lower-case key of token i for a word (kSyllable, kAbbreviation), the original text of any
  /// other token; "" when i is out of range.
  const std::string& Key(size_t i) const { return keys_[i < size() ? i : size()]; }
  /// NormalizeLower() of token i, whatever its kind; "" when i is out of range.
  const std::string& Lower(size_t i) const { return lower_[i < size() ? i : size()]; }
  /// Lower(i) of every token, then "".
  const std::vector<std::string>& lower_keys() const { return lower_; }
  /// NormalizeLower() of the text from the start of token `first` to the end of token `last - 1`,
  /// made from the token keys when the text between the tokens allows it (the usual case).
  /// REQUIRES: first < last <= size().
  std::string LowerSpan(size_t first, size_t last) const;
  /// True when token i exists and its key equals `lower_word`.
  bool Is(size_t i, std::string_view lower_word) const { return i < size() && Key(i) == lower_word; }
  /// True when tokens i, i+1 are the two words of `lower_a lower_b`.
  bool Is2(size_t i, std::string_view lower_a, std::string_view lower_b) const {
    return Is(i, lower_a) && Is(i + 1, lower_b);
  }
  /// The value of a kNumber token made only of ASCII digits (at most 6), else -1.
  int IntAt(size_t i) const;
  /// True when token i is a kNumber of exactly `digits` ASCII digits.
  bool IsDigits(size_t i, size_t digits) const;
  /// True when token i starts with an upper-case letter (ASCII or Vietnamese).
  bool IsCapitalized(size_t i) const;
  /// The source text from the start of token `first` to the end of token `last`, with each run
  /// of white space replaced by one space. REQUIRES: first <= last < size().
  std::string Span(size_t first, size_t last) const;

 private:
  /// The separator LowerSpan() puts between tokens i-1 and i (" " or ""); false when only
  /// NormalizeLower() of the whole span can tell.
  bool GapKey(size_t i, std::string_view* separator) const;

  std::string_view text_;
  const std::vector<Token>& tokens_;
  // One per token, then "" (the key of every out-of-range i). Key() is read several times per
  // token by the date rules, so it is a plain lookup, not a choice between lower_ and the text.
  std::vector<std::string> keys_;
  std::vector<std::string> lower_;  // Lower() of each token, then ""
};

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_TOKEN_WORDS_H_
