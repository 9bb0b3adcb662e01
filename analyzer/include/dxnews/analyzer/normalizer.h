// Vietnamese text normalisation: NFC, one canonical tone-mark placement, Vietnamese-aware lower
// case, and the diacritic-free search key. Every component that compares Vietnamese text (the
// segmenter, the extractors, the index) goes through these functions, so they all agree.
//
// Canonical tone placement is the OLD style ("kiểu cũ"), the one most Vietnamese news uses:
// in an open syllable ending in the glide + vowel pairs "oa", "oe" and "uy", the tone mark sits
// on the first vowel: "hòa" (not "hoà"), "khỏe" (not "khoẻ"), "thủy" (not "thuỷ"), "Ủy" (not
// "Uỷ"). Closed syllables ("hoàn", "huỳnh") and "qu" + y ("quý") are left as they are, because
// both styles already agree there. The original text is never modified in place: callers keep
// it for display and use these functions to build comparison keys.
#ifndef DXNEWS_ANALYZER_NORMALIZER_H_
#define DXNEWS_ANALYZER_NORMALIZER_H_

#include <string>
#include <string_view>

namespace dxnews::analyzer {

/// NFC + canonical tone placement + whitespace cleanup: no-break and other Unicode spaces become
/// " ", zero-width characters and soft hyphens are removed, runs of spaces and tabs become one
/// space, and leading/trailing spaces are trimmed. Letter case is kept. Invalid UTF-8 sequences
/// become U+FFFD. Thread-safe.
std::string Normalize(std::string_view utf8);

/// Normalize() followed by Vietnamese lower-casing ("ĐỔI" -> "đổi", "Ủy" -> "ủy").
std::string NormalizeLower(std::string_view utf8);

/// Appends NormalizeLower(utf8) to *out without the whitespace cleanup: for short strings such
/// as a single syllable or word on hot paths. REQUIRES: out != nullptr.
void AppendLowerKey(std::string_view utf8, std::string* out);

/// The search key: lower case, every diacritic removed, "đ"/"Đ" -> "d".
/// "Chuyển Đổi Số" -> "chuyen doi so"; "Hoà" and "Hòa" both give "hoa". Whitespace is cleaned up
/// as in Normalize().
std::string Fold(std::string_view utf8);

/// Appends the search key of a short string (no whitespace cleanup). REQUIRES: out != nullptr.
void AppendFoldKey(std::string_view utf8, std::string* out);

/// Unicode NFC only: tone placement, letter case and whitespace are kept ("e" + U+0323 + U+0302
/// -> "ệ"). Invalid UTF-8 sequences become U+FFFD. Thread-safe.
std::string ToNfc(std::string_view utf8);

/// True when the two texts are equal after NormalizeLower(): "hoà" == "Hòa", NFD == NFC.
bool SameText(std::string_view a, std::string_view b);

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_NORMALIZER_H_
