// Vietnamese word segmentation: decides which adjacent syllables of a sentence form one word
// ("chuyển đổi số" -> chuyển_đổi_số, "Ủy ban nhân dân" -> Ủy_ban nhân_dân). The model is an
// averaged perceptron over syllable n-grams, shapes and lexicon matches, trained by
// tools/train_segmenter.cc; a copy of corpus/models/segmenter.model is built into the library.
#ifndef DXNEWS_ANALYZER_SEGMENTER_H_
#define DXNEWS_ANALYZER_SEGMENTER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "dxnews/core/result.h"

namespace dxnews::analyzer {

namespace internal {
struct SegmenterModel;
}

/// Joins syllables into words. Immutable after construction: const methods are thread-safe.
class Segmenter {
 public:
  /// Parses a model file (the bytes are copied). InvalidInput when the bytes are not a model.
  static Result<Segmenter> FromModel(std::string_view model_bytes);

  /// The model embedded at build time. NotFound when the library was built without one.
  static Result<Segmenter> LoadBuiltin();

  /// A moved-from Segmenter may only be assigned to or destroyed.
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;
  ~Segmenter();

  /// Segments the tokens of one sentence or line. On return joins->size() == tokens.size() and
  /// (*joins)[i] is true when token i continues the word of token i-1 ((*joins)[0] is false).
  /// Only syllables (tokens made of letters only) join: digits, punctuation and symbols never
  /// do. Text without diacritics uses a separate diacritic-free model; ALL-CAPS lines are
  /// read as sentence case. REQUIRES: joins != nullptr.
  void Segment(const std::vector<std::string_view>& tokens, std::vector<bool>* joins) const;

 private:
  explicit Segmenter(std::unique_ptr<const internal::SegmenterModel> model);
  std::unique_ptr<const internal::SegmenterModel> model_;
};

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_SEGMENTER_H_
