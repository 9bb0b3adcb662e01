#include "relative_date.h"

#include <string_view>

namespace dxnews::analyzer::internal {
namespace {

struct FixedPhrase {
  std::string_view first;
  std::string_view second;
  int offset;  // days, months or years after publication
  DateGrain grain;
};

// Week phrases are listed as day offsets.
constexpr FixedPhrase kPhrases[] = {
    {"hôm", "nay", 0, DateGrain::kDay},        {"hôm", "qua", -1, DateGrain::kDay},
    {"hôm", "kia", -2, DateGrain::kDay},       {"ngày", "mai", 1, DateGrain::kDay},
    {"tuần", "trước", -7, DateGrain::kDay},    {"tuần", "này", 0, DateGrain::kDay},
    {"tuần", "sau", 7, DateGrain::kDay},       {"tuần", "tới", 7, DateGrain::kDay},
    {"tháng", "trước", -1, DateGrain::kMonth}, {"tháng", "này", 0, DateGrain::kMonth},
    {"tháng", "sau", 1, DateGrain::kMonth},    {"tháng", "tới", 1, DateGrain::kMonth},
    {"năm", "ngoái", -1, DateGrain::kYear},    {"năm", "trước", -1, DateGrain::kYear},
    {"năm", "nay", 0, DateGrain::kYear},       {"năm", "sau", 1, DateGrain::kYear},
    {"năm", "tới", 1, DateGrain::kYear},
};

CivilDate Shift(const CivilDate& published, int offset, DateGrain grain) {
  switch (grain) {
    case DateGrain::kDay:
      return AddDays(published, offset);
    case DateGrain::kMonth:
      return AddMonths(published, offset);
    case DateGrain::kYear:
      return CivilDate{published.year + offset, 1, 1};
  }
  return published;
}

// "3 ngày trước", "5 giờ trước", "2 tuần trước", "6 tháng trước", "2 năm trước" (not "3 ngày
// trước khi ...", "2 năm trước đó", which count from another event).
std::optional<RelativeDate> MatchCountAgo(const TokenWords& w, size_t i, const CivilDate& pub) {
  const int n = w.IntAt(i);
  if (n < 0 || !w.Is(i + 2, "trước")) return std::nullopt;
  const std::string& next = w.Key(i + 3);
  if (next == "khi" || next == "đó" || next == "đấy" || next == "kia") return std::nullopt;
  const std::string& unit = w.Key(i + 1);
  RelativeDate r{pub, DateGrain::kDay, "", i, i + 2};
  if (unit == "giây" || unit == "phút") {
    r.date = pub;
  } else if (unit == "giờ" || unit == "tiếng") {
    r.date = AddDays(pub, -(n / 24));
  } else if (unit == "ngày") {
    r.date = AddDays(pub, -n);
  } else if (unit == "tuần") {
    r.date = AddDays(pub, -7L * n);
  } else if (unit == "tháng") {
    r = RelativeDate{AddMonths(pub, -n), DateGrain::kMonth, "", i, i + 2};
  } else if (unit == "năm") {
    r = RelativeDate{CivilDate{pub.year - n, 1, 1}, DateGrain::kYear, "", i, i + 2};
  } else {
    return std::nullopt;
  }
  return r;
}

// "chiều nay", "tối qua", "sáng hôm qua".
std::optional<RelativeDate> MatchPartOfDay(const TokenWords& w, size_t i, const CivilDate& pub) {
  if (!IsPartOfDay(w.Key(i))) return std::nullopt;
  const size_t j = w.Is(i + 1, "hôm") ? i + 2 : i + 1;
  if (w.Is(j, "nay")) return RelativeDate{pub, DateGrain::kDay, w.Key(i), i, j};
  if (w.Is(j, "qua")) return RelativeDate{AddDays(pub, -1), DateGrain::kDay, w.Key(i), i, j};
  return std::nullopt;
}

}  // namespace

bool IsPartOfDay(const std::string& key) {
  // string_view literals: compared by length first (== const char* measures the literal each
  // time, and this runs twice for every token of every article).
  static constexpr std::string_view kParts[] = {"sáng", "trưa", "chiều", "tối", "đêm"};
  for (std::string_view part : kParts) {
    if (key == part) return true;
  }
  return false;
}

CivilDate AddMonths(const CivilDate& date, int months) {
  const int index = date.year * 12 + (date.month - 1) + months;
  return CivilDate{index / 12, index % 12 + 1, 1};
}

std::optional<RelativeDate> MatchRelativeDate(const TokenWords& w, size_t i, const CivilDate& published) {
  if (auto r = MatchCountAgo(w, i, published)) return r;
  if (auto r = MatchPartOfDay(w, i, published)) return r;
  // "5 năm tới", "3 tháng này" count a span, not a calendar unit.
  if (i > 0 && w.kind(i - 1) == TokenKind::kNumber) return std::nullopt;
  const std::string& key = w.Key(i);  // looked up once, not once per phrase: this runs at every token
  for (const FixedPhrase& p : kPhrases) {
    if (key == p.first && w.Is(i + 1, p.second)) {
      return RelativeDate{Shift(published, p.offset, p.grain), p.grain, "", i, i + 1};
    }
  }
  return std::nullopt;
}

}  // namespace dxnews::analyzer::internal
