// Percent-encoding (RFC 3986 §2.1) for URL components and robots.txt paths: makes raw bytes safe and
// puts existing escapes into one normal form, so that equal URLs compare equal as strings.
#ifndef DXNEWS_CRAWLER_PERCENT_ENCODING_H_
#define DXNEWS_CRAWLER_PERCENT_ENCODING_H_

#include <string>
#include <string_view>

namespace dxnews::crawler {

/// Percent-encodes the bytes that may not appear raw in a URL: controls, space, non-ASCII (UTF-8
/// "/tag/chuyển-đổi-số" becomes "/tag/chuy%E1%BB%83n-..."), `"<>\^`{|}` and a '%' that does not
/// start a valid escape. Every other byte, including reserved delimiters, is kept as is.
std::string EncodeUnsafeBytes(std::string_view text);

/// RFC 3986 §6.2.2: upper-cases the hex digits of every escape and decodes escapes of unreserved
/// characters ("%7e" -> "~", "%2d" -> "-"). Escapes of reserved characters ("%2F") stay encoded.
std::string NormalizePercentEncoding(std::string_view text);

/// True for 0-9, a-f, A-F.
bool IsHexDigit(char c);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_PERCENT_ENCODING_H_
