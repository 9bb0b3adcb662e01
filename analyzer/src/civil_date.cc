#include "dxnews/analyzer/civil_date.h"

#include <cstdio>
#include <tuple>

namespace dxnews::analyzer {

bool operator==(const CivilDate& a, const CivilDate& b) {
  return a.year == b.year && a.month == b.month && a.day == b.day;
}

bool operator!=(const CivilDate& a, const CivilDate& b) { return !(a == b); }

bool operator<(const CivilDate& a, const CivilDate& b) {
  return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValid(const CivilDate& date) {
  return date.year >= 1 && date.year <= 9999 && date.day >= 1 &&
         date.day <= DaysInMonth(date.year, date.month);
}

std::string ToIso(const CivilDate& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

// Day counting in 400-year eras starting on 1 March, so the leap day is the last day of a
// "year" (the well-known civil-calendar conversion).
long DaysSinceEpoch(const CivilDate& date) {
  const long y = date.year - (date.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long year_of_era = y - era * 400;
  const long month_from_march = (date.month + 9) % 12;
  const long day_of_year = (153 * month_from_march + 2) / 5 + date.day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate FromDaysSinceEpoch(long days) {
  const long z = days + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long day_of_era = z - era * 146097;
  const long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long month_from_march = (5 * day_of_year + 2) / 153;
  CivilDate date;
  date.day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  date.month = static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  date.year = static_cast<int>(year_of_era + era * 400 + (date.month <= 2 ? 1 : 0));
  return date;
}

CivilDate AddDays(const CivilDate& date, long days) {
  return FromDaysSinceEpoch(DaysSinceEpoch(date) + days);
}

namespace {

// Reads an unsigned decimal of `digits` digits (0: any length 1..4) at *pos.
bool ReadNumber(std::string_view text, size_t* pos, size_t digits, int* value) {
  size_t start = *pos;
  size_t limit = digits == 0 ? 4 : digits;
  *value = 0;
  while (*pos < text.size() && *pos - start < limit && text[*pos] >= '0' && text[*pos] <= '9') {
    *value = *value * 10 + (text[*pos] - '0');
    ++*pos;
  }
  return *pos > start && (digits == 0 || *pos - start == digits);
}

bool Expect(std::string_view text, size_t* pos, char c) {
  if (*pos >= text.size() || text[*pos] != c) return false;
  ++*pos;
  return true;
}

}  // namespace

std::optional<CivilDate> ParseCivilDate(std::string_view text) {
  CivilDate date;
  size_t pos = 0;
  bool ok = false;
  if (text.find('/') != std::string_view::npos) {  // 22/4/2022
    ok = ReadNumber(text, &pos, 0, &date.day) && Expect(text, &pos, '/') && ReadNumber(text, &pos, 0, &date.month) &&
         Expect(text, &pos, '/') && ReadNumber(text, &pos, 4, &date.year);
  } else if (text.size() == 8) {  // 20220422
    ok = ReadNumber(text, &pos, 4, &date.year) && ReadNumber(text, &pos, 2, &date.month) &&
         ReadNumber(text, &pos, 2, &date.day);
  } else {  // 2022-04-22
    ok = ReadNumber(text, &pos, 4, &date.year) && Expect(text, &pos, '-') && ReadNumber(text, &pos, 2, &date.month) &&
         Expect(text, &pos, '-') && ReadNumber(text, &pos, 2, &date.day);
  }
  if (!ok || pos != text.size() || !IsValid(date)) return std::nullopt;
  return date;
}

}  // namespace dxnews::analyzer
