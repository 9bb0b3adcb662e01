// Private: expressions that name a day, month or year relative to the publication date
// ("hôm qua", "chiều nay", "tuần trước", "năm ngoái", "3 ngày trước", "5 giờ trước").
#ifndef DXNEWS_ANALYZER_RELATIVE_DATE_H_
#define DXNEWS_ANALYZER_RELATIVE_DATE_H_

#include <cstddef>
#include <optional>
#include <string>

#include "date_grammar.h"
#include "dxnews/analyzer/civil_date.h"
#include "token_words.h"

namespace dxnews::analyzer::internal {

/// A relative expression covering tokens [first, last]. Weeks are given at day grain (the
/// publication day moved by 7 days per week).
struct RelativeDate {
  CivilDate date;
  DateGrain grain = DateGrain::kDay;
  std::string part_of_day;  ///< "chiều" for "chiều nay", else "".
  size_t first = 0;
  size_t last = 0;
};

/// The relative expression starting at token i, if any. REQUIRES: IsValid(published).
std::optional<RelativeDate> MatchRelativeDate(const TokenWords& w, size_t i, const CivilDate& published);

/// `date` moved by `months` calendar months, day set to 1.
CivilDate AddMonths(const CivilDate& date, int months);

/// True for "sáng", "trưa", "chiều", "tối", "đêm".
bool IsPartOfDay(const std::string& key);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_RELATIVE_DATE_H_
