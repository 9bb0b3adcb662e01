#include "mojibake_repair.h"

#include <unicode/utf8.h>

#include <cstdint>

#include "utf_codecs.h"

namespace dxnews::analyzer::internal {

bool HasMojibakeSigns(std::string_view text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    auto lead = static_cast<uint8_t>(text[i]);
    if (lead != 0xC3 && lead != 0xC4) continue;
    auto next = static_cast<uint8_t>(text[i + 1]);
    if (lead == 0xC4 && next == 0x82) return true;                    // Ă
    if (lead == 0xC3 && next >= 0x83 && next <= 0x86) return true;    // Ã Ä Å Æ
    if (lead == 0xC3 && next == 0xA1 && i + 3 < text.size() &&        // áº, á»
        static_cast<uint8_t>(text[i + 2]) == 0xC2 &&
        (static_cast<uint8_t>(text[i + 3]) == 0xBA || static_cast<uint8_t>(text[i + 3]) == 0xBB)) {
      return true;
    }
  }
  return false;
}

std::optional<std::string> UndoMisdecoding(std::string_view text, const SingleByteCharset& charset) {
  std::string bytes;
  bytes.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto len = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) return std::nullopt;
    if (c < 0x80) {
      bytes.push_back(static_cast<char>(c));
      continue;
    }
    std::optional<uint8_t> byte = charset.Encode(static_cast<char32_t>(c));
    if (!byte) return std::nullopt;
    bytes.push_back(static_cast<char>(*byte));
  }
  Utf8Scan scan = ScanUtf8(bytes);
  if (scan.invalid_bytes != 0 || scan.multibyte_chars == 0) return std::nullopt;
  return bytes;
}

}  // namespace dxnews::analyzer::internal
