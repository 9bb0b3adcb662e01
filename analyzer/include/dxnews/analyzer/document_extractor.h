// Finds the legal and policy documents a Vietnamese news text cites: full numbers and symbols
// ("505/QĐ-TTg", "57-NQ/TW", "20/2023/QH15", "793/BTTTT-THH") and shorthand references ("Nghị
// quyết 57", "Đề án 06", "Nghị định 47/2020", "Thông tư 01"). The type comes from the code in the
// symbol or the word before it, the issuer from the symbol's suffix (or "của <issuer>" after a
// shorthand), and the date from "ngày 22/4/2022" written right after the number.
#ifndef DXNEWS_ANALYZER_DOCUMENT_EXTRACTOR_H_
#define DXNEWS_ANALYZER_DOCUMENT_EXTRACTOR_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/civil_date.h"
#include "dxnews/analyzer/token.h"

namespace dxnews::analyzer {

/// One cited document; repeated mentions of it are merged into the first.
struct DocumentMention {
  /// As written with single spaces: "505/QĐ-TTg", or for shorthand "Nghị quyết 57", "Luật số 20".
  std::string number;
  /// "Quyết định", "Nghị quyết", "Luật", "Công văn", ... or "" when unknown.
  std::string type;
  /// The type code of the symbol ("QĐ", "NQ", "NĐ", "CV" when a công văn carries one); for
  /// shorthand, the code of the type; "" for laws and công văn whose symbols have none.
  std::string type_code;
  /// "Thủ tướng Chính phủ" for TTg, "Quốc hội khóa XV" for QH15, ...; an unknown issuer code is
  /// kept as written; "" when neither the symbol nor the text gives one.
  std::string issuer;
  /// The document's date when the text gives a full one right after the number.
  std::optional<CivilDate> date;
  /// A reference without the full symbol ("Nghị quyết 57", "Nghị định 47/2020").
  bool shorthand = false;
  /// Byte offsets [begin, end) of the first mention (type words included for shorthand).
  size_t begin = 0;
  size_t end = 0;
  /// How many times the document is cited; a shorthand naming a full number found in the same
  /// text ("Quyết định 749" after "749/QĐ-TTg") counts for the full number.
  int mentions = 0;
};

/// The documents cited in `text`, in order of first mention. `tokens` must be Tokenize(text).
/// Never fails; thread-safe.
std::vector<DocumentMention> ExtractDocuments(std::string_view text, const std::vector<Token>& tokens);

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_DOCUMENT_EXTRACTOR_H_
