// Private: hand-written scanners for URLs, bare domains and e-mail addresses. Each returns the
// byte length of the token starting at `pos`, or 0. Trailing sentence punctuation is never part
// of the match: "chinhphu.vn." gives "chinhphu.vn". Only ASCII is accepted inside these tokens.
// REQUIRES (all): pos < text.size() and text[pos] is an ASCII letter or digit.
#ifndef DXNEWS_ANALYZER_WEB_SCANNER_H_
#define DXNEWS_ANALYZER_WEB_SCANNER_H_

#include <cstddef>
#include <string_view>

namespace dxnews::analyzer::internal {

/// "http://...", "https://...", "www.example.vn/..." (scheme and "www." in any case).
size_t ScanUrl(std::string_view text, size_t pos);

/// A bare domain with a known top-level domain and an optional path: "baohatinh.vn",
/// "mic.gov.vn/tin-tuc/123.htm", "24h.com.vn".
size_t ScanDomain(std::string_view text, size_t pos);

/// "toasoan@baohatinh.vn", "nguyen.van-a+tin@mic.gov.vn".
size_t ScanEmail(std::string_view text, size_t pos);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_WEB_SCANNER_H_
