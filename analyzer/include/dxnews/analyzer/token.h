// The token vocabulary of the analyzer: what kind of thing a span of text is and where it sits.
// A Token is three machine words and owns no text; callers slice the original text with
// text.substr(token.begin, token.end - token.begin), so offsets stay valid for snippets and
// highlighting even when the keys used for matching are normalised copies.
#ifndef DXNEWS_ANALYZER_TOKEN_H_
#define DXNEWS_ANALYZER_TOKEN_H_

#include <cstddef>

namespace dxnews::analyzer {

/// What a token is. Special kinds (number .. URL) are always single tokens.
enum class TokenKind {
  kSyllable,        ///< Letters (with their combining marks): a Vietnamese syllable or a foreign word.
  kNumber,          ///< "2.000", "3,5", "10%", "4.0".
  kDate,            ///< "22/4/2022", "12/10", "1-7-2025", "22.12.2024".
  kTime,            ///< "14:30", "9h30", "10h".
  kDocumentNumber,  ///< "505/QĐ-TTg", "30/2020/NĐ-CP", "09-NQ/TU", "20/2023/QH15".
  kAbbreviation,    ///< "UBND", "CĐS", "KH&CN", "BR-VT", "TP.HCM", "GS.TS.", "v.v.", "COVID-19".
  kEmail,           ///< "toasoan@baohatinh.vn".
  kUrl,             ///< "https://chinhphu.vn/...", "www.mic.gov.vn", "baohatinh.vn".
  kPunctuation,     ///< One punctuation character, or a run of '.', '!' or '?' ("...").
  kSymbol,          ///< Any other non-space character, and every invalid UTF-8 byte sequence.
};

/// A span [begin, end) of byte offsets into the original UTF-8 text. begin < end always;
/// whitespace is never inside a token.
struct Token {
  size_t begin = 0;
  size_t end = 0;
  TokenKind kind = TokenKind::kSymbol;
};

/// Stable lower-case name of a kind ("syllable", "document_number", ...), for output and tests.
const char* TokenKindName(TokenKind kind);

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_TOKEN_H_
