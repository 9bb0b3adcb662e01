// Private: the vocabulary of Vietnamese document symbols (Nghị định 30/2020/NĐ-CP, Phụ lục
// III): type codes and names ("QĐ" = "Quyết định"), issuer codes and names ("TTg" = "Thủ tướng
// Chính phủ"), and the type names as they are written before a number ("Nghị quyết số ...").
#ifndef DXNEWS_ANALYZER_DOCUMENT_CODES_H_
#define DXNEWS_ANALYZER_DOCUMENT_CODES_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "token_words.h"

namespace dxnews::analyzer::internal {

struct DocumentType {
  std::string_view name;  ///< "Quyết định".
  std::string_view code;  ///< "QĐ"; "" for types whose symbols carry no code (Luật, Công văn).
};

/// The type whose code is `code` ("QĐ", "NQ", "KH", ...), or nullptr.
const DocumentType* TypeForCode(std::string_view code);

/// True for the types a writer cites with a bare number ("Nghị quyết 57", "Đề án 06"); others
/// ("Kế hoạch", "Chương trình") only count as citations with "số" ("Kế hoạch số 22").
bool IsCitedByBareNumber(const DocumentType& type);

/// The type named by the words starting at token i ("Quyết định", "nghị quyết", "Luật", the
/// abbreviations "QĐ", "NQ", "NĐ"), or nullptr; *length receives the number of tokens.
const DocumentType* TypeNamedAt(const TokenWords& w, size_t i, size_t* length);

/// The issuer an issuer code stands for: "TTg" -> "Thủ tướng Chính phủ", "QH15" -> "Quốc hội
/// khóa XV", "UBND" -> "Ủy ban nhân dân". Unknown codes are returned unchanged.
std::string IssuerForCode(std::string_view code);

/// An issuer named in words at token i ("Bộ Chính trị", "Thủ tướng Chính phủ", "UBND tỉnh"), or
/// ""; *length receives the number of tokens.
std::string IssuerNamedAt(const TokenWords& w, size_t i, size_t* length);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_DOCUMENT_CODES_H_
