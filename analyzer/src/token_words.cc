#include "token_words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "char_class.h"
#include "dxnews/analyzer/normalizer.h"
#include "utf_codecs.h"

namespace dxnews::analyzer::internal {
namespace {

/// True when the last code point of `before` and the first of `after` are both letters as the
/// normaliser's tone placement counts them (u_isalpha), so NormalizeLower() of the two written
/// together sees one run of letters. REQUIRES: both are non-empty well-formed UTF-8.
bool LettersMeet(std::string_view before, std::string_view after) {
  UChar32 last = 0;
  auto end = static_cast<int32_t>(before.size());
  U8_PREV(before.data(), 0, end, last);
  UChar32 first = 0;
  int32_t begin = 0;
  U8_NEXT(after.data(), begin, static_cast<int32_t>(after.size()), first);
  return u_isalpha(last) && u_isalpha(first);
}

}  // namespace

TokenWords::TokenWords(std::string_view text, const std::vector<Token>& tokens)
    : text_(text), tokens_(tokens) {
  // A token holds no white space, so AppendLowerKey() gives its NormalizeLower().
  keys_.resize(tokens.size() + 1);
  lower_.resize(tokens.size() + 1);
  for (size_t i = 0; i < tokens.size(); ++i) {
    AppendLowerKey(Text(i), &lower_[i]);
    const bool word = tokens[i].kind == TokenKind::kSyllable || tokens[i].kind == TokenKind::kAbbreviation;
    keys_[i] = word ? lower_[i] : std::string(Text(i));
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

// NormalizeLower() maps code points one to one, except for NFC, the white space cleanup and the
// tone placement, which works on runs of letters. When NFC has nothing to do (every code point
// passes its quick check) and the text between two tokens is ASCII spaces and tabs (one space in
// the result) or nothing between two tokens that do not make one run of letters, joining the
// token keys gives the same string; anything else (a no-break space, a zero-width space, letters
// on both sides of a token boundary) is left to NormalizeLower().
bool TokenWords::GapKey(size_t i, std::string_view* separator) const {
  const size_t begin = tokens_[i - 1].end;
  const size_t end = tokens_[i].begin;
  if (begin == end) {
    *separator = "";
    return !LettersMeet(Text(i - 1), Text(i));
  }
  for (size_t p = begin; p < end; ++p) {
    if (text_[p] != ' ' && text_[p] != '\t') return false;
  }
  *separator = " ";
  return true;
}

std::string TokenWords::LowerSpan(size_t first, size_t last) const {
  const std::string_view span =
      text_.substr(tokens_[first].begin, tokens_[last - 1].end - tokens_[first].begin);
  const Utf8Scan scan = ScanUtf8(span);
  if (scan.nfc_quick_yes && scan.invalid_bytes == 0) {
    std::string out;
    out.reserve(span.size());
    out += lower_[first];
    size_t i = first + 1;
    std::string_view separator;
    for (; i < last && GapKey(i, &separator); ++i) {
      out += separator;
      out += lower_[i];
    }
    if (i == last) return out;
  }
  return NormalizeLower(span);
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
