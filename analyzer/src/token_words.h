// Private: a read-only view of tokenized text for the rule-based extractors. It keeps, per token,
// a lower-case key (NormalizeLower of the token text), so rules compare words such as "ngày",
// "tháng" or "quyết" without caring about case, NFD input or tone placement, and it answers the
// small questions every rule asks (is token i this word, this kind, a small integer).
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
  /// Lower-case key of token i; "" when i is out of range.
  const std::string& Key(size_t i) const { return keys_[i < size() ? i : size()]; }
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
  std::string_view text_;
  const std::vector<Token>& tokens_;
  std::vector<std::string> keys_;  // one per token, then "" (the key of every out-of-range i)
};

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_TOKEN_WORDS_H_
