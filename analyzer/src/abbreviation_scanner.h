// Private: recognises the dotted abbreviations of Vietnamese news ("TP.", "TP.HCM", "GS.TS.",
// "PGS.TS", "Th.S", "v.v.") from a small built-in list. Undotted abbreviations ("UBND",
// "KH&CN", "BR-VT") are classified by the word scanner instead.
#ifndef DXNEWS_ANALYZER_ABBREVIATION_SCANNER_H_
#define DXNEWS_ANALYZER_ABBREVIATION_SCANNER_H_

#include <cstddef>
#include <string_view>

namespace dxnews::analyzer::internal {

/// Byte length of the dotted abbreviation starting at `pos`, or 0. Known forms chain without
/// spaces ("GS." + "TS." = "GS.TS."), and a form ending in '.' may be followed by an all-caps
/// name ("TP." + "HCM"). The dot of a known form is part of the token: in "TP. Hồ Chí Minh" the
/// token is "TP.". REQUIRES: pos < text.size().
size_t ScanDottedAbbreviation(std::string_view text, size_t pos);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_ABBREVIATION_SCANNER_H_
