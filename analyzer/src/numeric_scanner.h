// Private: hand-written scanners for the tokens that start with a digit: legal document
// numbers, dates, times and numbers. Each returns the byte length of the token starting at
// `pos`, or 0 when the text there is not that kind of token. They only read inside `text`.
// REQUIRES (all): pos < text.size() and text[pos] is an ASCII digit.
#ifndef DXNEWS_ANALYZER_NUMERIC_SCANNER_H_
#define DXNEWS_ANALYZER_NUMERIC_SCANNER_H_

#include <cstddef>
#include <string_view>

namespace dxnews::analyzer::internal {

/// State "505/QĐ-TTg", "30/2020/NĐ-CP", "793/BTTTT-THH"; party "09-NQ/TU", "01-KH/BCĐTW";
/// congress "20/2023/QH15".
size_t ScanDocumentNumber(std::string_view text, size_t pos);

/// "22/4/2022", "12/10", "1-7-2025", "22.12.2024": day 1-31, month 1-12, four-digit year.
/// A year-less date is only recognised with '/'.
size_t ScanDate(std::string_view text, size_t pos);

/// "14:30", "14:30:05", "9h30", "10h", "8g15".
size_t ScanTime(std::string_view text, size_t pos);

/// "1.234.567", "3,5", "2.000", "4.0", "10%": digits with '.'/',' groups and an optional '%'.
size_t ScanNumber(std::string_view text, size_t pos);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_NUMERIC_SCANNER_H_
