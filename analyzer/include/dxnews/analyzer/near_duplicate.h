// Near-duplicate detection of texts: a MinHash signature over word shingles, the similarity of two
// signatures, and an LSH (banding) index that finds the candidate pairs among many signatures
// without comparing every pair.
//
// A shingle is a run of `shingle_size` consecutive tokens of the text (syllables, numbers,
// abbreviations...; punctuation and symbols are skipped), each lower-cased with canonical tone
// placement (NormalizeLower), so "Hoà"/"hòa" and line breaks do not matter. The signature keeps
// the minimum of kMinHashSize hash functions over the set of distinct shingles plus the size of
// that set, which gives both the Jaccard similarity |A∩B|/|A∪B| and the containment
// |A∩B|/min(|A|,|B|): a reprint cut to 60% of the original has a Jaccard of 0.6 but a containment
// near 1.
#ifndef DXNEWS_ANALYZER_NEAR_DUPLICATE_H_
#define DXNEWS_ANALYZER_NEAR_DUPLICATE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dxnews::analyzer {

/// Hash functions in a signature.
inline constexpr std::size_t kMinHashSize = 128;

/// Parameters of signatures and of the similarity decision. The defaults were tuned with
/// bench/near_duplicate_pr (bench/README.md).
struct NearDuplicateOptions {
  /// Tokens per shingle. Default: 5.
  std::size_t shingle_size = 5;
  /// Texts with fewer distinct shingles get an empty signature and never match anything: a
  /// two-sentence brief shares too little to tell a reprint from a common phrase. Default: 40.
  std::size_t min_shingles = 40;
  /// Two texts are near-duplicates when their estimated Jaccard similarity reaches this.
  /// Default: 0.5.
  double min_jaccard = 0.5;
  /// ... or when the estimated containment of the smaller in the larger reaches this, the
  /// estimated number of shared shingles reaches min_shared_shingles and the Jaccard similarity
  /// reaches min_jaccard_for_containment. Default: 0.7.
  double min_containment = 0.7;
  /// Default: 40.
  std::size_t min_shared_shingles = 40;
  /// ... and the estimated Jaccard similarity reaches this: the containment of a text in one five
  /// times its size rests on a handful of equal MinHash values, too few to trust. Default: 0.2.
  double min_jaccard_for_containment = 0.2;
};

/// The MinHash signature of one text. Empty (no values) when the text is too short.
struct TextSignature {
  std::vector<std::uint32_t> minhash;  ///< kMinHashSize values, or none
  std::uint32_t shingles = 0;          ///< distinct shingles of the text

  bool empty() const { return minhash.empty(); }
};

/// The signature of `utf8` (any text; invalid UTF-8 is tolerated). Deterministic across runs and
/// machines, so signatures can be stored. Thread-safe.
TextSignature ComputeSignature(std::string_view utf8, const NearDuplicateOptions& options = {});

/// Estimated similarities of two texts; all 0 when either signature is empty.
struct Similarity {
  double jaccard = 0;      ///< |A∩B| / |A∪B|
  double containment = 0;  ///< |A∩B| / min(|A|, |B|), at most 1
  double shared = 0;       ///< |A∩B|, in shingles
};

Similarity EstimateSimilarity(const TextSignature& a, const TextSignature& b);

/// True when `similarity` passes the thresholds of `options`.
bool IsNearDuplicate(const Similarity& similarity, const NearDuplicateOptions& options = {});

/// An LSH index over signatures: the 128 values are cut into 42 bands of 3 rows; two signatures
/// sharing one band are candidates. A pair with Jaccard 0.5 is a candidate with probability
/// 0.996, 0.3 with 0.69, 0.1 with 0.04. Not thread-safe for writes.
class SignatureIndex {
 public:
  /// Adds the signature of document `id`; empty signatures are ignored.
  void Add(std::int64_t id, const TextSignature& signature);
  /// Ids of documents sharing at least one band with `signature`, each once, in increasing order.
  std::vector<std::int64_t> Candidates(const TextSignature& signature) const;

 private:
  // One (band key, document) pair per band of every signature, in an open-addressing table with
  // linear probing: 35,000 signatures make 1.5 million entries, too many for a node per entry.
  struct Slot {
    std::uint64_t key = 0;  // 0: empty
    std::int64_t id = 0;
  };
  void Insert(std::uint64_t key, std::int64_t id);
  std::vector<Slot> slots_;
  std::size_t used_ = 0;
};

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_NEAR_DUPLICATE_H_
