#include "dxnews/analyzer/segmenter.h"

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

void Segmenter::Segment(const std::vector<std::string_view>& tokens, std::vector<bool>* joins) const {
  assert(joins != nullptr);
  joins->assign(tokens.size(), false);
  if (tokens.size() < 2) return;
  internal::EncodedSentence sentence;
  internal::EncodeSentence(tokens, model_->syllables, model_->lexicon, &sentence);
  uint32_t features[internal::kMaxFeatures];
  const int16_t* weights = model_->weights.data();
  bool prev_join = false;
  for (size_t i = 1; i < tokens.size(); ++i) {
    bool join = false;
    if (sentence.tokens[i - 1].syllable && sentence.tokens[i].syllable) {
      size_t n = internal::BoundaryFeatures(sentence, i, prev_join, model_->mask, features);
      int32_t score = 0;
      for (size_t f = 0; f < n; ++f) score += weights[features[f]];
      join = score > 0;
    }
    (*joins)[i] = join;
    prev_join = join;
  }
}

}  // namespace dxnews::analyzer
