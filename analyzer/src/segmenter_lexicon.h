// Private: the segmenter's word list, a flat open-addressing map from word hashes to flags (is a
// word, is the prefix of a longer word). A word's hash is Combine()d from the key hashes of its
// syllables, starting from kToneSeed or kFoldedSeed.
#ifndef DXNEWS_ANALYZER_SEGMENTER_LEXICON_H_
#define DXNEWS_ANALYZER_SEGMENTER_LEXICON_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "segmenter_hash.h"

namespace dxnews::analyzer::internal {

/// Longest word (in syllables) the lexicon features look for.
inline constexpr size_t kMaxWordSyllables = 8;

/// Flags of a lexicon entry.
inline constexpr uint8_t kIsWord = 1;
inline constexpr uint8_t kIsPrefix = 2;

class Lexicon {
 public:
  Lexicon() = default;
  /// Builds the map from entries made by Entry() (duplicates are merged).
  explicit Lexicon(const std::vector<uint64_t>& entries);

  /// An entry: the hash with its two low bits replaced by the flags. REQUIRES: flags != 0.
  static uint64_t Entry(uint64_t word_hash, uint8_t flags) { return (word_hash & ~uint64_t{3}) | flags; }

  /// The flags of a word hash; 0 when absent. An empty slot is 0; entries never are.
  uint8_t Find(uint64_t word_hash) const {
    if (slots_.empty()) return 0;
    const uint64_t h = word_hash & ~uint64_t{3};
    for (size_t i = (h >> 2) & mask_;; i = (i + 1) & mask_) {
      if ((slots_[i] & ~uint64_t{3}) == h) return static_cast<uint8_t>(slots_[i] & 3);
      if (slots_[i] == 0) return 0;
    }
  }
  /// The distinct entries, sorted: what the model file stores.
  std::vector<uint64_t> SortedEntries() const;

 private:
  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
};

/// The hash of a word: its syllable key hashes combined in order from `seed`.
inline uint64_t WordHash(uint64_t seed, const uint64_t* keys, size_t count) {
  uint64_t h = seed;
  for (size_t i = 0; i < count; ++i) h = Combine(h, keys[i]);
  return h;
}

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_SEGMENTER_LEXICON_H_
