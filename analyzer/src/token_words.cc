#include "token_words.h"

#include "char_class.h"
#include "dxnews/analyzer/normalizer.h"

namespace dxnews::analyzer::internal {

TokenWords::TokenWords(std::string_view text, const std::vector<Token>& tokens)
    : text_(text), tokens_(tokens) {
  keys_.resize(tokens.size() + 1);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind == TokenKind::kSyllable || tokens[i].kind == TokenKind::kAbbreviation) {
      AppendLowerKey(Text(i), &keys_[i]);
    } else {
      keys_[i] = std::string(Text(i));
    }
  }
}

std::string_view TokenWords::Text(size_t i) const {
  return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
}

int TokenWords::IntAt(size_t i) const {
  if (i >= size() || kind(i) != TokenKind::kNumber) return -1;
  const std::string_view s = Text(i);
  if (s.empty() || s.size() > 6) return -1;
  int value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

bool TokenWords::IsDigits(size_t i, size_t digits) const { return IntAt(i) >= 0 && Text(i).size() == digits; }

bool TokenWords::IsCapitalized(size_t i) const {
  if (i >= size()) return false;
  const std::string_view s = Text(i);
  return !s.empty() && DecodeAt(s, 0).cls == CharClass::kUpper;
}

std::string TokenWords::Span(size_t first, size_t last) const {
  std::string out;
  for (size_t i = first; i <= last; ++i) {
    if (i > first && tokens_[i].begin > tokens_[i - 1].end) out += ' ';
    out += Text(i);
  }
  return out;
}

}  // namespace dxnews::analyzer::internal
