#include "mojibake_repair.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <initializer_list>

#include "utf_codecs.h"

namespace dxnews::analyzer::internal {
namespace {

// The byte that Windows-1252 or Windows-1258 shows as `cp`, when it is in [lo, hi].
bool MisreadByteIn(char32_t cp, uint8_t lo, uint8_t hi) {
  for (const SingleByteCharset* charset : {&Windows1252(), &Windows1258()}) {
    std::optional<uint8_t> byte = charset->Encode(cp);
    if (byte && *byte >= lo && *byte <= hi) return true;
  }
  return false;
}

// "Ã", "á", "Ä", "Æ", "Ă": a UTF-8 lead byte shown as a Windows-125x letter.
bool IsLeadGlyph(char32_t cp) { return MisreadByteIn(cp, 0xC2, 0xF4); }

// "»", "‘", "ƒ", "¡": a UTF-8 continuation byte shown as a Windows-125x glyph.
bool IsContinuationGlyph(char32_t cp) { return MisreadByteIn(cp, 0x80, 0xBF); }

}  // namespace

bool HasMojibakeSigns(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto len = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i + 3 < len; ++i) {
    // The glyphs that stand for UTF-8 lead bytes 0xC2-0xF4 are all encoded C3 xx, C4 xx or C6 xx.
    if (s[i] != 0xC3 && s[i] != 0xC4 && s[i] != 0xC6) continue;
    if (s[i + 2] < 0x80) continue;  // "á" then an ASCII letter: ordinary Vietnamese
    int32_t j = i;
    UChar32 lead, trail;
    U8_NEXT(s, j, len, lead);
    U8_NEXT(s, j, len, trail);
    if (lead < 0 || trail < 0) continue;
    if (IsLeadGlyph(static_cast<char32_t>(lead)) && IsContinuationGlyph(static_cast<char32_t>(trail)))
      return true;
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
