// Private: decodes one UTF-8 code point at a byte offset and classifies it for the tokenizer
// and the sentence splitter (ASCII through a table, everything else through ICU properties).
#ifndef DXNEWS_ANALYZER_CHAR_CLASS_H_
#define DXNEWS_ANALYZER_CHAR_CLASS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dxnews::analyzer::internal {

enum class CharClass : uint8_t {
  kSpace,        // white space, controls and format characters (zero-width, BOM)
  kUpper,        // upper-case or title-case letter
  kLetter,       // any other letter
  kDigit,        // ASCII digit 0-9
  kOtherDigit,   // non-ASCII decimal digit; joins words but never starts a number
  kMark,         // combining mark (Mn, Mc, Me): stays with the letter before it
  kPunctuation,  // P* categories
  kSymbol,       // S* categories, unassigned, private use
  kInvalid,      // ill-formed UTF-8 sequence
};

struct CodePoint {
  char32_t cp;      // U+FFFD for an invalid sequence
  uint32_t length;  // bytes consumed, >= 1
  CharClass cls;
};

/// Classes of the 128 ASCII characters (controls count as space).
extern const std::array<CharClass, 128> kAsciiClasses;

/// DecodeAt() for a non-ASCII lead byte. REQUIRES: pos < text.size().
CodePoint DecodeNonAsciiAt(std::string_view text, size_t pos);

/// Decodes and classifies the code point starting at `pos`. An ill-formed sequence yields
/// kInvalid with the length of its maximal ill-formed prefix (at least 1).
/// REQUIRES: pos < text.size().
inline CodePoint DecodeAt(std::string_view text, size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return {lead, 1, kAsciiClasses[lead]};
  return DecodeNonAsciiAt(text, pos);
}

/// True for classes that continue a word: letters, digits and combining marks.
inline bool IsWordClass(CharClass cls) {
  return cls == CharClass::kUpper || cls == CharClass::kLetter || cls == CharClass::kDigit ||
         cls == CharClass::kOtherDigit || cls == CharClass::kMark;
}

inline bool IsLetterClass(CharClass cls) { return cls == CharClass::kUpper || cls == CharClass::kLetter; }

/// True when `c` is an ASCII letter or digit.
inline bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

/// True when the character at `pos` continues a word (letter, digit, combining mark);
/// false at the end of the text.
bool IsWordCharAt(std::string_view text, size_t pos);

/// True for U+2026 HORIZONTAL ELLIPSIS and ASCII . ! ?
bool IsSentenceFinal(char32_t cp);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_CHAR_CLASS_H_
