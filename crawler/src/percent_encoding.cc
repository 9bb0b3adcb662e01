#include "percent_encoding.h"

#include <cstring>

namespace dxnews::crawler {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

bool IsUnreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

bool StartsEscape(std::string_view text, size_t i) {
  return text[i] == '%' && i + 2 < text.size() && IsHexDigit(text[i + 1]) && IsHexDigit(text[i + 2]);
}

void AppendEscape(unsigned char byte, std::string& out) {
  out += '%';
  out += kHex[byte >> 4];
  out += kHex[byte & 0xF];
}

}  // namespace

bool IsHexDigit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

std::string EncodeUnsafeBytes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    // byte <= 0x20 short-circuits before strchr, which would otherwise match NUL.
    const bool unsafe = byte <= 0x20 || byte >= 0x7F || std::strchr("\"<>\\^`{|}", byte) != nullptr ||
                        (byte == '%' && !StartsEscape(text, i));
    if (unsafe) {
      AppendEscape(byte, out);
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string NormalizePercentEncoding(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (!StartsEscape(text, i)) {
      out += text[i];
      continue;
    }
    const auto byte = static_cast<unsigned char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
    if (IsUnreserved(byte)) {
      out += static_cast<char>(byte);
    } else {
      AppendEscape(byte, out);
    }
    i += 2;
  }
  return out;
}

}  // namespace dxnews::crawler
