#include "dxnews/analyzer/tokenizer.h"

#include <cassert>

#include "abbreviation_scanner.h"
#include "char_class.h"
#include "numeric_scanner.h"
#include "web_scanner.h"
#include "word_scanner.h"

namespace dxnews::analyzer {
namespace {

using internal::CharClass;
using internal::CodePoint;

struct Match {
  size_t length;
  TokenKind kind;
};

// What the ASCII run at a token start contains. Most Vietnamese syllables contain neither '@'
// nor '.', so the e-mail, domain and dotted-abbreviation scanners are skipped for them.
struct AsciiRun {
  bool has_at = false;
  bool has_dot = false;
};

// Longer than any e-mail local part or host name the web scanners accept; bounding the
// look-ahead keeps inputs such as "a-a-a-a-..." linear.
constexpr size_t kMaxAsciiLookahead = 320;

AsciiRun ScanAsciiRun(std::string_view text, size_t pos) {
  AsciiRun run;
  const size_t limit = text.size() - pos < kMaxAsciiLookahead ? text.size() : pos + kMaxAsciiLookahead;
  for (size_t p = pos; p < limit; ++p) {
    const char c = text[p];
    if (c == '@') {
      run.has_at = true;
    } else if (c == '.') {
      run.has_dot = true;
    } else if (!internal::IsAsciiAlnum(c) && c != '_' && c != '-' && c != '%' && c != '+') {
      break;
    }
  }
  return run;
}

// E-mail, bare domain and (for letters) dotted abbreviation: the scanners that need a '@' or
// a '.' in the run. Returns length 0 when none matches.
Match ScanDotted(std::string_view text, size_t pos, bool letter_start) {
  const AsciiRun run = ScanAsciiRun(text, pos);
  size_t n = 0;
  if (run.has_at && (n = internal::ScanEmail(text, pos)) != 0) return {n, TokenKind::kEmail};
  if (!run.has_dot) return {0, TokenKind::kSymbol};
  if (letter_start && (n = internal::ScanDottedAbbreviation(text, pos)) != 0) {
    return {n, TokenKind::kAbbreviation};
  }
  if ((n = internal::ScanDomain(text, pos)) != 0) return {n, TokenKind::kUrl};
  return {0, TokenKind::kSymbol};
}

Match ScanDigitStart(std::string_view text, size_t pos) {
  const Match dotted = ScanDotted(text, pos, /*letter_start=*/false);
  if (dotted.length != 0) return dotted;
  size_t n = 0;
  if ((n = internal::ScanDocumentNumber(text, pos)) != 0) return {n, TokenKind::kDocumentNumber};
  if ((n = internal::ScanDate(text, pos)) != 0) return {n, TokenKind::kDate};
  if ((n = internal::ScanTime(text, pos)) != 0) return {n, TokenKind::kTime};
  n = internal::ScanNumber(text, pos);
  // A plain digit run glued to letters is one alphanumeric word: "5G", "100km".
  const bool glued = internal::IsWordCharAt(text, pos + n);
  const bool plain = text.find_first_not_of("0123456789", pos) >= pos + n;
  if (!glued || !plain) return {n, TokenKind::kNumber};
  const internal::WordMatch word = internal::ScanWord(text, pos);
  return {word.length, word.kind};
}

Match ScanLetterStart(std::string_view text, size_t pos) {
  size_t n = 0;
  const char lead = static_cast<char>(text[pos] | 0x20);  // ASCII lower case
  if ((lead == 'h' || lead == 'w') && (n = internal::ScanUrl(text, pos)) != 0) {
    return {n, TokenKind::kUrl};
  }
  const Match dotted = ScanDotted(text, pos, /*letter_start=*/true);
  if (dotted.length != 0) return dotted;
  const internal::WordMatch word = internal::ScanWord(text, pos);
  return {word.length, word.kind};
}

// "..." , "!!!" and "??" are one token; any other punctuation character is its own token.
size_t PunctuationLength(std::string_view text, size_t pos, const CodePoint& c) {
  if (c.cp != '.' && c.cp != '!' && c.cp != '?') return c.length;
  size_t end = pos + 1;
  while (end < text.size() && text[end] == text[pos]) ++end;
  return end - pos;
}

Match ScanAt(std::string_view text, size_t pos, const CodePoint& c) {
  switch (c.cls) {
    case CharClass::kDigit:
      return ScanDigitStart(text, pos);
    case CharClass::kUpper:
    case CharClass::kLetter:
      if (c.cp < 0x80) return ScanLetterStart(text, pos);
      [[fallthrough]];
    case CharClass::kOtherDigit:
    case CharClass::kMark: {
      const internal::WordMatch word = internal::ScanWord(text, pos);
      return {word.length, word.kind};
    }
    case CharClass::kPunctuation:
      return {PunctuationLength(text, pos, c), TokenKind::kPunctuation};
    default:
      return {c.length, TokenKind::kSymbol};
  }
}

}  // namespace

void Tokenize(std::string_view utf8, std::vector<Token>* out) {
  assert(out != nullptr);
  size_t pos = 0;
  while (pos < utf8.size()) {
    const CodePoint c = internal::DecodeAt(utf8, pos);
    if (c.cls == CharClass::kSpace) {
      pos += c.length;
      continue;
    }
    const Match match = ScanAt(utf8, pos, c);
    out->push_back(Token{pos, pos + match.length, match.kind});
    pos += match.length;
  }
}

std::vector<Token> Tokenize(std::string_view utf8) {
  std::vector<Token> tokens;
  tokens.reserve(utf8.size() / 6 + 16);  // news text averages about 5.4 bytes per token
  Tokenize(utf8, &tokens);
  return tokens;
}

}  // namespace dxnews::analyzer
