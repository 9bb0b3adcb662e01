// Private: the segmenter model (feature weights + lexicon) and its binary file format.
//
// Layout, little-endian: "DXSEGM02", uint32 table_bits, uint32 weight_count, uint32 word_count,
// uint32 syllable_bytes, then weight_count x {uint32 index, float weight} (indices strictly
// increasing, < 2^table_bits), then word_count x uint64 lexicon entry (Lexicon::Entry), then
// syllable_bytes of known lower-case syllables, each followed by "\n".
#ifndef DXNEWS_ANALYZER_SEGMENTER_MODEL_H_
#define DXNEWS_ANALYZER_SEGMENTER_MODEL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dxnews/core/result.h"
#include "segmenter_lexicon.h"
#include "segmenter_tokens.h"

namespace dxnews::analyzer::internal {

struct SegmenterModel {
  uint32_t mask = 0;              ///< weights.size() - 1
  /// Dense hashed feature table, 2^table_bits entries, the file's float weights scaled to
  /// int16 (only the sign of a sum matters): half the cache footprint of floats.
  std::vector<int16_t> weights;
  Lexicon lexicon;
  SyllableTable syllables;
};

/// Largest accepted table: 2^24 floats (64 MB).
inline constexpr uint32_t kMaxTableBits = 24;

/// Parses a model file. InvalidInput when it is truncated, has the wrong magic or bad indices.
Result<SegmenterModel> ParseModel(std::string_view bytes);

/// The bytes of a model file. Zero weights are left out. REQUIRES: table_bits <= kMaxTableBits.
std::string SerializeModel(uint32_t table_bits, const std::vector<float>& weights,
                           const std::vector<uint64_t>& lexicon_entries, const std::vector<std::string>& syllables);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_SEGMENTER_MODEL_H_
