#include "segmenter_lexicon.h"

#include <algorithm>

namespace dxnews::analyzer::internal {

Lexicon::Lexicon(const std::vector<uint64_t>& word_hashes) {
  size_t capacity = 16;
  while (capacity < word_hashes.size() * 2) capacity *= 2;  // load factor <= 0.5
  slots_.assign(capacity, 0);
  mask_ = capacity - 1;
  for (uint64_t hash : word_hashes) {
    uint64_t h = hash | 1;
    size_t i = h & mask_;
    while (slots_[i] != 0 && slots_[i] != h) i = (i + 1) & mask_;
    slots_[i] = h;
  }
}

std::vector<uint64_t> Lexicon::SortedHashes() const {
  std::vector<uint64_t> out;
  for (uint64_t h : slots_) {
    if (h != 0) out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace dxnews::analyzer::internal
