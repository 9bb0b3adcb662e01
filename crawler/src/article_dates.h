// Dates as article pages write them: visible Vietnamese date lines ("Thứ Hai, 12/10/2024 - 09:15",
// "09:15 12/10/2024", "Cập nhật: 12-10-2024 09h15"), dates in URL paths (/2024/10/12/, /202410/)
// and relative times ("3 giờ trước", "hôm qua"). Times without a zone are Asia/Ho_Chi_Minh (+07:00).
#ifndef DXNEWS_CRAWLER_ARTICLE_DATES_H_
#define DXNEWS_CRAWLER_ARTICLE_DATES_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace dxnews::crawler {

/// The first day/month/year date (d/m/yyyy, d-m-yyyy or d.m.yyyy) in `text`, with the nearest
/// hh:mm or hhhmm time before or after it (midnight when none), as UTC seconds.
std::optional<std::int64_t> ParseVisibleDate(std::string_view text);

/// The date in a URL path: /yyyy/mm/dd/, /yyyy/mm/ or /yyyymm/ (the first of the month) or
/// -yyyymmdd; midnight in Vietnam. Years 1995-2099 only.
std::optional<std::int64_t> ParseUrlDate(std::string_view url);

/// "N giây|phút|giờ|tiếng|ngày|tuần|tháng|năm trước", "vừa xong", "hôm qua" in `text`, counted
/// back from `now` (months are 30 days, years 365).
std::optional<std::int64_t> ParseRelativeTime(std::string_view text, std::int64_t now);

/// True for a short line (<= 100 bytes) that is a dateline, not a sentence: it starts with a digit,
/// a weekday ("Thứ Hai", "Chủ nhật") or a label ("Cập nhật", "Đăng", "Ngày đăng", "Thời gian",
/// "Posted", "Published", "Updated") and holds a date (or a relative time).
bool IsDateLine(std::string_view text);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_ARTICLE_DATES_H_
