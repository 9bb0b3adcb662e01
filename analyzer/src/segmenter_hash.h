// Private: the 64-bit hashing used by the segmenter for syllable keys, lexicon words and features.
// The values are stored in the model file, so changing any of these functions invalidates it.
#ifndef DXNEWS_ANALYZER_SEGMENTER_HASH_H_
#define DXNEWS_ANALYZER_SEGMENTER_HASH_H_

#include <cstdint>
#include <string_view>

namespace dxnews::analyzer::internal {

/// splitmix64 finaliser: a cheap, well-mixing bijection.
constexpr uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

/// Order-sensitive combination of two hashes.
constexpr uint64_t Combine(uint64_t seed, uint64_t value) { return Mix(seed * 0x9e3779b97f4a7c15ULL + value); }

/// FNV-1a over the bytes, then mixed.
inline uint64_t HashBytes(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return Mix(h);
}

/// Seeds that keep the diacritic and diacritic-free lexicons and features apart.
inline constexpr uint64_t kToneSeed = 0x746f6e65ULL;
inline constexpr uint64_t kFoldedSeed = 0x666f6c64ULL;
/// Seed of the features of ALL-CAPS lines.
inline constexpr uint64_t kCapsSeed = 0x63617073ULL;

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_SEGMENTER_HASH_H_
