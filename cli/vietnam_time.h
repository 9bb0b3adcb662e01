// Times on the command line: parsing user-typed times and printing UTC seconds in Vietnam's
// time zone (UTC+7, no daylight saving), the zone of every date dxnews shows.
#ifndef DXNEWS_CLI_VIETNAM_TIME_H_
#define DXNEWS_CLI_VIETNAM_TIME_H_

#include <cstdint>
#include <optional>
#include <string>

#include "dxnews/analyzer/civil_date.h"

namespace dxnews::cli {

/// Epoch seconds, or "YYYY-MM-DD[THH:MM[:SS]][Z|+hh:mm|-hh:mm]" (no zone: +07:00); nullopt
/// when it is neither.
std::optional<std::int64_t> ParseTime(const std::string& text);

/// "2024-10-12T09:15:00+07:00".
std::string FormatVietnamTime(std::int64_t utc_seconds);

/// The calendar day in Vietnam at `utc_seconds`.
analyzer::CivilDate VietnamDate(std::int64_t utc_seconds);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_VIETNAM_TIME_H_
