// Training of the word segmenter's model from gold-segmented sentences and a word list: an
// averaged perceptron, deterministic for the same inputs and options. Used by
// tools/train_segmenter.cc; the result is what Segmenter::FromModel() reads.
#ifndef DXNEWS_ANALYZER_SEGMENTER_TRAINER_H_
#define DXNEWS_ANALYZER_SEGMENTER_TRAINER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dxnews::analyzer {

struct SegmenterTrainingOptions {
  /// Passes over the training sentences. Default: 8.
  int epochs = 8;
  /// log2 of the hashed feature table size. Default: 18 (1 MB of weights at run time).
  uint32_t table_bits = 18;
  /// Also train on a diacritic-free copy of every sentence. Default: true.
  bool folded_copy = true;
  /// The multi-syllable words of the training sentences join the lexicon. While training, the
  /// sentences are split into this many folds and each fold only sees the words of the other
  /// folds, so the model does not learn to trust the lexicon more than it deserves on new text.
  /// 0: training words stay out of the lexicon. Default: 10.
  int lexicon_folds = 10;
  /// Also train on an ALL-CAPS copy of every sentence (headlines). Default: true.
  bool caps_copy = true;
  /// Seed of the per-epoch shuffle. Default: 1.
  uint32_t seed = 1;
};

/// Collects a lexicon and gold sentences, then trains. Not thread-safe.
class SegmenterTrainer {
 public:
  explicit SegmenterTrainer(SegmenterTrainingOptions options);
  ~SegmenterTrainer();

  /// Adds a word (its syllables) to the lexicon, with and without diacritics. Words of one
  /// syllable or longer than 8 syllables are ignored.
  void AddWord(const std::vector<std::string_view>& syllables);

  /// Adds a gold sentence: `words` in order, each a list of its syllables / tokens. Its
  /// multi-syllable words join the lexicon when options.lexicon_folds > 0.
  void AddSentence(const std::vector<std::vector<std::string>>& words);

  /// Trains on the sentences added so far and returns the model file bytes.
  std::string Train();

 private:
  void AddWordTo(const std::vector<std::string_view>& syllables, std::vector<uint64_t>* entries);
  /// The base lexicon plus the training words of every fold but `excluded_fold`.
  std::vector<uint64_t> LexiconEntries(size_t excluded_fold) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_SEGMENTER_TRAINER_H_
