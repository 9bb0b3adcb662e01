// Private: the explicit date expressions of Vietnamese news, matched at a token position and
// shared by the date and the document extractors. An expression may lack its year ("12/10",
// "ngày 5 tháng 9"); resolving that year is the caller's business.
#ifndef DXNEWS_ANALYZER_DATE_GRAMMAR_H_
#define DXNEWS_ANALYZER_DATE_GRAMMAR_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "token_words.h"

namespace dxnews::analyzer::internal {

enum class DateGrain { kDay, kMonth, kYear };

/// A date expression covering tokens [first, last]. `year` is 0 when the text gives none;
/// `day` is 0 below day grain and `month` 0 at year grain.
struct ExplicitDate {
  int year = 0;
  int month = 0;
  int day = 0;
  DateGrain grain = DateGrain::kDay;
  size_t first = 0;
  size_t last = 0;
};

/// Parses "22/4/2022", "22-4-2022", "22.4.2022", "12/10", "13.1", "14-4" into day, month and
/// year (0 when absent). False unless day is 1-31, month 1-12 and a year has four digits.
bool ParseDayMonthYear(std::string_view s, int* day, int* month, int* year);

/// The date expression starting at token i, if any: a kDate token; "ngày 22 tháng 4 (năm
/// 2022)"; "tháng 4/2022", "tháng 4.2025", "tháng 4 năm 2022" (month grain); "quý I/2020"
/// (month grain, the quarter's first month); "năm 2022" (year grain).
std::optional<ExplicitDate> MatchExplicitDate(const TokenWords& w, size_t i);

/// A year-less day written with '-' or '.' ("14-4", "13.1"), which is only a date after a cue
/// such as "ngày" or "Chiều"; the caller checks the cue. Never matches a longer number run.
std::optional<ExplicitDate> MatchCuedDayMonth(const TokenWords& w, size_t i);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_DATE_GRAMMAR_H_
