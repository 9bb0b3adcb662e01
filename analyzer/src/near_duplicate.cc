#include "dxnews/analyzer/near_duplicate.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string>

#include "dxnews/analyzer/normalizer.h"
#include "dxnews/analyzer/tokenizer.h"

namespace dxnews::analyzer {
namespace {

constexpr std::size_t kBands = 42;
constexpr std::size_t kRowsPerBand = 3;
static_assert(kBands * kRowsPerBand <= kMinHashSize, "bands must fit in the signature");

// splitmix64's finaliser: a fixed bijective mixer, so signatures are the same on every machine.
std::uint64_t Mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

std::uint64_t HashBytes(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return Mix(h);
}

// The multiply-shift family h_i(x) = (a_i x + b_i) >> 32 with odd a_i: one multiply per
// function, and good enough as random permutations for MinHash.
struct HashFamily {
  std::array<std::uint64_t, kMinHashSize> a{};
  std::array<std::uint64_t, kMinHashSize> b{};
  HashFamily() {
    std::uint64_t state = 0x6478'6e65'7773ULL;  // "dxnews"
    for (std::size_t i = 0; i < kMinHashSize; ++i) {
      a[i] = Mix(state += 0x9e3779b97f4a7c15ULL) | 1;
      b[i] = Mix(state += 0x9e3779b97f4a7c15ULL);
    }
  }
};

const HashFamily& Family() {
  static const HashFamily kFamily;
  return kFamily;
}

bool IsWordToken(TokenKind kind) { return kind != TokenKind::kPunctuation && kind != TokenKind::kSymbol; }

// Hashes of the distinct shingles of `utf8`, sorted.
std::vector<std::uint64_t> ShingleHashes(std::string_view utf8, std::size_t shingle_size) {
  std::vector<Token> tokens = Tokenize(utf8);
  std::vector<std::uint64_t> words;
  words.reserve(tokens.size());
  std::string key;
  for (const Token& token : tokens) {
    if (!IsWordToken(token.kind)) continue;
    key.clear();
    AppendLowerKey(utf8.substr(token.begin, token.end - token.begin), &key);
    words.push_back(HashBytes(key));
  }
  std::vector<std::uint64_t> shingles;
  if (shingle_size == 0 || words.size() < shingle_size) return shingles;
  shingles.reserve(words.size() - shingle_size + 1);
  for (std::size_t i = 0; i + shingle_size <= words.size(); ++i) {
    std::uint64_t h = 0;
    for (std::size_t j = 0; j < shingle_size; ++j) h = Mix(h * 0x100000001b3ULL + words[i + j]);
    shingles.push_back(h);
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

// Never 0, which marks an empty slot of SignatureIndex.
std::uint64_t BandKey(const TextSignature& signature, std::size_t band) {
  std::uint64_t h = Mix(band + 1);
  for (std::size_t r = 0; r < kRowsPerBand; ++r) h = Mix(h ^ signature.minhash[band * kRowsPerBand + r]);
  return h == 0 ? 1 : h;
}

}  // namespace

TextSignature ComputeSignature(std::string_view utf8, const NearDuplicateOptions& options) {
  std::vector<std::uint64_t> shingles = ShingleHashes(utf8, options.shingle_size);
  TextSignature signature;
  signature.shingles = static_cast<std::uint32_t>(shingles.size());
  if (shingles.empty() || shingles.size() < options.min_shingles) return signature;
  const HashFamily& family = Family();
  std::array<std::uint32_t, kMinHashSize> minimum;
  minimum.fill(std::numeric_limits<std::uint32_t>::max());
  for (std::uint64_t x : shingles) {
    for (std::size_t i = 0; i < kMinHashSize; ++i) {
      auto value = static_cast<std::uint32_t>((family.a[i] * x + family.b[i]) >> 32);
      minimum[i] = std::min(minimum[i], value);
    }
  }
  signature.minhash.assign(minimum.begin(), minimum.end());
  return signature;
}

Similarity EstimateSimilarity(const TextSignature& a, const TextSignature& b) {
  Similarity similarity;
  if (a.empty() || b.empty() || a.minhash.size() != b.minhash.size()) return similarity;
  std::size_t equal = 0;
  for (std::size_t i = 0; i < a.minhash.size(); ++i) equal += a.minhash[i] == b.minhash[i] ? 1 : 0;
  similarity.jaccard = static_cast<double>(equal) / static_cast<double>(a.minhash.size());
  // |A∩B| = J |A∪B| and |A∪B| = |A| + |B| - |A∩B|, so |A∩B| = J (|A| + |B|) / (1 + J).
  similarity.shared = similarity.jaccard * (double(a.shingles) + double(b.shingles)) / (1 + similarity.jaccard);
  double smaller = std::min(a.shingles, b.shingles);
  similarity.containment = smaller > 0 ? std::min(1.0, similarity.shared / smaller) : 0;
  return similarity;
}

bool IsNearDuplicate(const Similarity& similarity, const NearDuplicateOptions& options) {
  if (similarity.jaccard >= options.min_jaccard) return true;
  return similarity.containment >= options.min_containment &&
         similarity.shared >= static_cast<double>(options.min_shared_shingles) &&
         similarity.jaccard >= options.min_jaccard_for_containment;
}

void SignatureIndex::Insert(std::uint64_t key, std::int64_t id) {
  if (2 * (used_ + 1) > slots_.size()) {  // keep the load at most one half
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(1024, old.size() * 2), Slot{});
    used_ = 0;
    for (const Slot& slot : old) {
      if (slot.key != 0) Insert(slot.key, slot.id);
    }
  }
  std::size_t mask = slots_.size() - 1;
  std::size_t at = static_cast<std::size_t>(key) & mask;
  while (slots_[at].key != 0) at = (at + 1) & mask;
  slots_[at] = Slot{key, id};
  ++used_;
}

void SignatureIndex::Add(std::int64_t id, const TextSignature& signature) {
  if (signature.empty()) return;
  for (std::size_t band = 0; band < kBands; ++band) Insert(BandKey(signature, band), id);
}

std::vector<std::int64_t> SignatureIndex::Candidates(const TextSignature& signature) const {
  std::vector<std::int64_t> ids;
  if (signature.empty() || slots_.empty()) return ids;
  std::size_t mask = slots_.size() - 1;
  for (std::size_t band = 0; band < kBands; ++band) {
    std::uint64_t key = BandKey(signature, band);
    for (std::size_t at = static_cast<std::size_t>(key) & mask; slots_[at].key != 0; at = (at + 1) & mask) {
      if (slots_[at].key == key) ids.push_back(slots_[at].id);
    }
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace dxnews::analyzer
