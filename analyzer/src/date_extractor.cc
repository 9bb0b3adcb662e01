#include "dxnews/analyzer/date_extractor.h"

#include <cstdio>
#include <optional>

#include "date_grammar.h"
#include "relative_date.h"
#include "token_words.h"
#include "word_extractors.h"

namespace dxnews::analyzer {
namespace {

using internal::DateGrain;
using internal::ExplicitDate;
using internal::TokenWords;

bool IsOneOf(const std::string& key, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (key == word) return true;
  }
  return false;
}

// "thứ Hai" .. "thứ Bảy", "chủ nhật" ending at token i.
bool IsWeekdayEnd(const TokenWords& w, size_t i) {
  if (i == 0) return false;
  if (w.Is(i - 1, "thứ")) return IsOneOf(w.Key(i), {"hai", "ba", "tư", "năm", "sáu", "bảy"});
  return w.Is2(i - 1, "chủ", "nhật");
}

// Words after which "12/10" is a day: "ngày 5/9", "Chiều 14/11", "từ 5/9", "Thứ Hai, 12/10",
// "16:10, 10/03". With `strong`, only the cues that also make "14-4" and "13.1" days (not "từ
// 4-6 dòng").
bool HasDateCue(const TokenWords& w, size_t i, bool strong) {
  if (i == 0) return false;
  size_t j = i - 1;
  if (IsOneOf(w.Key(j), {",", "-", "("}) && j > 0) --j;
  if (IsOneOf(w.Key(j), {"ngày", "hôm", "khuya"}) || internal::IsPartOfDay(w.Key(j)) || IsWeekdayEnd(w, j) ||
      w.kind(j) == TokenKind::kTime) {
    return true;
  }
  return !strong && IsOneOf(w.Key(j), {"từ", "đến", "tới", "vào", "và", "lúc", "dịp", "trước", "sau"});
}

// "1/3 số xã", "1/2 hoạt động", "đạt 9/10 điểm", "phục vụ 24/7": a year-less d/m without a
// cue that is a fraction or a score. A date is followed by punctuation or by one of a few
// function words; a fraction is followed by what it counts.
bool LooksLikeFraction(const TokenWords& w, const ExplicitDate& d) {
  if (d.day == 24 && d.month == 7) return true;
  const size_t next = d.last + 1;
  if (next < w.size() && w.kind(next) == TokenKind::kSyllable && !w.IsCapitalized(next) &&
      !IsOneOf(w.Key(next), {"và", "đến", "tới", "năm", "này", "vừa", "tại", "hàng", "hằng", "mỗi", "là",
                             "sẽ", "đã", "qua", "nay", "hoặc", "hay", "tuần", "tháng"})) {
    return true;
  }
  return d.first > 0 && IsOneOf(w.Key(d.first - 1), {"tỷ", "tỉ", "đạt", "chiếm", "khoảng", "gần", "hơn",
                                                     "trên", "dưới", "thắng", "thua"});
}

bool IsRecurring(const TokenWords& w, size_t first, size_t last) {
  auto yearly_at = [&w](size_t i) {
    return (w.Is(i, "hằng") || w.Is(i, "hàng") || w.Is(i, "mỗi")) && w.Is(i + 1, "năm");
  };
  if (yearly_at(last + 1)) return true;
  size_t j = first;
  while (j > 0 && IsOneOf(w.Key(j - 1), {"ngày", "vào", ",", "là"}) && first - j < 3) --j;
  return j >= 2 && yearly_at(j - 2);
}

// "14:30" -> "14:30", "9h30" -> "09:30", "10h" -> "10:00".
std::string FormatTime(std::string_view s) {
  int hour = 0;
  int minute = 0;
  size_t p = 0;
  while (p < s.size() && s[p] >= '0' && s[p] <= '9') hour = hour * 10 + (s[p++] - '0');
  if (p < s.size()) ++p;
  for (size_t k = 0; k < 2 && p < s.size() && s[p] >= '0' && s[p] <= '9'; ++k) {
    minute = minute * 10 + (s[p++] - '0');
  }
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d:%02d", hour % 100, minute % 100);
  return buffer;
}

class DateScanner {
 public:
  DateScanner(const TokenWords& w, const CivilDate& published) : w_(w), published_(published) {}

  std::vector<DateMention> Run();

 private:
  size_t ScanAt(size_t i);
  std::optional<ExplicitDate> DateAt(size_t i) const;
  bool EmitRangeStart(size_t i);
  void Emit(const ExplicitDate& d);
  void AddContext(size_t first, size_t last, DateMention* m) const;
  bool ResolveYear(const ExplicitDate& d, DateMention* m) const;

  const TokenWords& w_;
  const CivilDate published_;
  const bool has_anchor_ = IsValid(published_);
  std::vector<DateMention> out_;
};

std::vector<DateMention> DateScanner::Run() {
  for (size_t i = 0; i < w_.size();) i = ScanAt(i);
  return std::move(out_);
}

// Handles the expression starting at token i; returns the next token to look at.
size_t DateScanner::ScanAt(size_t i) {
  if (has_anchor_) {
    if (auto r = internal::MatchRelativeDate(w_, i, published_)) {
      DateMention m;
      m.date = r->date;
      m.precision = static_cast<DateMention::Precision>(r->grain);
      m.part_of_day = r->part_of_day;
      m.relative = true;
      AddContext(r->first, r->last, &m);
      out_.push_back(std::move(m));
      return r->last + 1;
    }
  }
  if (EmitRangeStart(i)) return i + 2;
  const std::optional<ExplicitDate> d = DateAt(i);
  if (!d) return i + 1;
  Emit(*d);
  return d->last + 1;
}

std::optional<ExplicitDate> DateScanner::DateAt(size_t i) const {
  std::optional<ExplicitDate> d = internal::MatchExplicitDate(w_, i);
  const bool cue = HasDateCue(w_, i, /*strong=*/false);
  if (!d && HasDateCue(w_, i, /*strong=*/true)) d = internal::MatchCuedDayMonth(w_, i);
  if (d && d->year == 0 && w_.kind(i) == TokenKind::kDate && !cue && LooksLikeFraction(w_, *d)) {
    return std::nullopt;
  }
  return d;
}

// "5-7/10/2024", "từ ngày 5 đến 7/10", "ngày 26 và 27/5": the bare first day takes the month
// and year of the date that closes the range.
bool DateScanner::EmitRangeStart(size_t i) {
  const int day = w_.IntAt(i);
  if (day < 1 || day > 31 || !IsOneOf(w_.Key(i + 1), {"-", "–", "đến", "tới", "và"})) return false;
  const size_t j = w_.Is(i + 2, "ngày") ? i + 3 : i + 2;
  const std::optional<ExplicitDate> end = DateAt(j);
  if (!end || end->grain != DateGrain::kDay || end->day <= day) return false;
  if (w_.kind(j) != TokenKind::kDate && !w_.Is(i - 1, "ngày")) return false;
  ExplicitDate start = *end;
  start.day = day;
  start.first = start.last = i;
  Emit(start);
  return true;
}

void DateScanner::Emit(const ExplicitDate& d) {
  DateMention m;
  m.precision = static_cast<DateMention::Precision>(d.grain);
  if (!ResolveYear(d, &m)) return;
  m.recurring = IsRecurring(w_, d.first, d.last);
  AddContext(d.first, d.last, &m);
  out_.push_back(std::move(m));
}

bool DateScanner::ResolveYear(const ExplicitDate& d, DateMention* m) const {
  m->date =
      CivilDate{d.year, d.grain == DateGrain::kYear ? 1 : d.month, d.grain == DateGrain::kDay ? d.day : 1};
  if (d.year == 0) {
    if (!has_anchor_) return false;
    m->year_inferred = true;
    m->date.year = published_.year;
    if (IsValid(m->date) && DaysSinceEpoch(m->date) - DaysSinceEpoch(published_) > kMaxFutureDays) {
      --m->date.year;
    }
  }
  return IsValid(m->date);
}

// Widens [first, last] over a leading "ngày"/"hôm", a weekday and a part of the day, and picks
// up a clock time written just before or after ("14:30 ngày 5/9", "12/10/2024, 16:10").
void DateScanner::AddContext(size_t first, size_t last, DateMention* m) const {
  size_t j = first;
  while (j > 0 && (IsOneOf(w_.Key(j - 1), {"ngày", "hôm", ","}) || IsWeekdayEnd(w_, j - 1))) {
    j -= IsWeekdayEnd(w_, j - 1) ? 2 : 1;
  }
  if (j > 0 && m->part_of_day.empty() && internal::IsPartOfDay(w_.Key(j - 1))) {
    m->part_of_day = w_.Key(--j);
  }
  while (j < first && w_.Key(j) == ",") ++j;
  if (j > 0 && w_.kind(j - 1) == TokenKind::kTime) {
    m->time = FormatTime(w_.Text(j - 1));
  } else {
    const size_t k = w_.Is(last + 1, ",") ? last + 2 : last + 1;
    if (k < w_.size() && w_.kind(k) == TokenKind::kTime) m->time = FormatTime(w_.Text(k));
  }
  m->begin = w_.token(j).begin;
  m->end = w_.token(last).end;
}

}  // namespace

std::vector<DateMention> ExtractDates(std::string_view text, const std::vector<Token>& tokens,
                                      const CivilDate& published) {
  return internal::ExtractDates(TokenWords(text, tokens), published);
}

std::vector<DateMention> internal::ExtractDates(const TokenWords& words, const CivilDate& published) {
  return DateScanner(words, published).Run();
}

}  // namespace dxnews::analyzer
