// Private: the VNI-Windows font encoding, where a Vietnamese letter is an ASCII base letter followed
// by one byte that carries its diacritic and tone ("Vieät" = "Việt", "chaøo" = "chào"), plus a few
// one-byte letters (ñ = đ, ö = ư, ô = ơ, and i with a tone).
#ifndef DXNEWS_ANALYZER_VNI_CHARSET_H_
#define DXNEWS_ANALYZER_VNI_CHARSET_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dxnews::analyzer::internal {

/// Appends the decoding of VNI-Windows `bytes` to *out as UTF-8 with combining marks (NFC it
/// afterwards). Bytes that are not part of a VNI letter decode as Windows-1252. Returns the
/// number of bytes that had no mapping. REQUIRES: out != nullptr.
size_t AppendVniDecoded(std::string_view bytes, std::string* out);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_VNI_CHARSET_H_
