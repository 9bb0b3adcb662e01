// Private: the segmenter's word list, a flat open-addressing set of word hashes. A word's hash is
// Combine()d from the key hashes of its syllables, starting from kToneSeed or kFoldedSeed.
#ifndef DXNEWS_ANALYZER_SEGMENTER_LEXICON_H_
#define DXNEWS_ANALYZER_SEGMENTER_LEXICON_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "segmenter_hash.h"

namespace dxnews::analyzer::internal {

/// Longest word (in syllables) the lexicon features look for.
inline constexpr size_t kMaxWordSyllables = 8;

class Lexicon {
 public:
  Lexicon() = default;
  /// Builds the set from word hashes (duplicates allowed).
  explicit Lexicon(const std::vector<uint64_t>& word_hashes);

  bool Contains(uint64_t word_hash) const {
    if (slots_.empty()) return false;
    uint64_t h = word_hash | 1;  // 0 marks an empty slot
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      if (slots_[i] == h) return true;
      if (slots_[i] == 0) return false;
    }
  }
  /// The distinct hashes, sorted: what the model file stores.
  std::vector<uint64_t> SortedHashes() const;

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
