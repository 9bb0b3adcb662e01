#include "date_grammar.h"

namespace dxnews::analyzer::internal {
namespace {

// Reads up to `max_digits` digits at *pos; -1 when there is none or more follow.
int ReadInt(std::string_view s, size_t* pos, size_t max_digits) {
  size_t p = *pos;
  int value = 0;
  while (p < s.size() && s[p] >= '0' && s[p] <= '9' && p - *pos < max_digits) {
    value = value * 10 + (s[p++] - '0');
  }
  if (p == *pos || (p < s.size() && s[p] >= '0' && s[p] <= '9')) return -1;
  *pos = p;
  return value;
}

bool IsSeparatorKey(const std::string& key) { return key == "/" || key == "." || key == "-"; }

bool IsPlausibleYear(int year) { return year >= 1900 && year <= 2100; }

// "I".."IV" or "1".."4" -> the quarter number, else 0.
int QuarterAt(const TokenWords& w, size_t i) {
  static constexpr std::string_view kRoman[] = {"i", "ii", "iii", "iv"};
  for (int q = 0; q < 4; ++q) {
    if (w.Is(i, kRoman[q])) return q + 1;
  }
  const int n = w.IntAt(i);
  return n >= 1 && n <= 4 ? n : 0;
}

// After a month or quarter token at i: "/2022", ".2022", "-2022" or "năm 2022". Returns the
// year and sets *last, or 0.
int YearAfter(const TokenWords& w, size_t i, size_t* last) {
  if ((IsSeparatorKey(w.Key(i + 1)) || w.Is(i + 1, "năm")) && w.IsDigits(i + 2, 4)) {
    const int year = w.IntAt(i + 2);
    if (!IsPlausibleYear(year)) return 0;
    *last = i + 2;
    return year;
  }
  return 0;
}

std::optional<ExplicitDate> MatchMonth(const TokenWords& w, size_t i) {
  ExplicitDate d{0, 0, 0, DateGrain::kMonth, i, i + 1};
  if (w.kind(i + 1) == TokenKind::kNumber) {
    // "tháng 4.2025" is one number token.
    int day = 0;
    const std::string_view s = w.Text(i + 1);
    if (s.size() > 5 && s[s.size() - 5] == '.' &&
        ParseDayMonthYear("1." + std::string(s), &day, &d.month, &d.year)) {
      if (IsPlausibleYear(d.year)) return d;
    }
  }
  d.month = w.IntAt(i + 1);
  if (d.month < 1 || d.month > 12) return std::nullopt;
  d.year = YearAfter(w, i + 1, &d.last);
  if (d.year == 0) return std::nullopt;
  return d;
}

std::optional<ExplicitDate> MatchLongForm(const TokenWords& w, size_t i) {
  ExplicitDate d{0, w.IntAt(i + 3), w.IntAt(i + 1), DateGrain::kDay, i, i + 3};
  if (!w.Is(i + 2, "tháng") || d.day < 1 || d.day > 31 || d.month < 1 || d.month > 12) {
    return std::nullopt;
  }
  if (w.Is(i + 4, "năm") && w.IsDigits(i + 5, 4) && IsPlausibleYear(w.IntAt(i + 5))) {
    d.year = w.IntAt(i + 5);
    d.last = i + 5;
  }
  return d;
}

}  // namespace

bool ParseDayMonthYear(std::string_view s, int* day, int* month, int* year) {
  size_t p = 0;
  *day = ReadInt(s, &p, 2);
  if (*day < 1 || *day > 31 || p >= s.size()) return false;
  const char sep = s[p++];
  if (sep != '/' && sep != '-' && sep != '.') return false;
  *month = ReadInt(s, &p, 2);
  if (*month < 1 || *month > 12) return false;
  *year = 0;
  if (p == s.size()) return true;
  if (s[p++] != sep || s.size() - p != 4) return false;
  *year = ReadInt(s, &p, 4);
  return *year > 0;
}

std::optional<ExplicitDate> MatchExplicitDate(const TokenWords& w, size_t i) {
  if (i >= w.size()) return std::nullopt;
  if (w.kind(i) == TokenKind::kDate) {
    ExplicitDate d{0, 0, 0, DateGrain::kDay, i, i};
    if (!ParseDayMonthYear(w.Text(i), &d.day, &d.month, &d.year)) return std::nullopt;
    return d;
  }
  if (w.Is(i, "ngày")) return MatchLongForm(w, i);
  if (w.Is(i, "tháng")) return MatchMonth(w, i);
  if (w.Is(i, "quý")) {
    const int quarter = QuarterAt(w, i + 1);
    ExplicitDate d{0, 3 * quarter - 2, 0, DateGrain::kMonth, i, i + 1};
    if (quarter == 0 || (d.year = YearAfter(w, i + 1, &d.last)) == 0) return std::nullopt;
    return d;
  }
  if (w.Is(i, "năm") && w.IsDigits(i + 1, 4) && IsPlausibleYear(w.IntAt(i + 1))) {
    return ExplicitDate{w.IntAt(i + 1), 0, 0, DateGrain::kYear, i, i + 1};
  }
  return std::nullopt;
}

std::optional<ExplicitDate> MatchCuedDayMonth(const TokenWords& w, size_t i) {
  if (i >= w.size() || w.kind(i) != TokenKind::kNumber) return std::nullopt;
  ExplicitDate d{0, 0, 0, DateGrain::kDay, i, i};
  const std::string_view s = w.Text(i);
  if (s.find('.') != std::string_view::npos) {
    // "13.1" is one number token; "1.234" (thousands) fails the month check.
    if (!ParseDayMonthYear(s, &d.day, &d.month, &d.year) || d.year != 0) return std::nullopt;
    return d;
  }
  d.day = w.IntAt(i);
  d.month = w.IntAt(i + 2);
  if (d.day < 1 || d.day > 31 || !w.Is(i + 1, "-") || d.month < 1 || d.month > 12 ||
      w.Text(i + 2).size() > 2 || IsSeparatorKey(w.Key(i + 3))) {
    return std::nullopt;
  }
  d.last = i + 2;
  return d;
}

}  // namespace dxnews::analyzer::internal
