// Private: scans a run of letters, digits and combining marks (a syllable, a foreign word, an
// all-caps abbreviation or a mixed alphanumeric such as "5G") and decides its kind. All-caps
// parts joined by '&' or '-' stay one abbreviation ("KH&CN", "BR-VT", "COVID-19").
#ifndef DXNEWS_ANALYZER_WORD_SCANNER_H_
#define DXNEWS_ANALYZER_WORD_SCANNER_H_

#include <cstddef>
#include <string_view>

#include "dxnews/analyzer/token.h"

namespace dxnews::analyzer::internal {

struct WordMatch {
  size_t length;
  TokenKind kind;  // kSyllable, kAbbreviation or kNumber (digits only)
};

/// Scans the word starting at `pos`. REQUIRES: pos < text.size() and the character at `pos`
/// is a word character (letter, digit or combining mark). The result has length >= 1.
WordMatch ScanWord(std::string_view text, size_t pos);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_WORD_SCANNER_H_
