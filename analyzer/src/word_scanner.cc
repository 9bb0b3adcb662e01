#include "word_scanner.h"

#include "char_class.h"

namespace dxnews::analyzer::internal {
namespace {

struct Segment {
  size_t end = 0;
  size_t upper = 0;
  size_t lower = 0;
  size_t digits = 0;
  // A letter with a diacritic other than Đ/đ, or a combining mark. Abbreviations are built from
  // bare initials ("UBND" for "Ủy ban nhân dân"), so "ĐỔI" in an all-caps headline is a
  // syllable while "CĐS" is not.
  bool diacritic = false;

  bool CapsOnly() const { return lower == 0 && !diacritic && upper > 0; }
  // "19" in "COVID-19", "VT" in "BR-VT", "CoV" in "SARS-CoV-2".
  bool AbbreviationLike() const {
    if (diacritic) return false;
    return lower == 0 ? (upper > 0 || digits > 0) : upper >= 2 && upper > lower;
  }
};

bool IsDStroke(char32_t cp) { return cp == 0x0110 || cp == 0x0111; }

// Counts one code point of the segment; false when it does not continue a word.
bool AddToSegment(CharClass cls, char32_t cp, Segment* segment) {
  switch (cls) {
    case CharClass::kUpper:
      ++segment->upper;
      break;
    case CharClass::kLetter:
      ++segment->lower;
      break;
    case CharClass::kDigit:
      ++segment->digits;
      return true;
    case CharClass::kOtherDigit:
      return true;
    case CharClass::kMark:
      segment->diacritic = true;
      return true;
    default:
      return false;
  }
  if (cp >= 0x80 && !IsDStroke(cp)) segment->diacritic = true;
  return true;
}

Segment ScanSegment(std::string_view text, size_t pos) {
  Segment segment;
  size_t p = pos;
  while (p < text.size()) {
    const auto byte = static_cast<unsigned char>(text[p]);
    // ASCII fast path: most bytes of a Vietnamese syllable are ASCII letters.
    if (byte < 0x80) {
      if (!AddToSegment(kAsciiClasses[byte], byte, &segment)) break;
      ++p;
      continue;
    }
    const CodePoint c = DecodeNonAsciiAt(text, p);
    if (!AddToSegment(c.cls, c.cp, &segment)) break;
    p += c.length;
  }
  segment.end = p;
  return segment;
}

TokenKind KindOf(const Segment& word, bool joined) {
  if (word.upper == 0 && word.lower == 0) return TokenKind::kNumber;
  if (joined) return TokenKind::kAbbreviation;
  if (!word.diacritic && word.lower == 0 && (word.upper >= 2 || word.digits > 0)) {
    return TokenKind::kAbbreviation;  // "UBND", "CĐS", "5G", "H5N1"
  }
  if (!word.diacritic && word.upper >= 2 && word.upper > word.lower) {
    return TokenKind::kAbbreviation;  // "TTg", "ThS", "IoT"
  }
  return TokenKind::kSyllable;
}

// Length of the apostrophe in ethnic-minority names such as "H'Mông" or "M’Nông": a single
// capital, then ' or U+2019, then a capital. 0 when there is none.
size_t ApostropheJoin(std::string_view text, size_t pos, const Segment& word) {
  if (word.end != pos + 1 || word.upper != 1) return 0;
  size_t length = 0;
  if (word.end < text.size() && text[word.end] == '\'') {
    length = 1;
  } else if (text.substr(word.end, 3) == "\xE2\x80\x99") {
    length = 3;
  } else {
    return 0;
  }
  if (word.end + length >= text.size()) return 0;
  return DecodeAt(text, word.end + length).cls == CharClass::kUpper ? length : 0;
}

}  // namespace

WordMatch ScanWord(std::string_view text, size_t pos) {
  Segment word = ScanSegment(text, pos);
  if (const size_t apostrophe = ApostropheJoin(text, pos, word); apostrophe != 0) {
    const Segment rest = ScanSegment(text, word.end + apostrophe);
    return {rest.end - pos, TokenKind::kSyllable};
  }
  bool joined = false;
  // "KH&CN", "BR-VT", "LĐ-TB&XH", "COVID-19": join while both sides are bare capitals (the
  // right side of '-' may also be digits).
  while (word.CapsOnly() && word.end + 1 < text.size() && (text[word.end] == '&' || text[word.end] == '-')) {
    const Segment next = ScanSegment(text, word.end + 1);
    const bool ok = text[word.end] == '&' ? next.CapsOnly() : next.AbbreviationLike();
    if (next.end == word.end + 1 || !ok) break;
    word.end = next.end;
    word.upper += next.upper;
    word.digits += next.digits;
    joined = true;
    if (next.upper == 0) break;  // "COVID-19-..." stops after the digits
  }
  return {word.end - pos, KindOf(word, joined)};
}

}  // namespace dxnews::analyzer::internal
