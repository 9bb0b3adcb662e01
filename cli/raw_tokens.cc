#include "raw_tokens.h"

namespace dxnews::cli {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// Length of the UTF-8 character starting at s[0] (1 for stray bytes).
size_t CharLength(std::string_view s) {
  auto b = static_cast<unsigned char>(s[0]);
  size_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  return n <= s.size() ? n : 1;
}

// Start of the last UTF-8 character of a non-empty s.
size_t LastCharStart(std::string_view s) {
  size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80 && s.size() - i < 4) --i;
  return i;
}

// ASCII punctuation, Latin-1 punctuation (« » ¿ ·) and the General Punctuation block (– — ‘ ’ “ ” …).
bool IsPunctuation(std::string_view ch) {
  auto b0 = static_cast<unsigned char>(ch[0]);
  if (ch.size() == 1) return (b0 >= 0x21 && b0 <= 0x2F) || (b0 >= 0x3A && b0 <= 0x40) ||
                             (b0 >= 0x5B && b0 <= 0x60) || (b0 >= 0x7B && b0 <= 0x7E);
  if (ch.size() == 2 && b0 == 0xC2) return static_cast<unsigned char>(ch[1]) >= 0xA1 && static_cast<unsigned char>(ch[1]) <= 0xBF;
  if (ch.size() == 3 && b0 == 0xE2) return static_cast<unsigned char>(ch[1]) == 0x80 || static_cast<unsigned char>(ch[1]) == 0x81;
  return false;
}

void SplitChunk(std::string_view chunk, std::vector<std::string_view>* out) {
  while (!chunk.empty() && IsPunctuation(chunk.substr(0, CharLength(chunk)))) {
    out->push_back(chunk.substr(0, CharLength(chunk)));
    chunk.remove_prefix(CharLength(chunk));
  }
  size_t core_end = chunk.size();
  while (core_end > 0) {
    size_t start = LastCharStart(chunk.substr(0, core_end));
    if (!IsPunctuation(chunk.substr(start, core_end - start))) break;
    core_end = start;
  }
  if (core_end > 0) out->push_back(chunk.substr(0, core_end));
  for (size_t i = core_end; i < chunk.size();) {
    size_t n = CharLength(chunk.substr(i));
    out->push_back(chunk.substr(i, n));
    i += n;
  }
}

}  // namespace

std::vector<std::string_view> SplitOnSpaces(std::string_view line) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && IsSpace(line[i])) ++i;
    size_t start = i;
    while (i < line.size() && !IsSpace(line[i])) ++i;
    if (i > start) tokens.push_back(line.substr(start, i - start));
  }
  return tokens;
}

std::vector<std::string_view> SplitRawTokens(std::string_view line) {
  std::vector<std::string_view> tokens;
  for (std::string_view chunk : SplitOnSpaces(line)) SplitChunk(chunk, &tokens);
  return tokens;
}

}  // namespace dxnews::cli
