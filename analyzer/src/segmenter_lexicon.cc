#include "segmenter_lexicon.h"

#include <algorithm>

namespace dxnews::analyzer::internal {

Lexicon::Lexicon(const std::vector<uint64_t>& entries) {
  size_t capacity = 16;
  while (capacity * 10 < entries.size() * 14) capacity *= 2;  // load factor <= 0.71
  slots_.assign(capacity, 0);
  mask_ = capacity - 1;
  for (uint64_t entry : entries) {
    const uint64_t h = entry & ~uint64_t{3};
    size_t i = (h >> 2) & mask_;
    while (slots_[i] != 0 && (slots_[i] & ~uint64_t{3}) != h) i = (i + 1) & mask_;
    slots_[i] |= entry;
  }
}

std::vector<uint64_t> Lexicon::SortedEntries() const {
  std::vector<uint64_t> out;
  for (uint64_t h : slots_) {
    if (h != 0) out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace dxnews::analyzer::internal
