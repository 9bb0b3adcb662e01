#include "web_scanner.h"

#include <array>

#include "char_class.h"

namespace dxnews::analyzer::internal {
namespace {

// Lower case only: "Ai.Com" in a badly spaced sentence is not a domain. "ai" itself is left
// out because it is also a common Vietnamese word ("ai" = who).
constexpr std::array<std::string_view, 11> kTopLevelDomains = {"vn",   "com", "net", "org",  "gov", "edu",
                                                               "info", "io",  "biz", "asia", "tv"};

// Limits from RFC 5321/1035. They also bound the look-ahead from each token start, so text
// such as "a.a.a.a..." tokenizes in linear time.
constexpr size_t kMaxLocalPart = 64;
constexpr size_t kMaxHost = 253;

bool StartsWithIgnoreCase(std::string_view text, size_t pos, std::string_view prefix) {
  if (text.size() - pos < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = text[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

bool IsLabelChar(char c) { return IsAsciiAlnum(c) || c == '-'; }

bool IsUrlChar(char c) {
  if (c <= ' ' || c >= 0x7F) return false;  // also rejects every non-ASCII byte (char is signed)
  return c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`' && c != '{' && c != '|' &&
         c != '}';
}

bool IsTrailingPunctuation(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == ')' ||
         c == ']';
}

// Consumes URL characters from `pos`, then gives back trailing punctuation; a ')' is kept
// when the URL opened a '(' ("wiki/Hà_Tĩnh_(tỉnh)").
size_t UrlTailEnd(std::string_view text, size_t pos) {
  size_t end = pos;
  int open_parens = 0;
  while (end < text.size() && IsUrlChar(text[end])) {
    if (text[end] == '(') ++open_parens;
    if (text[end] == ')') --open_parens;
    ++end;
  }
  while (end > pos && IsTrailingPunctuation(text[end - 1])) {
    if (text[end - 1] == ')') {
      if (open_parens >= 0) break;  // balanced: the ')' belongs to the URL
      ++open_parens;
    }
    --end;
  }
  return end;
}

size_t LabelEnd(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size() && IsLabelChar(text[end])) ++end;
  return end;
}

bool IsTopLevelDomain(std::string_view label) {
  for (std::string_view tld : kTopLevelDomains) {
    if (label == tld) return true;
  }
  return false;
}

// Labels separated by single dots; returns the end of the longest prefix that ends in a known
// top-level domain and has at least two labels, or 0.
size_t HostEnd(std::string_view text, size_t pos, bool require_tld) {
  size_t best = 0;
  size_t label_begin = pos;
  for (size_t labels = 1; label_begin - pos < kMaxHost; ++labels) {
    const size_t label_end = LabelEnd(text, label_begin);
    if (label_end == label_begin) break;
    const std::string_view label = text.substr(label_begin, label_end - label_begin);
    if (labels >= 2 && (!require_tld || IsTopLevelDomain(label))) best = label_end;
    if (label_end + 1 >= text.size() || text[label_end] != '.' || !IsAsciiAlnum(text[label_end + 1])) {
      break;
    }
    label_begin = label_end + 1;
  }
  return best;
}

}  // namespace

size_t ScanUrl(std::string_view text, size_t pos) {
  size_t start = 0;
  if (StartsWithIgnoreCase(text, pos, "https://")) {
    start = pos + 8;
  } else if (StartsWithIgnoreCase(text, pos, "http://")) {
    start = pos + 7;
  } else if (StartsWithIgnoreCase(text, pos, "www.")) {
    start = pos + 4;
  } else {
    return 0;
  }
  if (start >= text.size() || !IsAsciiAlnum(text[start])) return 0;
  return UrlTailEnd(text, start) - pos;
}

size_t ScanDomain(std::string_view text, size_t pos) {
  const size_t host_end = HostEnd(text, pos, /*require_tld=*/true);
  if (host_end == 0 || IsWordCharAt(text, host_end)) return 0;
  // The path is taken as far as it goes: rejecting it afterwards would rescan it from every
  // later label ("a.vn/a.vn/a.vn/...").
  if (host_end + 1 < text.size() && text[host_end] == '/' && IsUrlChar(text[host_end + 1])) {
    return UrlTailEnd(text, host_end) - pos;
  }
  return host_end - pos;
}

size_t ScanEmail(std::string_view text, size_t pos) {
  size_t at = pos;
  while (at < text.size() && at - pos <= kMaxLocalPart &&
         (IsAsciiAlnum(text[at]) || text[at] == '.' || text[at] == '_' || text[at] == '%' ||
          text[at] == '+' || text[at] == '-')) {
    ++at;
  }
  if (at + 1 >= text.size() || text[at] != '@' || !IsAsciiAlnum(text[at + 1])) return 0;
  const size_t end = HostEnd(text, at + 1, /*require_tld=*/false);
  if (end == 0 || IsWordCharAt(text, end)) return 0;
  return end - pos;
}

}  // namespace dxnews::analyzer::internal
