// Private: the Unicode transfer encodings the decoder reads (UTF-8 validation with U+FFFD repair,
// UTF-16 in either byte order), each counting the bytes it had to replace.
#ifndef DXNEWS_ANALYZER_UTF_CODECS_H_
#define DXNEWS_ANALYZER_UTF_CODECS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dxnews::analyzer::internal {

/// What one pass over possibly-UTF-8 bytes found.
struct Utf8Scan {
  size_t invalid_bytes = 0;    ///< bytes in ill-formed sequences
  size_t multibyte_chars = 0;  ///< well-formed sequences of 2-4 bytes
  bool nfc_quick_yes = true;   ///< no code point that NFC might change (ICU NFC_QC == YES)
};

/// Validates `bytes` as UTF-8 (overlong forms, surrogates, truncation and stray continuation bytes
/// are ill-formed) and checks the NFC quick-check property, in one pass without allocating.
Utf8Scan ScanUtf8(std::string_view bytes);

/// Appends `bytes` to *out with every maximal ill-formed subsequence replaced by one U+FFFD.
/// Returns the number of replaced bytes. REQUIRES: out != nullptr.
size_t AppendSanitizedUtf8(std::string_view bytes, std::string* out);

/// Appends UTF-16 (`big_endian` or little-endian) `bytes` as UTF-8 to *out. Unpaired surrogates
/// (2 bytes each) and an odd trailing byte become U+FFFD. Returns the number of replaced bytes.
/// REQUIRES: out != nullptr.
size_t AppendUtf16AsUtf8(std::string_view bytes, bool big_endian, std::string* out);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_UTF_CODECS_H_
