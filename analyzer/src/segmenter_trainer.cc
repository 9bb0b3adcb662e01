#include "dxnews/analyzer/segmenter_trainer.h"

#include <algorithm>
#include <random>
#include <set>
#include <utility>

#include "dxnews/analyzer/normalizer.h"
#include "segmenter_features.h"
#include "segmenter_hash.h"
#include "segmenter_lexicon.h"
#include "segmenter_model.h"
#include "segmenter_tokens.h"

namespace dxnews::analyzer {
namespace {

struct GoldSentence {
  std::vector<std::string> tokens;
  std::vector<bool> joins;
  size_t fold = 0;
};

struct Example {
  internal::EncodedSentence encoded;
  std::vector<bool> joins;
};

// Averaged perceptron with the lazy-averaging trick: avg = w - u / c.
class Perceptron {
 public:
  explicit Perceptron(uint32_t bits) : w_(size_t{1} << bits, 0.0f), u_(size_t{1} << bits, 0.0), mask_((1u << bits) - 1) {}
  uint32_t mask() const { return mask_; }
  float Score(const uint32_t* f, size_t n) const {
    float s = 0;
    for (size_t k = 0; k < n; ++k) s += w_[f[k]];
    return s;
  }
  void Update(const uint32_t* f, size_t n, float y) {
    for (size_t k = 0; k < n; ++k) {
      w_[f[k]] += y;
      u_[f[k]] += c_ * y;
    }
  }
  void Tick() { c_ += 1; }
  std::vector<float> Averaged() const {
    std::vector<float> avg(w_.size());
    for (size_t i = 0; i < w_.size(); ++i) avg[i] = static_cast<float>(w_[i] - u_[i] / c_);
    return avg;
  }

 private:
  std::vector<float> w_;
  std::vector<double> u_;
  uint32_t mask_;
  double c_ = 1;
};

void TrainSentence(const Example& ex, Perceptron* model) {
  uint32_t features[internal::kMaxFeatures];
  bool prev = false;
  const auto& tokens = ex.encoded.tokens;
  for (size_t i = 1; i < tokens.size(); ++i) {
    bool pred = false;
    if (tokens[i - 1].syllable && tokens[i].syllable) {
      size_t n = internal::BoundaryFeatures(ex.encoded, i, prev, model->mask(), features);
      pred = model->Score(features, n) > 0;
      if (pred != ex.joins[i]) model->Update(features, n, ex.joins[i] ? 1.0f : -1.0f);
      model->Tick();
    }
    prev = pred;  // the predicted history, as at run time
  }
}

uint64_t KeyHash(std::string_view text, bool fold) {
  std::string key;
  if (fold) {
    AppendFoldKey(text, &key);
  } else {
    AppendLowerKey(text, &key);
  }
  return internal::HashBytes(key);
}

}  // namespace

struct SegmenterTrainer::Impl {
  SegmenterTrainingOptions options;
  std::vector<uint64_t> words;
  std::vector<std::vector<uint64_t>> fold_words;  // lexicon entries from training sentences
  size_t sentence_count = 0;
  std::set<std::string> syllables;  // lower-case keys of every syllable seen, sorted
  void AddSyllable(std::string_view token) {
    if (!internal::ClassifyToken(token).syllable) return;
    std::string key;
    AppendLowerKey(token, &key);
    syllables.insert(std::move(key));
  }
  std::vector<GoldSentence> sentences;
};

SegmenterTrainer::SegmenterTrainer(SegmenterTrainingOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
}
SegmenterTrainer::~SegmenterTrainer() = default;

void SegmenterTrainer::AddWord(const std::vector<std::string_view>& syllables) {
  AddWordTo(syllables, &impl_->words);
}

void SegmenterTrainer::AddWordTo(const std::vector<std::string_view>& syllables, std::vector<uint64_t>* entries) {
  if (syllables.size() < 2 || syllables.size() > internal::kMaxWordSyllables) return;
  for (std::string_view s : syllables) impl_->AddSyllable(s);
  for (bool fold : {false, true}) {
    std::vector<uint64_t> keys;
    for (std::string_view s : syllables) keys.push_back(KeyHash(s, fold));
    uint64_t h = fold ? internal::kFoldedSeed : internal::kToneSeed;
    for (size_t n = 0; n < keys.size(); ++n) {
      h = internal::Combine(h, keys[n]);
      if (n == 0) continue;
      bool last = n + 1 == keys.size();
      entries->push_back(internal::Lexicon::Entry(h, last ? internal::kIsWord : internal::kIsPrefix));
    }
  }
}

void SegmenterTrainer::AddSentence(const std::vector<std::vector<std::string>>& words) {
  GoldSentence gold;
  for (const auto& word : words) {
    for (size_t k = 0; k < word.size(); ++k) {
      gold.tokens.push_back(word[k]);
      gold.joins.push_back(k > 0);
    }
  }
  if (gold.tokens.empty()) return;
  for (const std::string& t : gold.tokens) impl_->AddSyllable(t);
  if (impl_->options.lexicon_folds > 0) {
    const auto folds = static_cast<size_t>(impl_->options.lexicon_folds);
    gold.fold = impl_->sentence_count++ % folds;
    impl_->fold_words.resize(folds);
    for (const auto& word : words) {
      AddWordTo(std::vector<std::string_view>(word.begin(), word.end()), &impl_->fold_words[gold.fold]);
    }
  }
  if (impl_->options.caps_copy) {
    GoldSentence caps = gold;
    for (std::string& t : caps.tokens) t = internal::UpperCase(t);
    impl_->sentences.push_back(std::move(caps));
  }
  if (impl_->options.folded_copy) {
    GoldSentence folded = gold;
    for (std::string& t : folded.tokens) {
      std::string key;
      AppendFoldKey(t, &key);
      t = std::move(key);
      impl_->AddSyllable(t);
    }
    impl_->sentences.push_back(std::move(folded));
  }
  impl_->sentences.push_back(std::move(gold));
}

std::string SegmenterTrainer::Train() {
  std::vector<std::string> syllable_list(impl_->syllables.begin(), impl_->syllables.end());
  internal::SyllableTable syllables(syllable_list);
  std::vector<Example> examples(impl_->sentences.size());
  for (size_t fold = 0; fold < std::max<size_t>(1, impl_->fold_words.size()); ++fold) {
    internal::Lexicon lexicon(LexiconEntries(fold));
    for (size_t s = 0; s < examples.size(); ++s) {
      const GoldSentence& gold = impl_->sentences[s];
      if (gold.fold != fold) continue;
      std::vector<std::string_view> views(gold.tokens.begin(), gold.tokens.end());
      internal::EncodeSentence(views, syllables, lexicon, &examples[s].encoded);
      examples[s].joins = gold.joins;
    }
  }
  Perceptron model(impl_->options.table_bits);
  std::mt19937 rng(impl_->options.seed);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  for (int epoch = 0; epoch < impl_->options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) {  // Fisher-Yates: same order on every platform
      std::swap(order[i - 1], order[rng() % i]);
    }
    for (size_t s : order) TrainSentence(examples[s], &model);
  }
  internal::Lexicon lexicon(LexiconEntries(impl_->fold_words.size()));
  return internal::SerializeModel(impl_->options.table_bits, model.Averaged(), lexicon.SortedEntries(), syllable_list);
}

std::vector<uint64_t> SegmenterTrainer::LexiconEntries(size_t excluded_fold) const {
  std::vector<uint64_t> entries = impl_->words;
  for (size_t f = 0; f < impl_->fold_words.size(); ++f) {
    if (f != excluded_fold) entries.insert(entries.end(), impl_->fold_words[f].begin(), impl_->fold_words[f].end());
  }
  return entries;
}

}  // namespace dxnews::analyzer
