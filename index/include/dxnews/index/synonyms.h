// Synonyms: groups of forms that mean the same in a query ("CĐS" = "chuyển đổi số", "UBND" =
// "ủy ban nhân dân"), read from corpus/lexicon/synonyms.txt and matched against the words of a
// query after the TermMapper has segmented it.
#ifndef DXNEWS_INDEX_SYNONYMS_H_
#define DXNEWS_INDEX_SYNONYMS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/core/result.h"

namespace dxnews::index {

class TermMapper;

/// A parsed synonym list. Immutable and thread-safe once loaded.
class Synonyms {
 public:
  /// One form of a group as words: each word's exact and folded keys ("chuyển_đổi_số",
  /// "chuyen_doi_so").
  struct Word {
    std::string exact;
    std::string folded;
  };
  using Form = std::vector<Word>;

  /// A group that matched `length` query words.
  struct Match {
    size_t group = 0;
    size_t length = 0;
  };

  /// The built-in list (corpus/lexicon/synonyms.txt).
  static Result<Synonyms> LoadBuiltin(const TermMapper& mapper);
  /// Parses `text` ("a | b | c" a line, '#' comments); kInvalidInput naming `name` and the line
  /// for a line with fewer than two forms.
  static Result<Synonyms> Parse(std::string_view text, const std::string& name, const TermMapper& mapper);

  /// The group with the longest form that matches the query words starting at `words[at]`, or
  /// nullopt. A query word matches a form word when their exact keys are equal, or when the
  /// query word has no diacritics and equals the form word's folded key.
  std::optional<Match> MatchAt(const std::vector<Word>& words, size_t at) const;

  /// The forms of group `group`. REQUIRES: group < size().
  const std::vector<Form>& Forms(size_t group) const { return groups_[group]; }
  size_t size() const { return groups_.size(); }

 private:
  std::vector<std::vector<Form>> groups_;
};

}  // namespace dxnews::index

#endif  // DXNEWS_INDEX_SYNONYMS_H_
