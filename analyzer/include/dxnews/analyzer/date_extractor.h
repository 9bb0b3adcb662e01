// Finds the dates a Vietnamese news text mentions: full dates in every common spelling
// ("22/4/2022", "22-4-2022", "22.4.2022", "ngày 22 tháng 4 năm 2022"), year-less days ("Ngày
// 5/9", "Chiều 14/11", "ngày 14-4") resolved against the publication date, months ("tháng
// 4/2022", "quý I/2020"), years ("năm 2022"), day ranges ("5-7/10/2024", "từ ngày 5 đến 7/10")
// and expressions relative to publication ("hôm qua", "tuần trước", "3 giờ trước"). Document
// numbers, fractions ("1/3 số xã") and scores are not dates; "10/10 hằng năm" is recurring.
#ifndef DXNEWS_ANALYZER_DATE_EXTRACTOR_H_
#define DXNEWS_ANALYZER_DATE_EXTRACTOR_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/civil_date.h"
#include "dxnews/analyzer/token.h"

namespace dxnews::analyzer {

/// One date expression of the text.
struct DateMention {
  enum Precision { kDay, kMonth, kYear };

  /// The day. At kMonth precision day is 1; at kYear precision month and day are 1.
  CivilDate date;
  /// "sáng", "trưa", "chiều", "tối", "đêm" when the text gives the part of the day, else "".
  std::string part_of_day;
  /// "HH:MM" ("14:30", "09:00" for "9h") when a clock time is written next to the date, else "".
  std::string time;
  Precision precision = kDay;
  /// The year was not written and was taken from the publication date (a date more than
  /// kMaxFutureDays after publication goes to the previous year).
  bool year_inferred = false;
  /// Computed from the publication date ("hôm qua", "3 ngày trước", "năm ngoái").
  bool relative = false;
  /// A day that comes back every year ("10/10 hằng năm"): not the day of an event.
  bool recurring = false;
  /// Byte offsets [begin, end) of the expression in the text, cue words ("ngày", "Chiều") included.
  size_t begin = 0;
  size_t end = 0;
};

/// A year-less day up to this many days after publication is announced, not past.
inline constexpr int kMaxFutureDays = 92;

/// All date expressions of `text` in text order; a range gives one mention per end day.
/// `tokens` must be Tokenize(text). `published` anchors year-less and relative dates; when it is
/// not IsValid(), those are skipped. Never fails; thread-safe.
std::vector<DateMention> ExtractDates(std::string_view text, const std::vector<Token>& tokens,
                                      const CivilDate& published);

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_DATE_EXTRACTOR_H_
