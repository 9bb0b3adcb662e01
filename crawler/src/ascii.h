// ASCII-only text helpers for protocol tokens (URL schemes and hosts, robots.txt keys, HTML attribute
// values such as rel and type). Never use them on natural-language text: Vietnamese case folding
// belongs to the analyzer's normaliser.
#ifndef DXNEWS_CRAWLER_ASCII_H_
#define DXNEWS_CRAWLER_ASCII_H_

#include <string>
#include <string_view>

namespace dxnews::crawler {

/// 'A'..'Z' -> 'a'..'z'; every other byte (including UTF-8) is unchanged.
inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

/// A copy of `text` with ASCII letters lower-cased.
std::string AsciiToLower(std::string_view text);

/// True if `a` and `b` are equal ignoring ASCII case.
bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b);

/// True if `text` starts with `prefix`, ignoring ASCII case.
bool StartsWithIgnoreAsciiCase(std::string_view text, std::string_view prefix);

/// True for space, tab, LF, VT, FF and CR.
inline bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/// `text` without leading and trailing ASCII whitespace.
std::string_view TrimAsciiSpace(std::string_view text);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_ASCII_H_
