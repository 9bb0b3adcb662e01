// Private: the segmenter model (feature weights + lexicon) and its binary file format.
//
// Layout, little-endian: "DXSEGM01", uint32 table_bits, uint32 weight_count, uint32 word_count,
// then weight_count x {uint32 index, float weight} (indices strictly increasing, < 2^table_bits),
// then word_count x uint64 word hash (strictly increasing).
#ifndef DXNEWS_ANALYZER_SEGMENTER_MODEL_H_
#define DXNEWS_ANALYZER_SEGMENTER_MODEL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dxnews/core/result.h"
#include "segmenter_lexicon.h"

namespace dxnews::analyzer::internal {

struct SegmenterModel {
  uint32_t mask = 0;            ///< weights.size() - 1
  std::vector<float> weights;   ///< dense hashed feature table, 2^table_bits entries
  Lexicon lexicon;
};

/// Largest accepted table: 2^24 floats (64 MB).
inline constexpr uint32_t kMaxTableBits = 24;

/// Parses a model file. InvalidInput when it is truncated, has the wrong magic or bad indices.
Result<SegmenterModel> ParseModel(std::string_view bytes);

/// The bytes of a model file. Zero weights are left out. REQUIRES: table_bits <= kMaxTableBits.
std::string SerializeModel(uint32_t table_bits, const std::vector<float>& weights,
                           const std::vector<uint64_t>& sorted_word_hashes);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_SEGMENTER_MODEL_H_
