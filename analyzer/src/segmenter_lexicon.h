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

  /// The flags of a word hash; 0 when absent.
  uint8_t Find(uint64_t word_hash) const {
    if (slots_.empty()) return 0;
    const uint32_t fp = Fingerprint(word_hash);
    for (size_t i = (word_hash >> 32) & mask_;; i = (i + 1) & mask_) {
      if ((slots_[i] & ~3u) == fp) return static_cast<uint8_t>(slots_[i] & 3);
      if (slots_[i] == 0) return 0;
    }
  }
  /// Asks the CPU to start loading the slot of a word hash.
  void Prefetch(uint64_t word_hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[(word_hash >> 32) & mask_]);
  }
  /// The distinct entries, sorted: what the model file stores.
  std::vector<uint64_t> SortedEntries() const;

 private:
  // A slot keeps 30 bits of the hash next to the flags (the slot index holds others): 4 bytes
  // a slot keep the table in cache. An empty slot is 0; a fingerprint never is.
  static uint32_t Fingerprint(uint64_t h) {
    const uint32_t fp = static_cast<uint32_t>(h) & ~3u;
    return fp != 0 ? fp : 4u;
  }
  std::vector<uint32_t> slots_;
  std::vector<uint64_t> entries_;  // sorted, distinct: what the model file stores
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
