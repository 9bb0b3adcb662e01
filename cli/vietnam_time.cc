#include "vietnam_time.h"

#include <cstdio>
#include <string>

namespace dxnews::cli {
namespace {

constexpr std::int64_t kVietnamOffset = 7 * 3600;

}  // namespace

// Epoch seconds, or "YYYY-MM-DD[THH:MM[:SS]][Z|+hh:mm|-hh:mm]" (no zone: +07:00).
std::optional<std::int64_t> ParseTime(const std::string& text) {
  if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos) {
    if (text.size() > 12) return std::nullopt;  // beyond year 33000: a typo, and std::stoll could throw
    return std::stoll(text);
  }
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, consumed = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%n", &year, &month, &day, &consumed) != 3) return std::nullopt;
  std::string rest = text.substr(static_cast<size_t>(consumed));
  if (!rest.empty() && (rest[0] == 'T' || rest[0] == ' ')) {
    int used = 0;
    if (std::sscanf(rest.c_str() + 1, "%2d:%2d%n", &hour, &minute, &used) != 2) return std::nullopt;
    rest = rest.substr(static_cast<size_t>(used) + 1);
    if (!rest.empty() && rest[0] == ':' && std::sscanf(rest.c_str() + 1, "%2d%n", &second, &used) == 1)
      rest = rest.substr(static_cast<size_t>(used) + 1);
  }
  std::int64_t offset = kVietnamOffset;
  int zone_hour = 0, zone_minute = 0;
  if (rest == "Z") {
    offset = 0;
  } else if (!rest.empty() && std::sscanf(rest.c_str() + 1, "%2d:%2d", &zone_hour, &zone_minute) == 2 &&
             (rest[0] == '+' || rest[0] == '-')) {
    offset = (rest[0] == '-' ? -1 : 1) * (zone_hour * 3600 + zone_minute * 60);
  } else if (!rest.empty()) {
    return std::nullopt;
  }
  const analyzer::CivilDate date{year, month, day};
  if (!analyzer::IsValid(date) || hour > 23 || minute > 59 || second > 59) return std::nullopt;
  return analyzer::DaysSinceEpoch(date) * 86400LL + hour * 3600 + minute * 60 + second - offset;
}

std::string FormatVietnamTime(std::int64_t utc) {
  const std::int64_t local = utc + kVietnamOffset;
  std::int64_t days = local / 86400, seconds = local % 86400;
  if (seconds < 0) seconds += 86400, --days;
  const analyzer::CivilDate date = analyzer::FromDaysSinceEpoch(static_cast<long>(days));
  char time[16];
  std::snprintf(time, sizeof time, "T%02d:%02d:%02d+07:00", static_cast<int>(seconds / 3600),
                static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60));
  return analyzer::ToIso(date) + time;
}

analyzer::CivilDate VietnamDate(std::int64_t utc_seconds) {
  std::int64_t local = utc_seconds + kVietnamOffset;
  std::int64_t days = local / 86400;
  if (local % 86400 < 0) --days;
  return analyzer::FromDaysSinceEpoch(static_cast<long>(days));
}

}  // namespace dxnews::cli
