#include "icu_text.h"

#include <unicode/utf8.h>

namespace dxnews::analyzer::internal {

icu::UnicodeString ToUnicode(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

std::string ToUtf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

Status IcuStatus(UErrorCode code, std::string_view what) {
  if (U_SUCCESS(code)) return Status();
  return Status::InvalidInput(std::string(what) + ": ICU error " + u_errorName(code));
}

namespace {

char32_t Encodable(char32_t cp) { return cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : cp; }

// Writes Encodable(cp) at `p`; returns the bytes written.
size_t PutUtf8(char32_t cp, char* p) {
  if (cp < 0x80) {
    p[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    p[0] = static_cast<char>(0xC0 | (cp >> 6));
    p[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    p[0] = static_cast<char>(0xE0 | (cp >> 12));
    p[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    p[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  p[0] = static_cast<char>(0xF0 | (cp >> 18));
  p[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  p[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  p[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

}  // namespace

void AppendUtf8(char32_t cp, std::string* out) {
  char bytes[4];
  out->append(bytes, PutUtf8(Encodable(cp), bytes));
}

void AppendUtf8(const char32_t* cps, size_t count, std::string* out) {
  // One pass through a stack buffer: no per-byte push_back, no zero-filled resize.
  char buffer[256];
  size_t used = 0;
  for (size_t i = 0; i < count; ++i) {
    if (used > sizeof buffer - 4) {
      out->append(buffer, used);
      used = 0;
    }
    char32_t cp = cps[i];
    if (cp < 0x80) {
      buffer[used++] = static_cast<char>(cp);
    } else {
      used += PutUtf8(Encodable(cp), buffer + used);
    }
  }
  out->append(buffer, used);
}

}  // namespace dxnews::analyzer::internal
