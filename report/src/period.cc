#include "dxnews/report/period.h"

#include <cstdio>
#include <string>

namespace dxnews::report {
namespace {

// 0 = Monday ... 6 = Sunday. 1970-01-01 was a Thursday.
int Weekday(const CivilDate& day) {
  long days = analyzer::DaysSinceEpoch(day);
  return static_cast<int>(((days + 3) % 7 + 7) % 7);
}

CivilDate MondayOf(const CivilDate& day) { return analyzer::AddDays(day, -Weekday(day)); }

// The Monday of ISO week 1 of `year`: the week with 4 January.
CivilDate FirstIsoMonday(int year) { return MondayOf(CivilDate{year, 1, 4}); }

std::string DayMonth(const CivilDate& d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02d/%02d", d.day, d.month);
  return buffer;
}

std::string DayMonthYear(const CivilDate& d) { return DayMonth(d) + "/" + std::to_string(d.year); }

}  // namespace

long Period::Days() const { return analyzer::DaysSinceEpoch(last) - analyzer::DaysSinceEpoch(first) + 1; }

Period IsoWeekOf(const CivilDate& day) {
  CivilDate monday = MondayOf(day);
  return {monday, analyzer::AddDays(monday, 6)};
}

std::string IsoWeekLabel(const CivilDate& day) {
  CivilDate thursday = analyzer::AddDays(MondayOf(day), 3);  // decides the ISO year
  int year = thursday.year;
  long week = (analyzer::DaysSinceEpoch(MondayOf(day)) - analyzer::DaysSinceEpoch(FirstIsoMonday(year))) / 7 + 1;
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-W%02d", year, static_cast<int>(week));
  return buffer;
}

Result<Period> ParseIsoWeek(std::string_view label) {
  auto invalid = [&] {
    return Status::InvalidInput("'" + std::string(label) + "' is not an ISO week such as 2024-W41");
  };
  if (label.size() < 7 || label.size() > 8 || label[4] != '-' || (label[5] != 'W' && label[5] != 'w')) {
    return invalid();
  }
  int year = 0, week = 0;
  for (size_t i = 0; i < label.size(); ++i) {
    if (i == 4 || i == 5) continue;
    if (label[i] < '0' || label[i] > '9') return invalid();
    (i < 4 ? year : week) = (i < 4 ? year : week) * 10 + (label[i] - '0');
  }
  if (year < 1 || week < 1) return invalid();
  CivilDate monday = analyzer::AddDays(FirstIsoMonday(year), 7L * (week - 1));
  if (IsoWeekLabel(monday).substr(0, 4) != std::string(label.substr(0, 4))) {
    return Status::InvalidInput("'" + std::string(label) + "': " + std::to_string(year) + " has no week " +
                                std::to_string(week));
  }
  return Period{monday, analyzer::AddDays(monday, 6)};
}

Period LastCompleteWeek(const CivilDate& today) {
  CivilDate monday = analyzer::AddDays(MondayOf(today), -7);
  return {monday, analyzer::AddDays(monday, 6)};
}

Period PreviousPeriod(const Period& period) {
  CivilDate last = analyzer::AddDays(period.first, -1);
  return {analyzer::AddDays(last, -(period.Days() - 1)), last};
}

std::string PeriodLabel(const Period& period) {
  if (period.Days() == 7 && Weekday(period.first) == 0) {
    return IsoWeekLabel(period.first) + " (" + DayMonth(period.first) + "–" + DayMonthYear(period.last) + ")";
  }
  return DayMonthYear(period.first) + "–" + DayMonthYear(period.last);
}

Result<Bucketing> ParseBucketing(std::string_view text) {
  if (text == "day") return Bucketing::kDay;
  if (text == "week") return Bucketing::kWeek;
  if (text == "month") return Bucketing::kMonth;
  return Status::InvalidInput("'" + std::string(text) + "' is not a bucket size: use day, week or month");
}

std::vector<Period> Buckets(const Period& range, Bucketing by) {
  std::vector<Period> buckets;
  CivilDate start = range.first;
  if (by == Bucketing::kWeek) start = MondayOf(start);
  if (by == Bucketing::kMonth) start.day = 1;
  while (!(range.last < start)) {
    CivilDate end = start;
    switch (by) {
      case Bucketing::kDay: break;
      case Bucketing::kWeek: end = analyzer::AddDays(start, 6); break;
      case Bucketing::kMonth: end.day = analyzer::DaysInMonth(start.year, start.month); break;
    }
    buckets.push_back({start, end});
    start = analyzer::AddDays(end, 1);
  }
  return buckets;
}

std::string BucketLabel(const Period& bucket, Bucketing by) {
  switch (by) {
    case Bucketing::kDay: return analyzer::ToIso(bucket.first);
    case Bucketing::kWeek: return IsoWeekLabel(bucket.first);
    case Bucketing::kMonth: return analyzer::ToIso(bucket.first).substr(0, 7);
  }
  return analyzer::ToIso(bucket.first);
}

}  // namespace dxnews::report
