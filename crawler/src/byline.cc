#include "byline.h"

#include <array>
#include <cstdint>

#include "ascii.h"

namespace dxnews::crawler {
namespace {

constexpr std::array<std::string_view, 14> kBylinePrefixes = {
    "Tin, ảnh", "Tin và ảnh", "Tin - ảnh", "Tin/ảnh", "Bài, ảnh", "Bài và ảnh", "Bài - ảnh", "Bài/ảnh",
    "Bài", "Tin", "Nhóm PV", "Nhóm phóng viên", "Tác giả", "Video"};

std::string Trimmed(std::string_view text) { return std::string(TrimAsciiSpace(text)); }

// Decodes the code point at `pos` (UTF-8); 0 for malformed input.
char32_t CodePointAt(std::string_view text, size_t pos, size_t* length) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[pos + i]); };
  const unsigned char lead = byte(0);
  *length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (pos + *length > text.size()) return 0;
  if (*length == 1) return lead;
  if (*length == 2) return ((lead & 0x1Fu) << 6) | (byte(1) & 0x3Fu);
  if (*length == 3) return ((lead & 0x0Fu) << 12) | ((byte(1) & 0x3Fu) << 6) | (byte(2) & 0x3Fu);
  return 0;
}

// Upper-case Vietnamese letters: A-Z, Latin-1 capitals, Ă Đ Ĩ Ũ Ơ Ư and the even code points of
// Latin Extended Additional (Ạ Ả Ấ ... Ỹ).
bool IsUpperLetter(char32_t c) {
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return true;
  if (c == 0x102 || c == 0x110 || c == 0x128 || c == 0x168 || c == 0x1A0 || c == 0x1AF) return true;
  return c >= 0x1EA0 && c <= 0x1EF9 && c % 2 == 0;
}

std::string_view StripColon(std::string_view rest) {
  rest = TrimAsciiSpace(rest);
  if (!rest.empty() && rest[0] == ':') rest.remove_prefix(1);
  return TrimAsciiSpace(rest);
}

std::string CutPhotoCredit(std::string_view name) {
  for (std::string_view marker : {", Ảnh", ", ảnh", " - Ảnh", "; Ảnh", " - ảnh"}) {
    const size_t at = name.find(marker);
    if (at != std::string_view::npos) name = name.substr(0, at);
  }
  while (!name.empty() && (name.back() == '.' || name.back() == ')')) name.remove_suffix(1);
  return Trimmed(name);
}

}  // namespace

std::string ParseBylineLine(std::string_view line) {
  line = TrimAsciiSpace(line);
  if (line.size() > 120) return "";
  for (std::string_view prefix : kBylinePrefixes) {
    if (line.substr(0, prefix.size()) != prefix) continue;
    const std::string_view rest = TrimAsciiSpace(line.substr(prefix.size()));
    if (rest.empty() || rest[0] != ':') continue;
    return CutPhotoCredit(StripColon(rest));
  }
  return "";
}

std::string ParseCreditLine(std::string_view line) {
  line = TrimAsciiSpace(line);
  if (line.size() > 300) return "";
  const bool parenthesised = !line.empty() && line.front() == '(' && line.back() == ')';
  if (parenthesised) line = TrimAsciiSpace(line.substr(1, line.size() - 2));
  std::string_view rest;
  if (line.substr(0, 5) == "Theo ") {
    rest = line.substr(5);
  } else if (constexpr std::string_view kSource = "Nguồn"; line.substr(0, kSource.size()) == kSource) {
    rest = StripColon(line.substr(kSource.size()));
  } else {
    return "";
  }
  // Aggregator footers: "Nguồn Đồng Nai: https://baodongnai.com.vn/..." credits the outlet.
  const size_t link = rest.find("http");
  if (link != std::string_view::npos && link > 0) {
    rest = TrimAsciiSpace(rest.substr(0, link));
    while (!rest.empty() && (rest.back() == ':' || rest.back() == ' ')) rest.remove_suffix(1);
  }
  while (!rest.empty() && rest.back() == '.') rest.remove_suffix(1);
  rest = TrimAsciiSpace(rest);
  // An outlet name, not a sentence: "Theo ông Hùng, dự án sẽ xong." is body text.
  if (rest.empty() || rest.size() > 60 || rest.find(". ") != std::string_view::npos ||
      rest.find(',') != std::string_view::npos)
    return "";
  return std::string(rest);
}

bool IsBareName(std::string_view line) {
  line = TrimAsciiSpace(line);
  if (line.empty() || line.size() > 40) return false;
  int words = 0;
  bool at_word_start = true;
  for (size_t i = 0; i < line.size();) {
    size_t length = 1;
    const char32_t c = CodePointAt(line, i, &length);
    if (c == ',' || c == ':' || c == ';' || c == '!' || c == '?' || c == '"' || (c >= '0' && c <= '9')) return false;
    if (c == ' ' || c == '.') {
      at_word_start = true;
    } else if (at_word_start) {
      if (!IsUpperLetter(c)) return false;
      ++words;
      at_word_start = false;
    }
    i += length;
  }
  return words >= 1 && words <= 5 && line.back() != '.';
}

std::string StripDatelineTag(std::string_view lead) {
  lead = TrimAsciiSpace(lead);
  size_t tag_end = std::string_view::npos;
  if (!lead.empty() && lead[0] == '(') {
    const size_t close = lead.find(')');
    if (close != std::string_view::npos && close < 40) tag_end = close + 1;
  } else {
    const size_t dash = lead.find(" -");
    if (dash != std::string_view::npos && dash <= 14) {
      bool upper = true;
      for (size_t i = 0; i < dash; ++i) {
        size_t length = 1;
        const char32_t c = CodePointAt(lead, i, &length);
        if (!(IsUpperLetter(c) || c == '.')) upper = false;
        i += length - 1;
      }
      if (upper) tag_end = dash;
    }
  }
  if (tag_end == std::string_view::npos) return std::string(lead);
  std::string_view rest = TrimAsciiSpace(lead.substr(tag_end));
  for (std::string_view dash : {"-", "–", "—"}) {
    if (rest.substr(0, dash.size()) == dash) return Trimmed(rest.substr(dash.size()));
  }
  return tag_end < lead.size() && lead[0] == '(' ? Trimmed(rest) : std::string(lead);
}

}  // namespace dxnews::crawler
