// Date-time parsing for feeds and sitemaps: RFC 822/2822 (RSS pubDate) and RFC 3339 / W3C Datetime
// (Atom, dc:date, sitemap lastmod, news:publication_date), to UTC seconds since the Unix epoch.
#ifndef DXNEWS_CRAWLER_FEED_DATE_H_
#define DXNEWS_CRAWLER_FEED_DATE_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace dxnews::crawler {

/// Offset applied to date-times that carry no zone ("2024-03-12 08:30:00"): Vietnamese CMSs write
/// local time, ICT = UTC+7.
inline constexpr std::int64_t kDefaultUtcOffsetSeconds = 7 * 3600;

/// "Tue, 12 Mar 2024 08:30:00 +0700", "12 Mar 24 01:30 GMT", "Tue, 12 Mar 2024 08:30:00 ICT". Zones:
/// +hhmm/-hhmm (also +hh:mm), UT, GMT, Z, US zones (EST..PDT), ICT, GMT+7. Two-digit years < 50 are
/// 20xx. Returns nullopt for anything else, including out-of-range fields.
std::optional<std::int64_t> ParseRfc822Date(std::string_view text);

/// "2024-03-12T08:30:00+07:00", "2024-03-12T01:30:00.250Z", "2024-03-12T08:30+07:00",
/// "2024-03-12" (midnight UTC, as W3C Datetime), and "2024-03-12 08:30:00" (no zone: UTC+7).
std::optional<std::int64_t> ParseRfc3339Date(std::string_view text);

/// Tries RFC 3339 first, then RFC 822: feeds in the wild mix them up.
std::optional<std::int64_t> ParseFeedDate(std::string_view text);

/// Days since 1970-01-01 of a proleptic Gregorian date. REQUIRES: 1 <= month <= 12.
std::int64_t DaysFromCivil(std::int64_t year, unsigned month, unsigned day);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_FEED_DATE_H_
