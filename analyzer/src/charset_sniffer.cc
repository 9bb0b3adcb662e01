#include "charset_sniffer.h"

#include <algorithm>

namespace dxnews::analyzer::internal {
namespace {

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// Position of `needle` (lower-case ASCII) in `hay`, ignoring ASCII case; npos when absent.
size_t FindNoCase(std::string_view hay, std::string_view needle, size_t from = 0) {
  if (needle.size() > hay.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    size_t j = 0;
    while (j < needle.size() && AsciiLower(hay[i + j]) == needle[j]) ++j;
    if (j == needle.size()) return i;
  }
  return std::string_view::npos;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsLabelChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.' || c == ':';
}

// The label after "charset" in `text`: skips spaces, '=', spaces and quotes, then takes label
// characters. Empty when `text` has no "charset=".
std::string_view LabelAfterCharset(std::string_view text) {
  size_t at = 0;
  while ((at = FindNoCase(text, "charset", at)) != std::string_view::npos) {
    size_t i = at + 7;
    at = i;
    while (i < text.size() && IsSpace(text[i])) ++i;
    if (i >= text.size() || text[i] != '=') continue;
    ++i;
    while (i < text.size() && (IsSpace(text[i]) || text[i] == '"' || text[i] == '\'')) ++i;
    size_t end = i;
    while (end < text.size() && IsLabelChar(text[end])) ++end;
    if (end > i) return text.substr(i, end - i);
  }
  return {};
}

}  // namespace

std::optional<Bom> DetectBom(std::string_view bytes) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") return Bom{Encoding::kUtf8, 3};
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE") return Bom{Encoding::kUtf16Le, 2};
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF") return Bom{Encoding::kUtf16Be, 2};
  return std::nullopt;
}

std::string_view CharsetFromContentType(std::string_view content_type) {
  return LabelAfterCharset(content_type);
}

std::string_view CharsetFromMeta(std::string_view html) {
  std::string_view head = html.substr(0, std::min(html.size(), kMetaScanBytes));
  size_t at = 0;
  while ((at = FindNoCase(head, "<meta", at)) != std::string_view::npos) {
    size_t close = head.find('>', at);
    // A tag cut by the scan window may still finish just after it.
    std::string_view tag = html.substr(at, close == std::string_view::npos ? 512 : close - at);
    std::string_view label = LabelAfterCharset(tag);
    if (!label.empty()) return label;
    at += 5;
  }
  return {};
}

std::optional<Encoding> SniffUtf16(std::string_view bytes) {
  size_t n = std::min(bytes.size(), size_t{1024}) & ~size_t{1};
  if (n < 4) return std::nullopt;
  size_t zero_even = 0, zero_odd = 0;
  for (size_t i = 0; i < n; i += 2) {
    zero_even += bytes[i] == '\0' ? 1 : 0;
    zero_odd += bytes[i + 1] == '\0' ? 1 : 0;
  }
  size_t units = n / 2;
  // Vietnamese UTF-16 still has a zero high byte in most code units (ASCII letters, spaces).
  auto many = [units](size_t zeros) { return zeros * 10 >= units * 3; };
  auto few = [units](size_t zeros) { return zeros * 20 <= units; };
  if (many(zero_odd) && few(zero_even)) return Encoding::kUtf16Le;
  if (many(zero_even) && few(zero_odd)) return Encoding::kUtf16Be;
  return std::nullopt;
}

}  // namespace dxnews::analyzer::internal
