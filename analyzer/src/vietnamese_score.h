// Private: a cheap estimate of how much a decoded text looks like Vietnamese, used to choose
// between candidate decodings of the same bytes (TCVN3 vs VNI vs Windows-1258 vs 1252) and to
// accept a mojibake repair.
#ifndef DXNEWS_ANALYZER_VIETNAMESE_SCORE_H_
#define DXNEWS_ANALYZER_VIETNAMESE_SCORE_H_

#include <cstddef>
#include <string_view>

namespace dxnews::analyzer::internal {

/// Counts over the words that contain a non-ASCII character (pure ASCII words read the same in
/// every candidate decoding, so they are ignored).
struct VietnameseScore {
  size_t good = 0;      ///< words made only of Vietnamese letters with a plausible tone mark
  size_t frequent = 0;  ///< good words that are among the most frequent syllables ("của", "được")
  size_t specific = 0;  ///< good words with a letter outside Latin-1 (đ ă ơ ư ĩ ũ, U+1EA0-U+1EF9)
  size_t bad = 0;       ///< words with symbols, U+FFFD, "chuyÓn"-style case, or two tone marks

  /// (good + 2 * frequent - 3 * bad) / (good + bad); 0 when there is no non-ASCII word.
  double Value() const;

  /// At least 3 good words, Value() at least 0.5, and some good word is frequent or uses a letter
  /// only Vietnamese has: "Café crème" is made of Vietnamese letters but is not Vietnamese, and
  /// an English page whose only non-ASCII byte is a dash is not evidence of anything.
  bool LooksVietnamese() const;
};

/// Scores NFC UTF-8 `text`. Invalid UTF-8 is scored as U+FFFD (bad). Linear, no allocation per
/// word beyond a small buffer.
VietnameseScore ScoreVietnamese(std::string_view text);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_VIETNAMESE_SCORE_H_
