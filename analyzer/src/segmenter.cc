#include "dxnews/analyzer/segmenter.h"

#include <algorithm>
#include <cassert>

#include "segmenter_builtin.h"
#include "segmenter_features.h"
#include "segmenter_model.h"

namespace dxnews::analyzer {

Result<Segmenter> Segmenter::FromModel(std::string_view model_bytes) {
  Result<internal::SegmenterModel> model = internal::ParseModel(model_bytes);
  if (!model.ok()) return model.status();
  return Segmenter(std::make_unique<const internal::SegmenterModel>(std::move(model).value()));
}

Result<Segmenter> Segmenter::LoadBuiltin() {
  std::string_view bytes = internal::BuiltinSegmenterModel();
  if (bytes.empty()) return Status::NotFound("segmenter model: this build has no built-in model");
  Result<Segmenter> segmenter = FromModel(bytes);
  if (!segmenter.ok()) return segmenter.status().WithContext("built-in model");
  return segmenter;
}

Segmenter::Segmenter(std::unique_ptr<const internal::SegmenterModel> model) : model_(std::move(model)) {}
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;
Segmenter::~Segmenter() = default;

namespace {

constexpr size_t kBlock = 32;  // boundaries scored together

// Scores of one boundary: the part that does not depend on the previous decision, and the
// history part for "previous token did not join" / "did join".
struct BoundaryScores {
  int32_t context = 0, after_split = 0, after_join = 0;
};

int32_t Sum(const int16_t* weights, const uint32_t* features, size_t n) {
  int32_t sum = 0;
  for (size_t k = 0; k < n; ++k) sum += weights[features[k]];
  return sum;
}

// Scores boundaries [begin, end) in two passes: the first computes every feature and starts
// loading its weight, the second sums. The weight table does not fit in L1/L2, so overlapping
// the misses of many boundaries is what makes decoding fast.
void ScoreBlock(const internal::SegmenterModel& model, const internal::EncodedSentence& sentence, size_t begin,
                size_t end, std::vector<BoundaryScores>* scores) {
  constexpr size_t kStride = internal::kMaxFeatures + internal::kHistoryFeatures;
  uint32_t features[kBlock * kStride];
  size_t counts[kBlock];
  const int16_t* weights = model.weights.data();
  for (size_t i = begin; i < end; ++i) {
    uint32_t* f = features + (i - begin) * kStride;
    if (!sentence.tokens[i - 1].syllable || !sentence.tokens[i].syllable) {
      counts[i - begin] = 0;
      continue;
    }
    size_t n = internal::BoundaryFeaturesBothWays(sentence, i, model.mask, f);
    counts[i - begin] = n;
    for (size_t k = 0; k < n + 2 * internal::kHistoryFeatures; ++k) __builtin_prefetch(weights + f[k]);
  }
  for (size_t i = begin; i < end; ++i) {
    const uint32_t* f = features + (i - begin) * kStride;
    const size_t n = counts[i - begin];
    if (n == 0) continue;
    BoundaryScores& s = (*scores)[i];
    s.context = Sum(weights, f, n);
    s.after_split = Sum(weights, f + n, internal::kHistoryFeatures);
    s.after_join = Sum(weights, f + n + internal::kHistoryFeatures, internal::kHistoryFeatures);
  }
}

}  // namespace

void Segmenter::Segment(const std::vector<std::string_view>& tokens, std::vector<bool>* joins) const {
  assert(joins != nullptr);
  joins->assign(tokens.size(), false);
  if (tokens.size() < 2) return;
  internal::EncodedSentence sentence;
  internal::EncodeSentence(tokens, model_->syllables, model_->lexicon, &sentence);
  std::vector<BoundaryScores> scores(tokens.size());
  for (size_t begin = 1; begin < tokens.size(); begin += kBlock) {
    ScoreBlock(*model_, sentence, begin, std::min(begin + kBlock, tokens.size()), &scores);
  }
  bool prev_join = false;
  for (size_t i = 1; i < tokens.size(); ++i) {
    bool join = false;
    if (sentence.tokens[i - 1].syllable && sentence.tokens[i].syllable) {
      const BoundaryScores& s = scores[i];
      join = s.context + (prev_join ? s.after_join : s.after_split) > 0;
    }
    (*joins)[i] = join;
    prev_join = join;
  }
}

}  // namespace dxnews::analyzer
