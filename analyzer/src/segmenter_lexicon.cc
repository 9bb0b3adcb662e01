#include "segmenter_lexicon.h"

#include <algorithm>

namespace dxnews::analyzer::internal {

Lexicon::Lexicon(const std::vector<uint64_t>& entries) : entries_(entries) {
  std::sort(entries_.begin(), entries_.end());
  entries_.erase(std::unique(entries_.begin(), entries_.end()), entries_.end());
  size_t capacity = 16;
  while (capacity * 10 < entries_.size() * 14) capacity *= 2;  // load factor <= 0.71
  slots_.assign(capacity, 0);
  mask_ = capacity - 1;
  for (uint64_t entry : entries_) {
    const uint32_t fp = Fingerprint(entry);
    size_t i = (entry >> 32) & mask_;
    while (slots_[i] != 0 && (slots_[i] & ~3u) != fp) i = (i + 1) & mask_;
    slots_[i] |= fp | static_cast<uint32_t>(entry & 3);
  }
}

std::vector<uint64_t> Lexicon::SortedEntries() const {
  // Entries that differ only in their flags are merged, as in the table.
  std::vector<uint64_t> out;
  for (uint64_t e : entries_) {
    if (!out.empty() && (out.back() & ~uint64_t{3}) == (e & ~uint64_t{3})) {
      out.back() |= e & 3;
    } else {
      out.push_back(e);
    }
  }
  return out;
}

}  // namespace dxnews::analyzer::internal
