// A calendar day without time or zone, shared by the extractors and the index. CivilDate is a
// plain value (year, month, day) in the proleptic Gregorian calendar; the free functions check
// validity (leap years included), format as ISO 8601 and do day arithmetic, which relative
// expressions ("hôm qua", "3 ngày trước") and year inference for year-less dates need.
#ifndef DXNEWS_ANALYZER_CIVIL_DATE_H_
#define DXNEWS_ANALYZER_CIVIL_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace dxnews::analyzer {

/// A calendar day. A default-constructed CivilDate (0-0-0) is invalid.
struct CivilDate {
  int year = 0;
  int month = 0;  ///< 1-12.
  int day = 0;    ///< 1-31.
};

bool operator==(const CivilDate& a, const CivilDate& b);
bool operator!=(const CivilDate& a, const CivilDate& b);
bool operator<(const CivilDate& a, const CivilDate& b);

/// Gregorian leap year: divisible by 4, except centuries not divisible by 400.
bool IsLeapYear(int year);

/// Days in `month` of `year` (28-31), or 0 when month is outside 1-12.
int DaysInMonth(int year, int month);

/// True for a real day with year in 1-9999: 2024-02-29 is valid, 2023-02-29 and 2022-04-31 are not.
bool IsValid(const CivilDate& date);

/// Parses a date typed by a user or found in a file header: "2022-04-22", "20220422" or the
/// Vietnamese day-first "22/4/2022". nullopt when it is none of these or not a real day.
std::optional<CivilDate> ParseCivilDate(std::string_view text);

/// "YYYY-MM-DD", zero-padded ("2022-04-22"). REQUIRES: IsValid(date).
std::string ToIso(const CivilDate& date);

/// Days since 1970-01-01 (negative before). REQUIRES: IsValid(date).
long DaysSinceEpoch(const CivilDate& date);

/// The inverse of DaysSinceEpoch().
CivilDate FromDaysSinceEpoch(long days);

/// `date` moved by `days` (negative: back in time). REQUIRES: IsValid(date).
CivilDate AddDays(const CivilDate& date, long days);

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_CIVIL_DATE_H_
