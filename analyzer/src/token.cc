#include "dxnews/analyzer/token.h"

namespace dxnews::analyzer {

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kSyllable:
      return "syllable";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kDate:
      return "date";
    case TokenKind::kTime:
      return "time";
    case TokenKind::kDocumentNumber:
      return "document_number";
    case TokenKind::kAbbreviation:
      return "abbreviation";
    case TokenKind::kEmail:
      return "email";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kPunctuation:
      return "punctuation";
    case TokenKind::kSymbol:
      return "symbol";
  }
  return "unknown";
}

}  // namespace dxnews::analyzer
