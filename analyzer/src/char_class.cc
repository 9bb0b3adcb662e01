#include "char_class.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace dxnews::analyzer::internal {
namespace {

using Table = std::array<CharClass, 128>;

// ASCII dominates Vietnamese news text byte-wise, so it never reaches ICU.
constexpr Table MakeAsciiTable() {
  Table table{};
  for (int c = 0; c < 128; ++c) {
    CharClass cls = CharClass::kSymbol;
    if (c <= 0x20 || c == 0x7F) {
      cls = CharClass::kSpace;
    } else if (c >= '0' && c <= '9') {
      cls = CharClass::kDigit;
    } else if (c >= 'A' && c <= 'Z') {
      cls = CharClass::kUpper;
    } else if (c >= 'a' && c <= 'z') {
      cls = CharClass::kLetter;
    } else if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' ||
               c == '`' || c == '|' || c == '~') {
      cls = CharClass::kSymbol;
    } else {
      cls = CharClass::kPunctuation;
    }
    table[static_cast<size_t>(c)] = cls;
  }
  return table;
}

constexpr Table kAsciiTable = MakeAsciiTable();

CharClass ClassifyNonAscii(UChar32 c) {
  if (u_isUWhiteSpace(c)) return CharClass::kSpace;
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
      return CharClass::kUpper;
    case U_LOWERCASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return CharClass::kLetter;
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
      return CharClass::kMark;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kOtherDigit;
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return CharClass::kSpace;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return CharClass::kPunctuation;
    default:
      return CharClass::kSymbol;
  }
}

}  // namespace

CodePoint DecodeAt(std::string_view text, size_t pos) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const uint8_t lead = bytes[pos];
  if (lead < 0x80) return {lead, 1, kAsciiTable[lead]};
  size_t next = pos;
  UChar32 c = 0;
  U8_NEXT(bytes, next, text.size(), c);
  const auto length = static_cast<uint32_t>(next - pos);
  if (c < 0) return {0xFFFD, length, CharClass::kInvalid};
  return {static_cast<char32_t>(c), length, ClassifyNonAscii(c)};
}

bool IsWordCharAt(std::string_view text, size_t pos) {
  return pos < text.size() && IsWordClass(DecodeAt(text, pos).cls);
}

bool IsSentenceFinal(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

}  // namespace dxnews::analyzer::internal
