// Periods of calendar days (Vietnam time) for reports: ISO weeks ("2024-W41"), explicit ranges,
// the period before a period, and the buckets (day, week, month) that trend series count in.
#ifndef DXNEWS_REPORT_PERIOD_H_
#define DXNEWS_REPORT_PERIOD_H_

#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/civil_date.h"
#include "dxnews/core/result.h"

namespace dxnews::report {

using analyzer::CivilDate;

/// The days first..last, both included. REQUIRES for every function: IsValid(first),
/// IsValid(last), !(last < first).
struct Period {
  CivilDate first;
  CivilDate last;

  bool Contains(const CivilDate& day) const { return !(day < first) && !(last < day); }
  long Days() const;
};

/// The ISO 8601 week (Monday to Sunday) that contains `day`.
Period IsoWeekOf(const CivilDate& day);
/// "2024-W41" for the week that contains `day` (the ISO week-numbering year may differ from
/// the calendar year around 1 January).
std::string IsoWeekLabel(const CivilDate& day);
/// "2024-W41" or "2024-W1" -> that week. kInvalidInput naming the text when it is not a week
/// label or the week does not exist (W53 of a 52-week year).
Result<Period> ParseIsoWeek(std::string_view label);
/// The last Monday-Sunday week that ended before `today`.
Period LastCompleteWeek(const CivilDate& today);
/// The period of the same length that ends the day before `period` starts.
Period PreviousPeriod(const Period& period);
/// "2024-W41 (07/10–13/10/2024)" for an ISO week, else "01/10/2024–31/10/2024".
std::string PeriodLabel(const Period& period);

/// How trend series are bucketed.
enum class Bucketing { kDay, kWeek, kMonth };

/// Parses "day", "week" or "month".
Result<Bucketing> ParseBucketing(std::string_view text);

/// The buckets that cover `range`, in order: whole ISO weeks and whole months, so the first and
/// last bucket may reach outside the range.
std::vector<Period> Buckets(const Period& range, Bucketing by);
/// The label of the bucket that starts on `first`: "2024-10-07", "2024-W41", "2024-10".
std::string BucketLabel(const Period& bucket, Bucketing by);

}  // namespace dxnews::report

#endif  // DXNEWS_REPORT_PERIOD_H_
