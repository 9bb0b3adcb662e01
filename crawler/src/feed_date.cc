#include "feed_date.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cctype>
#include <string>
#include <vector>

#include "ascii.h"

namespace dxnews::crawler {
namespace {

struct Fields {
  std::int64_t year = 0;
  unsigned month = 0, day = 0, hour = 0, minute = 0, second = 0;
};

bool IsLeap(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned DaysInMonth(std::int64_t year, unsigned month) {
  constexpr std::array<unsigned, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

std::optional<std::int64_t> ToEpoch(const Fields& f, std::int64_t offset_seconds) {
  if (f.year < 1 || f.year > 9999 || f.month < 1 || f.month > 12 || f.day < 1 ||
      f.day > DaysInMonth(f.year, f.month) || f.hour > 23 || f.minute > 59 || f.second > 60) {
    return std::nullopt;
  }
  const std::int64_t seconds =
      DaysFromCivil(f.year, f.month, f.day) * 86400 + f.hour * 3600 + f.minute * 60 + std::min(f.second, 59u);
  return seconds - offset_seconds;
}

// Reads exactly `width` digits at `pos`.
bool ReadDigits(std::string_view s, size_t& pos, size_t width, unsigned& out) {
  if (pos + width > s.size()) return false;
  out = 0;
  for (size_t i = 0; i < width; ++i) {
    const char c = s[pos + i];
    if (c < '0' || c > '9') return false;
    out = out * 10 + static_cast<unsigned>(c - '0');
  }
  pos += width;
  return true;
}

bool Expect(std::string_view s, size_t& pos, char c) {
  if (pos >= s.size() || s[pos] != c) return false;
  ++pos;
  return true;
}

// "+07:00", "+0700", "+07", "-05:30"; returns seconds east of UTC.
std::optional<std::int64_t> ParseNumericOffset(std::string_view s) {
  if (s.size() < 3 || (s[0] != '+' && s[0] != '-')) return std::nullopt;
  size_t pos = 1;
  unsigned hours = 0, minutes = 0;
  if (!ReadDigits(s, pos, 2, hours)) return std::nullopt;
  if (pos < s.size() && s[pos] == ':') ++pos;
  if (pos < s.size() && !ReadDigits(s, pos, 2, minutes)) return std::nullopt;
  if (pos != s.size() || hours > 23 || minutes > 59) return std::nullopt;
  const std::int64_t offset = hours * 3600 + minutes * 60;
  return s[0] == '-' ? -offset : offset;
}

std::optional<std::int64_t> ParseZone(std::string_view zone) {
  struct Named {
    std::string_view name;
    int hours;
  };
  constexpr std::array<Named, 13> kZones = {{{"UT", 0},
                                             {"UTC", 0},
                                             {"GMT", 0},
                                             {"Z", 0},
                                             {"EST", -5},
                                             {"EDT", -4},
                                             {"CST", -6},
                                             {"CDT", -5},
                                             {"MST", -7},
                                             {"MDT", -6},
                                             {"PST", -8},
                                             {"PDT", -7},
                                             {"ICT", 7}}};
  for (const Named& named : kZones) {
    if (EqualsIgnoreAsciiCase(zone, named.name)) return named.hours * 3600;
  }
  if (StartsWithIgnoreAsciiCase(zone, "GMT") || StartsWithIgnoreAsciiCase(zone, "UTC")) {
    zone.remove_prefix(3);  // "GMT+7", "GMT+07:00"
    if (zone.size() == 2 && (zone[0] == '+' || zone[0] == '-') && zone[1] >= '0' && zone[1] <= '9') {
      return (zone[0] == '-' ? -1 : 1) * (zone[1] - '0') * 3600;
    }
  }
  return ParseNumericOffset(zone);
}

std::optional<unsigned> ParseMonthName(std::string_view name) {
  constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                        "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return std::nullopt;
  for (unsigned i = 0; i < kMonths.size(); ++i) {
    if (StartsWithIgnoreAsciiCase(name, kMonths[i])) return i + 1;
  }
  return std::nullopt;
}

std::vector<std::string_view> SplitWords(std::string_view text) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < text.size() && words.size() < 8) {
    while (pos < text.size() && (IsAsciiSpace(text[pos]) || text[pos] == ',')) ++pos;
    const size_t start = pos;
    while (pos < text.size() && !IsAsciiSpace(text[pos]) && text[pos] != ',') ++pos;
    if (pos > start) words.push_back(text.substr(start, pos - start));
  }
  return words;
}

bool ParseClock(std::string_view s, Fields& f) {
  size_t pos = 0;
  if (!ReadDigits(s, pos, 2, f.hour) || !Expect(s, pos, ':') || !ReadDigits(s, pos, 2, f.minute))
    return false;
  if (pos == s.size()) return true;
  return Expect(s, pos, ':') && ReadDigits(s, pos, 2, f.second) && pos == s.size();
}

}  // namespace

std::int64_t DaysFromCivil(std::int64_t year, unsigned month, unsigned day) {
  assert(month >= 1 && month <= 12);
  // Count from 0000-03-01 so that the leap day is the last day of the "year".
  year -= month <= 2 ? 1 : 0;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const std::int64_t year_of_era = year - era * 400;
  const std::int64_t day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

std::optional<std::int64_t> ParseRfc822Date(std::string_view text) {
  std::vector<std::string_view> words = SplitWords(TrimAsciiSpace(text));
  if (!words.empty() && !words[0].empty() && std::isalpha(static_cast<unsigned char>(words[0][0]))) {
    words.erase(words.begin());  // optional day of week: "Tue," or "Thứ ba" is not expected here
  }
  if (words.size() < 4 || words.size() > 5) return std::nullopt;
  Fields f;
  size_t pos = 0;
  if (!ReadDigits(words[0], pos, words[0].size() == 1 ? 1 : 2, f.day) || pos != words[0].size()) {
    return std::nullopt;
  }
  const std::optional<unsigned> month = ParseMonthName(words[1]);
  if (!month) return std::nullopt;
  f.month = *month;
  unsigned year = 0;
  pos = 0;
  if ((words[2].size() != 2 && words[2].size() != 4) || !ReadDigits(words[2], pos, words[2].size(), year)) {
    return std::nullopt;
  }
  f.year = words[2].size() == 4 ? year : (year < 50 ? 2000 + year : 1900 + year);
  if (!ParseClock(words[3], f)) return std::nullopt;
  const std::optional<std::int64_t> offset = words.size() == 5 ? ParseZone(words[4]) : 0;
  if (!offset) return std::nullopt;
  return ToEpoch(f, *offset);
}

std::optional<std::int64_t> ParseRfc3339Date(std::string_view text) {
  text = TrimAsciiSpace(text);
  Fields f;
  size_t pos = 0;
  unsigned year = 0;
  if (!ReadDigits(text, pos, 4, year) || !Expect(text, pos, '-') || !ReadDigits(text, pos, 2, f.month) ||
      !Expect(text, pos, '-') || !ReadDigits(text, pos, 2, f.day)) {
    return std::nullopt;
  }
  f.year = year;
  if (pos == text.size()) return ToEpoch(f, 0);
  if (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' ') return std::nullopt;
  ++pos;
  if (!ReadDigits(text, pos, 2, f.hour) || !Expect(text, pos, ':') || !ReadDigits(text, pos, 2, f.minute)) {
    return std::nullopt;
  }
  if (pos < text.size() && text[pos] == ':') {
    if (!ReadDigits(text, ++pos, 2, f.second)) return std::nullopt;
    if (pos < text.size() && text[pos] == '.') {
      for (++pos; pos < text.size() && text[pos] >= '0' && text[pos] <= '9';) ++pos;
    }
  }
  const std::string_view zone = text.substr(pos);
  if (zone.empty()) return ToEpoch(f, kDefaultUtcOffsetSeconds);
  if (zone == "Z" || zone == "z") return ToEpoch(f, 0);
  const std::optional<std::int64_t> offset = ParseNumericOffset(zone);
  if (!offset) return std::nullopt;
  return ToEpoch(f, *offset);
}

std::optional<std::int64_t> ParseFeedDate(std::string_view text) {
  if (std::optional<std::int64_t> date = ParseRfc3339Date(text)) return date;
  return ParseRfc822Date(text);
}

}  // namespace dxnews::crawler
