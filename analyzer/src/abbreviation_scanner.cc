#include "abbreviation_scanner.h"

#include <array>

#include "char_class.h"

namespace dxnews::analyzer::internal {
namespace {

// Titles and place prefixes written with a dot. Single letters ("H." huyện, "P." phường) are
// left out on purpose: they are indistinguishable from initials at a sentence end.
constexpr std::array<std::string_view, 19> kDottedForms = {
    "TP.", "Tp.", "TX.",  "GS.",   "PGS.",  "TS.", "TSKH.", "ThS.", "Th.S.", "Th.S",
    "BS.", "KS.", "NXB.", "NSND.", "NSƯT.", "ĐH.", "v.v.",  "v.v",  "vv.",
};

bool IsCapsChar(std::string_view text, size_t pos, size_t* length) {
  if (pos >= text.size()) return false;
  const char c = text[pos];
  if ((c >= 'A' && c <= 'Z') || IsAsciiDigit(c)) {
    *length = 1;
    return true;
  }
  if (c == '\xC4' && pos + 1 < text.size() && text[pos + 1] == '\x90') {  // "Đ"
    *length = 2;
    return true;
  }
  return false;
}

// Longest known form at `pos`; a form without a final dot must not run into more letters or
// another dot ("Th.S" is not a prefix of "Th.S.").
size_t MatchKnownForm(std::string_view text, size_t pos) {
  size_t best = 0;
  for (std::string_view form : kDottedForms) {
    if (form.size() <= best || text.substr(pos, form.size()) != form) continue;
    const size_t end = pos + form.size();
    if (form.back() != '.' && (IsWordCharAt(text, end) || (end < text.size() && text[end] == '.'))) {
      continue;
    }
    best = form.size();
  }
  return best;
}

// "HCM" in "TP.HCM", "TS" in "PGS.TS": two or more capitals/digits, then a word boundary.
size_t MatchCapsName(std::string_view text, size_t pos) {
  size_t end = pos;
  size_t count = 0;
  size_t length = 0;
  while (IsCapsChar(text, end, &length)) {
    end += length;
    ++count;
  }
  if (count < 2 || IsWordCharAt(text, end)) return 0;
  return end - pos;
}

}  // namespace

size_t ScanDottedAbbreviation(std::string_view text, size_t pos) {
  size_t end = pos;
  size_t n = 0;
  while ((n = MatchKnownForm(text, end)) != 0) {
    end += n;
    if (text[end - 1] != '.') return end - pos;
  }
  if (end == pos) return 0;
  return end - pos + MatchCapsName(text, end);
}

}  // namespace dxnews::analyzer::internal
