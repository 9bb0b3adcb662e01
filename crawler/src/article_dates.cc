#include "article_dates.h"

#include <array>
#include <cctype>
#include <cstdlib>
#include <string>
#include <utility>

#include "feed_date.h"

namespace dxnews::crawler {
namespace {

constexpr std::int64_t kVietnamOffset = 7 * 3600;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max_digits digits at `pos`; the number must not continue with another digit.
std::optional<int> ReadNumber(std::string_view text, size_t* pos, size_t max_digits) {
  size_t end = *pos;
  while (end < text.size() && IsDigit(text[end]) && end - *pos < max_digits) ++end;
  if (end == *pos || (end < text.size() && IsDigit(text[end]))) return std::nullopt;
  const int value = std::atoi(std::string(text.substr(*pos, end - *pos)).c_str());
  *pos = end;
  return value;
}

std::optional<std::int64_t> LocalToUtc(int year, int month, int day, int hour, int minute) {
  if (year < 1995 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59)
    return std::nullopt;
  const std::int64_t days = DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  return days * 86400 + hour * 3600 + minute * 60 - kVietnamOffset;
}

struct Match {
  size_t begin = 0, end = 0;
  int a = 0, b = 0, c = 0;
};

// d/m/yyyy at `start` (no digit before it).
std::optional<Match> DateAt(std::string_view text, size_t start) {
  if (start > 0 && IsDigit(text[start - 1])) return std::nullopt;
  Match m{start, start};
  size_t pos = start;
  const auto day = ReadNumber(text, &pos, 2);
  if (!day || pos >= text.size()) return std::nullopt;
  const char sep = text[pos];
  if (sep != '/' && sep != '-' && sep != '.') return std::nullopt;
  ++pos;
  const auto month = ReadNumber(text, &pos, 2);
  if (!month || pos >= text.size() || text[pos] != sep) return std::nullopt;
  ++pos;
  const size_t year_start = pos;
  const auto year = ReadNumber(text, &pos, 4);
  if (!year || pos - year_start != 4) return std::nullopt;
  m.end = pos;
  m.a = *day, m.b = *month, m.c = *year;
  return m;
}

// hh:mm or hhhmm at `start`.
std::optional<Match> TimeAt(std::string_view text, size_t start) {
  if (start > 0 && IsDigit(text[start - 1])) return std::nullopt;
  size_t pos = start;
  const auto hour = ReadNumber(text, &pos, 2);
  if (!hour || pos + 1 >= text.size() || (text[pos] != ':' && text[pos] != 'h' && text[pos] != 'H'))
    return std::nullopt;
  ++pos;
  const size_t minute_start = pos;
  const auto minute = ReadNumber(text, &pos, 2);
  if (!minute || pos - minute_start != 2 || *hour > 23 || *minute > 59) return std::nullopt;
  return Match{start, pos, *hour, *minute, 0};
}

int Distance(const Match& a, const Match& b) {
  return static_cast<int>(a.end <= b.begin ? b.begin - a.end : (b.end <= a.begin ? a.begin - b.end : 0));
}

}  // namespace

std::optional<std::int64_t> ParseVisibleDate(std::string_view text) {
  std::optional<Match> date;
  for (size_t i = 0; i < text.size() && !date; ++i) {
    if (IsDigit(text[i])) date = DateAt(text, i);
  }
  if (!date) return std::nullopt;
  std::optional<Match> best_time;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsDigit(text[i]) || (i >= date->begin && i < date->end)) continue;
    const auto time = TimeAt(text, i);
    if (time && Distance(*time, *date) <= 24 && (!best_time || Distance(*time, *date) < Distance(*best_time, *date)))
      best_time = time;
  }
  return LocalToUtc(date->c, date->b, date->a, best_time ? best_time->a : 0, best_time ? best_time->b : 0);
}

std::optional<std::int64_t> ParseUrlDate(std::string_view url) {
  const size_t scheme = url.find("://");
  const size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  for (size_t i = path; i < url.size() && url[i] != '?' && url[i] != '#'; ++i) {
    if (url[i] != '/' && url[i] != '-') continue;
    size_t pos = i + 1;
    const auto first = ReadNumber(url, &pos, 8);
    if (!first) continue;
    const size_t digits = pos - i - 1;
    if (digits == 8 && url[i] == '-') return LocalToUtc(*first / 10000, *first / 100 % 100, *first % 100, 0, 0);
    if (digits == 6 && url[i] == '/' && pos < url.size() && url[pos] == '/')
      return LocalToUtc(*first / 100, *first % 100, 1, 0, 0);
    if (digits != 4 || url[i] != '/' || pos >= url.size() || url[pos] != '/') continue;
    ++pos;
    const auto month = ReadNumber(url, &pos, 2);
    if (!month || pos >= url.size() || url[pos] != '/') continue;
    ++pos;
    const auto day = ReadNumber(url, &pos, 2);
    const bool has_day = day && pos < url.size() && url[pos] == '/';
    return LocalToUtc(*first, *month, has_day ? *day : 1, 0, 0);
  }
  return std::nullopt;
}

std::optional<std::int64_t> ParseRelativeTime(std::string_view text, std::int64_t now) {
  if (text.find("vừa xong") != std::string_view::npos) return now;
  if (text.find("hôm qua") != std::string_view::npos) return now - 86400;
  static const std::array<std::pair<std::string_view, std::int64_t>, 8> kUnits = {{{"giây", 1},
                                                                                   {"phút", 60},
                                                                                   {"giờ", 3600},
                                                                                   {"tiếng", 3600},
                                                                                   {"ngày", 86400},
                                                                                   {"tuần", 7 * 86400},
                                                                                   {"tháng", 30 * 86400},
                                                                                   {"năm", 365 * 86400}}};
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && IsDigit(text[i - 1]))) continue;
    size_t pos = i;
    const auto count = ReadNumber(text, &pos, 4);
    if (!count) continue;
    while (pos < text.size() && text[pos] == ' ') ++pos;
    for (const auto& [unit, seconds] : kUnits) {
      const std::string_view rest = text.substr(pos);
      if (rest.substr(0, unit.size()) != unit) continue;
      const std::string_view after = rest.substr(unit.size());
      constexpr std::string_view kAgo = " trước";
      if (after.substr(0, kAgo.size()) == kAgo) return now - *count * seconds;
    }
  }
  return std::nullopt;
}

bool IsDateLine(std::string_view text) {
  static constexpr std::array<std::string_view, 11> kOpenings = {
      "Thứ", "Chủ nhật", "Chủ Nhật", "Cập nhật", "Đăng", "Ngày đăng", "Thời gian", "Posted", "Published", "Updated", "Ngày cập nhật"};
  if (text.empty() || text.size() > 100) return false;
  bool opens = IsDigit(text[0]);
  for (std::string_view opening : kOpenings) opens = opens || text.substr(0, opening.size()) == opening;
  return opens && (ParseVisibleDate(text) || ParseRelativeTime(text, 0));
}

}  // namespace dxnews::crawler
