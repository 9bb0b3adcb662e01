#include "numeric_scanner.h"

#include "char_class.h"

namespace dxnews::analyzer::internal {
namespace {

constexpr size_t kMaxCodeLetters = 16;

size_t DigitRun(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size() && IsAsciiDigit(text[end])) ++end;
  return end - pos;
}

int DigitValue(std::string_view text, size_t pos, size_t count) {
  int value = 0;
  for (size_t i = 0; i < count; ++i) value = value * 10 + (text[pos + i] - '0');
  return value;
}

bool CharIs(std::string_view text, size_t pos, char c) { return pos < text.size() && text[pos] == c; }

// Length of the letter at `pos` usable in a document code: ASCII, or "Đ"/"đ" (U+0110/U+0111,
// which have no decomposition, so NFC and NFD agree). Lower case only when !upper_only.
size_t CodeLetter(std::string_view text, size_t pos, bool upper_only) {
  if (pos >= text.size()) return 0;
  const char c = text[pos];
  if (c >= 'A' && c <= 'Z') return 1;
  if (c >= 'a' && c <= 'z') return upper_only ? 0 : 1;
  if (c == '\xC4' && pos + 1 < text.size()) {
    if (text[pos + 1] == '\x90') return 2;
    if (text[pos + 1] == '\x91' && !upper_only) return 2;
  }
  return 0;
}

// A document code: an upper-case letter, then letters, digits and inner '&' ("QĐ", "TTg",
// "UBND", "QH15", "PTTH&TTĐT"). Sets *has_digit when the code contains a digit.
size_t ScanCode(std::string_view text, size_t pos, bool* has_digit) {
  size_t p = pos;
  size_t n = CodeLetter(text, p, /*upper_only=*/true);
  if (n == 0) return 0;
  p += n;
  for (size_t count = 1; count < kMaxCodeLetters; ++count) {
    if ((n = CodeLetter(text, p, false)) != 0) {
      p += n;
    } else if (p < text.size() && IsAsciiDigit(text[p])) {
      *has_digit = true;
      ++p;
    } else if (CharIs(text, p, '&') && CodeLetter(text, p + 1, true) != 0) {
      ++p;
    } else {
      break;
    }
  }
  return p - pos;
}

// Issuer codes joined by '-': "CP", "BTTTT-THH", "TWĐTN-TNNT". Returns the end, or 0.
size_t ScanIssuers(std::string_view text, size_t pos) {
  bool has_digit = false;
  size_t n = ScanCode(text, pos, &has_digit);
  if (n == 0) return 0;
  size_t p = pos + n;
  while (CharIs(text, p, '-') && (n = ScanCode(text, p + 1, &has_digit)) != 0) p += 1 + n;
  return p;
}

size_t EndIfBoundary(std::string_view text, size_t pos, size_t end) {
  return IsWordCharAt(text, end) ? 0 : end - pos;
}

// After "<n>-": "<TYPE>/<ISSUER>" as in "09-NQ/TU".
size_t ScanPartyTail(std::string_view text, size_t start, size_t p) {
  bool has_digit = false;
  const size_t type = ScanCode(text, p, &has_digit);
  if (type == 0 || has_digit || !CharIs(text, p + type, '/')) return 0;
  const size_t end = ScanIssuers(text, p + type + 1);
  return end == 0 ? 0 : EndIfBoundary(text, start, end);
}

// After "<n>/": "(<year>/)?<TYPE>-<ISSUER>" or "<year>/QH15".
size_t ScanStateTail(std::string_view text, size_t start, size_t p) {
  bool with_year = false;
  if (DigitRun(text, p) == 4 && CharIs(text, p + 4, '/')) {
    p += 5;
    with_year = true;
  }
  bool has_digit = false;
  const size_t code = ScanCode(text, p, &has_digit);
  if (code == 0) return 0;
  if (CharIs(text, p + code, '-')) {
    const size_t end = ScanIssuers(text, p + code + 1);
    return end == 0 ? 0 : EndIfBoundary(text, start, end);
  }
  // Congress resolutions carry the legislature in the code: "20/2023/QH15".
  if (with_year && has_digit) return EndIfBoundary(text, start, p + code);
  return 0;
}

}  // namespace

size_t ScanDocumentNumber(std::string_view text, size_t pos) {
  const size_t digits = DigitRun(text, pos);
  if (digits == 0 || digits > 5) return 0;
  const size_t p = pos + digits;
  if (CharIs(text, p, '-')) return ScanPartyTail(text, pos, p + 1);
  if (CharIs(text, p, '/')) return ScanStateTail(text, pos, p + 1);
  return 0;
}

size_t ScanDate(std::string_view text, size_t pos) {
  const size_t day_digits = DigitRun(text, pos);
  if (day_digits == 0 || day_digits > 2) return 0;
  const int day = DigitValue(text, pos, day_digits);
  size_t p = pos + day_digits;
  if (p >= text.size() || day < 1 || day > 31) return 0;
  const char sep = text[p];
  if (sep != '/' && sep != '-' && sep != '.') return 0;
  const size_t month_digits = DigitRun(text, ++p);
  if (month_digits == 0 || month_digits > 2) return 0;
  const int month = DigitValue(text, p, month_digits);
  if (month < 1 || month > 12) return 0;
  p += month_digits;
  if (CharIs(text, p, sep) && DigitRun(text, p + 1) == 4) {
    return EndIfBoundary(text, pos, p + 5);
  }
  // "12/10" alone; "12/10/20" (two-digit year) or "3/4/5" are not dates we can trust.
  if (sep != '/' || (CharIs(text, p, '/') && DigitRun(text, p + 1) > 0)) return 0;
  if ((CharIs(text, p, '.') || CharIs(text, p, ',')) && DigitRun(text, p + 1) > 0) return 0;
  return EndIfBoundary(text, pos, p);
}

size_t ScanTime(std::string_view text, size_t pos) {
  const size_t hour_digits = DigitRun(text, pos);
  if (hour_digits == 0 || hour_digits > 2 || DigitValue(text, pos, hour_digits) > 24) return 0;
  size_t p = pos + hour_digits;
  if (p >= text.size()) return 0;
  const char sep = text[p];
  const bool two_digits_follow = DigitRun(text, p + 1) == 2 && DigitValue(text, p + 1, 2) < 60;
  if (sep == ':') {
    if (!two_digits_follow) return 0;
    p += 3;
    if (CharIs(text, p, ':') && DigitRun(text, p + 1) == 2) p += 3;
    return EndIfBoundary(text, pos, p);
  }
  if (sep == 'h' || (sep == 'g' && two_digits_follow)) {
    // "10h" or "9h30"; "10ha" (hectares) is not a time.
    p += two_digits_follow ? 3 : 1;
    return EndIfBoundary(text, pos, p);
  }
  return 0;
}

size_t ScanNumber(std::string_view text, size_t pos) {
  size_t p = pos + DigitRun(text, pos);
  while (p + 1 < text.size() && (text[p] == '.' || text[p] == ',') && IsAsciiDigit(text[p + 1])) {
    p += 1 + DigitRun(text, p + 1);
  }
  if (CharIs(text, p, '%')) ++p;
  return p - pos;
}

}  // namespace dxnews::analyzer::internal
