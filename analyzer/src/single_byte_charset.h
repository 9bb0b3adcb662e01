// Private: byte <-> code point tables for the one-byte-per-character encodings the decoder reads:
// Windows-1252 and Windows-1258 (built from ICU's converters) and TCVN3 (our own table).
// Windows-1258 and TCVN3 include combining tone marks, so decoded text must be NFC'd.
#ifndef DXNEWS_ANALYZER_SINGLE_BYTE_CHARSET_H_
#define DXNEWS_ANALYZER_SINGLE_BYTE_CHARSET_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dxnews::analyzer::internal {

/// An immutable 256-entry decoding table plus its inverse. Thread-safe.
class SingleByteCharset {
 public:
  /// `table[b]` is the code point of byte b; U+FFFD marks a byte with no mapping.
  explicit SingleByteCharset(const std::array<char32_t, 256>& table);

  /// Appends the UTF-8 decoding of `bytes` to *out; returns how many bytes had no mapping
  /// (each became U+FFFD). REQUIRES: out != nullptr.
  size_t AppendDecoded(std::string_view bytes, std::string* out) const;

  /// The code point of one byte (U+FFFD when unmapped).
  char32_t Decode(uint8_t byte) const { return table_[byte]; }

  /// The byte that decodes to `cp`, if any.
  std::optional<uint8_t> Encode(char32_t cp) const;

 private:
  std::array<char32_t, 256> table_;
  std::vector<std::pair<char32_t, uint8_t>> inverse_;  // sorted by code point
};

/// Windows-1252 as WHATWG defines it (undefined bytes 0x81, 0x8D, ... map to C1 controls).
const SingleByteCharset& Windows1252();
/// Windows-1258: 0xCC, 0xEC, 0xD2, 0xDE, 0xF2 are the combining tones U+0300 U+0301 U+0309 U+0303 U+0323.
const SingleByteCharset& Windows1258();
/// TCVN 5712:1993 (VN1, a superset of the TCVN3/ABC font layout), checked against glibc's
/// TCVN5712-1: lower-case toned letters at 0xB5-0xFE, capitals at 0x80-0xA7 and some C0 positions.
const SingleByteCharset& Tcvn3();

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_SINGLE_BYTE_CHARSET_H_
