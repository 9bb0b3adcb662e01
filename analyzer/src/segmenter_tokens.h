// Private: what the segmenter needs to know about one token (its shape, whether it is a
// syllable, its key hash) and a precomputed table of those facts for the known syllables, so
// the hot path rarely runs the normaliser or ICU character classification.
#ifndef DXNEWS_ANALYZER_SEGMENTER_TOKENS_H_
#define DXNEWS_ANALYZER_SEGMENTER_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dxnews::analyzer::internal {

/// Orthographic class of a token. kTitle = first letter upper, rest lower ("Nội").
enum class Shape : uint8_t { kLower, kTitle, kUpper, kMixed, kNumber, kPunct, kBoundary };

struct TokenClass {
  Shape shape = Shape::kPunct;
  bool syllable = false;          ///< only letters: the only tokens that may join
  bool has_lower = false;
  bool has_letter = false;
  bool non_ascii_letter = false;  ///< a letter with (or made of) a diacritic: "ộ", "đ"
};

/// Classifies a token by its characters.
TokenClass ClassifyToken(std::string_view token);

/// Upper case of every letter ("Hà Nội" -> "HÀ NỘI"), code point by code point.
std::string UpperCase(std::string_view text);

/// TokenClass plus the hash of the lower-cased canonical key (AppendLowerKey) of a token.
struct TokenFacts {
  TokenClass cls;
  uint64_t key = 0;
};

/// Computes the facts of any token the slow way.
TokenFacts ComputeFacts(std::string_view token);

/// Facts of the known syllables in lower, Title and UPPER case, keyed by a hash of the exact
/// bytes. Immutable after construction.
class SyllableTable {
 public:
  SyllableTable() = default;
  /// `syllables`: lower-case syllables, one per entry.
  explicit SyllableTable(const std::vector<std::string>& syllables);

  /// The facts of `token`: from the table when it is there, else computed.
  /// `surface_hash` must be HashBytes(token).
  TokenFacts Lookup(std::string_view token, uint64_t surface_hash) const;

  /// Asks the CPU to start loading the slot of a surface hash (a batch of lookups then
  /// overlaps its cache misses).
  void Prefetch(uint64_t surface_hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[(surface_hash >> 40) & mask_]);
  }

 private:
  // 16 bytes a slot keep the table in cache: the low byte of `tag` holds the packed TokenClass
  // (never 0), the rest is the hash of the surface bytes. tag 0 = empty slot.
  struct Slot {
    uint64_t tag = 0;
    uint64_t key = 0;
  };
  void Insert(const std::string& surface);
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_SEGMENTER_TOKENS_H_
