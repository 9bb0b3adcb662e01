#include "utf_codecs.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

#include "icu_text.h"

namespace dxnews::analyzer::internal {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Length of the ASCII run starting at `i`, checked 8 bytes at a time: most of a page is markup.
int32_t AsciiRun(const uint8_t* s, int32_t i, int32_t len) {
  int32_t start = i;
  while (i + 8 <= len) {
    uint64_t word;
    std::memcpy(&word, s + i, sizeof(word));
    if ((word & 0x8080808080808080ULL) != 0) break;
    i += 8;
  }
  while (i < len && s[i] < 0x80) ++i;
  return i - start;
}

bool NfcQuickYes(UChar32 c) {
  if (c < 0x300) return true;
  if (c >= 0x1EA0 && c <= 0x1EF9) return true;  // precomposed Vietnamese letters
  return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
}

uint16_t UnitAt(std::string_view bytes, size_t i, bool big_endian) {
  auto hi = static_cast<uint8_t>(bytes[big_endian ? i : i + 1]);
  auto lo = static_cast<uint8_t>(bytes[big_endian ? i + 1 : i]);
  return static_cast<uint16_t>((hi << 8) | lo);
}

}  // namespace

Utf8Scan ScanUtf8(std::string_view bytes) {
  Utf8Scan scan;
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  auto len = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < len) {
    i += AsciiRun(s, i, len);
    if (i >= len) break;
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) {
      scan.invalid_bytes += static_cast<size_t>(i - start);
    } else {
      ++scan.multibyte_chars;
      if (scan.nfc_quick_yes && !NfcQuickYes(c)) scan.nfc_quick_yes = false;
    }
  }
  return scan;
}

size_t AppendSanitizedUtf8(std::string_view bytes, std::string* out) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  auto len = static_cast<int32_t>(bytes.size());
  size_t invalid = 0;
  out->reserve(out->size() + bytes.size());
  int32_t i = 0;
  while (i < len) {
    int32_t run = AsciiRun(s, i, len);
    out->append(bytes.data() + i, static_cast<size_t>(run));
    i += run;
    if (i >= len) break;
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) {
      invalid += static_cast<size_t>(i - start);
      AppendUtf8(kReplacement, out);
    } else {
      out->append(bytes.data() + start, static_cast<size_t>(i - start));
    }
  }
  return invalid;
}

size_t AppendUtf16AsUtf8(std::string_view bytes, bool big_endian, std::string* out) {
  size_t invalid = 0;
  size_t even = bytes.size() & ~static_cast<size_t>(1);
  out->reserve(out->size() + even);
  size_t i = 0;
  while (i < even) {
    uint16_t unit = UnitAt(bytes, i, big_endian);
    i += 2;
    if (unit < 0xD800 || unit > 0xDFFF) {
      AppendUtf8(unit, out);
      continue;
    }
    if (unit <= 0xDBFF && i < even) {
      uint16_t trail = UnitAt(bytes, i, big_endian);
      if (trail >= 0xDC00 && trail <= 0xDFFF) {
        i += 2;
        AppendUtf8(0x10000 + ((char32_t{unit} - 0xD800) << 10) + (trail - 0xDC00), out);
        continue;
      }
    }
    invalid += 2;  // unpaired surrogate
    AppendUtf8(kReplacement, out);
  }
  if (even != bytes.size()) {
    ++invalid;
    AppendUtf8(kReplacement, out);
  }
  return invalid;
}

}  // namespace dxnews::analyzer::internal
