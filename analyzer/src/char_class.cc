#include "char_class.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace dxnews::analyzer::internal {
namespace {

// ASCII dominates Vietnamese news text byte-wise, so it never reaches ICU.
constexpr CharClass ClassifyAscii(int c) {
  if (c <= 0x20 || c == 0x7F) return CharClass::kSpace;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  if (c >= 'A' && c <= 'Z') return CharClass::kUpper;
  if (c >= 'a' && c <= 'z') return CharClass::kLetter;
  if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '`' || c == '|' ||
      c == '~') {
    return CharClass::kSymbol;
  }
  return CharClass::kPunctuation;
}

CharClass ClassifyWithIcu(UChar32 c) {
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

// Vietnamese letters, combining marks and typographic punctuation all sit below U+2100, so a
// table of that range (built once from ICU, immutable afterwards) answers nearly every lookup;
// measured on news text it lifts Tokenize by about a third.
constexpr UChar32 kTableLimit = 0x2100;
using BmpTable = std::array<CharClass, kTableLimit>;

const BmpTable& LowTable() {
  static const BmpTable table = [] {
    BmpTable t{};
    for (UChar32 c = 0; c < kTableLimit; ++c) t[static_cast<size_t>(c)] = ClassifyWithIcu(c);
    return t;
  }();
  return table;
}

constexpr std::array<CharClass, 128> MakeAsciiClasses() {
  std::array<CharClass, 128> table{};
  for (int c = 0; c < 128; ++c) table[static_cast<size_t>(c)] = ClassifyAscii(c);
  return table;
}

}  // namespace

// Constant-initialised, so it is ready before any dynamic initialiser could tokenize.
constexpr std::array<CharClass, 128> kAsciiClasses = MakeAsciiClasses();

CodePoint DecodeNonAsciiAt(std::string_view text, size_t pos) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const size_t size = text.size();
  const uint8_t lead = bytes[pos];
  // Fast paths for the well-formed two-byte forms and the E1 block (U+1000..U+1FFF, which
  // holds the precomposed Vietnamese vowels "ạ".."ỹ"); everything else goes through U8_NEXT.
  if (lead >= 0xC2 && lead <= 0xDF && pos + 1 < size && (bytes[pos + 1] & 0xC0) == 0x80) {
    const char32_t cp = (static_cast<char32_t>(lead & 0x1F) << 6) | (bytes[pos + 1] & 0x3F);
    return {cp, 2, LowTable()[cp]};
  }
  if (lead == 0xE1 && pos + 2 < size && (bytes[pos + 1] & 0xC0) == 0x80 && (bytes[pos + 2] & 0xC0) == 0x80) {
    const char32_t cp =
        0x1000 | (static_cast<char32_t>(bytes[pos + 1] & 0x3F) << 6) | (bytes[pos + 2] & 0x3F);
    return {cp, 3, LowTable()[cp]};
  }
  size_t next = pos;
  UChar32 c = 0;
  U8_NEXT(bytes, next, size, c);
  const auto length = static_cast<uint32_t>(next - pos);
  if (c < 0) return {0xFFFD, length, CharClass::kInvalid};
  const CharClass cls = c < kTableLimit ? LowTable()[static_cast<size_t>(c)] : ClassifyWithIcu(c);
  return {static_cast<char32_t>(c), length, cls};
}

bool IsWordCharAt(std::string_view text, size_t pos) {
  return pos < text.size() && IsWordClass(DecodeAt(text, pos).cls);
}

bool IsSentenceFinal(char32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026; }

}  // namespace dxnews::analyzer::internal
