// Private: turns one sentence of tokens into the numeric view the segmenter scores (syllable key
// hashes, shapes, lexicon matches) and lists the hashed features of each syllable boundary.
// Training and segmentation both go through these functions, so they always agree.
#ifndef DXNEWS_ANALYZER_SEGMENTER_FEATURES_H_
#define DXNEWS_ANALYZER_SEGMENTER_FEATURES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "segmenter_lexicon.h"
#include "segmenter_tokens.h"

namespace dxnews::analyzer::internal {

struct TokenInfo {
  uint64_t key = 0;          ///< hash of the lower-cased canonical-tone key
  Shape shape = Shape::kPunct;
  bool syllable = false;     ///< only letters: the only tokens that may join
};

/// One sentence ready for scoring. Buffers are reused between sentences by the caller.
struct EncodedSentence {
  bool folded = false;              ///< no token carries a diacritic: diacritic-free namespace
  bool caps = false;                ///< an ALL-CAPS line, shapes rewritten to sentence case
  std::vector<TokenInfo> tokens;
  std::vector<uint8_t> start_len;   ///< longest lexicon word starting at j (1 = none)
  std::vector<uint8_t> end_len;     ///< longest lexicon word ending at j (1 = none)
  std::vector<uint8_t> cross_len;   ///< longest lexicon word containing tokens j-1 and j (0 = none)
  std::vector<uint8_t> fmm_join;    ///< forward longest-match says token j joins j-1
  std::vector<uint8_t> bmm_join;    ///< backward longest-match says token j joins j-1
};

/// Fills *out from the tokens of one sentence. ALL-CAPS sentences get the shapes of sentence
/// case, because in a headline capitals say nothing about names.
void EncodeSentence(const std::vector<std::string_view>& tokens, const SyllableTable& syllables,
                    const Lexicon& lexicon, EncodedSentence* out);

/// Upper bound of the number of features of one boundary.
inline constexpr size_t kMaxFeatures = 24;

/// How many features of a boundary depend on the previous decision.
inline constexpr size_t kHistoryFeatures = 4;

/// Writes the weight-table indices (masked with `mask`) of the features of the boundary between
/// token i-1 and token i into out[0..n) and returns n. prev_join: token i-1 joined token i-2.
/// REQUIRES: 1 <= i < tokens.size(); out has room for kMaxFeatures.
size_t BoundaryFeatures(const EncodedSentence& sentence, size_t i, bool prev_join, uint32_t mask, uint32_t* out);

/// For decoding with prefetching: writes the n features that do not depend on the previous
/// decision into out[0..n), then the kHistoryFeatures features for prev_join == false, then
/// those for prev_join == true, and returns n. REQUIRES: as BoundaryFeatures().
size_t BoundaryFeaturesBothWays(const EncodedSentence& sentence, size_t i, uint32_t mask, uint32_t* out);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_SEGMENTER_FEATURES_H_
