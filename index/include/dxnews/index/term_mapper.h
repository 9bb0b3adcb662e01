// TermMapper: the one place where analyzer tokens become search terms, used by both indexing and
// querying so the two always agree (STYLE.md §7.8 item 10). Text is tokenised and
// word-segmented by the analyzer; every word yields its exact form ("chuyển_đổi_số", lower case,
// canonical tone placement) and its folded search key ("chuyen_doi_so"), and a multi-syllable
// word also yields its syllables, so that "số" alone still finds "chuyển_đổi_số". All terms of
// one word share the word's position, but only the folded form of the word is positional in the
// index (IndexTerm::positional): phrases match on folded words, and the other forms are plain
// terms that rank exact and whole-word matches higher. One positional posting a word keeps the
// index small and the writer fast.
#ifndef DXNEWS_INDEX_TERM_MAPPER_H_
#define DXNEWS_INDEX_TERM_MAPPER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/core/result.h"

namespace dxnews::analyzer {
class Segmenter;
}

namespace dxnews::index {

/// What a term stands for; the index weighs them differently (exact over folded, words over
/// syllables).
enum class TermKind { kWordExact, kWordFolded, kSyllableExact, kSyllableFolded };

/// One term at one position (1-based word position in the text).
struct IndexTerm {
  std::string text;
  uint32_t position = 0;
  TermKind kind = TermKind::kWordExact;
  uint32_t begin = 0;  ///< byte offset of the word in the mapped text
  uint32_t end = 0;    ///< byte offset just past the word
  /// True for the one term of each word that the index stores with its position: the folded
  /// word (kWordFolded, or kWordExact when the word has no diacritics). Phrases match on these.
  bool positional = false;
};

/// The free-text fields: the body (title, lead and text together) and the title alone.
enum class TextField { kBody, kTitle };

/// The metadata fields, searched as whole values with `name:value` in queries.
enum class KeyField { kId, kSource, kProvince, kTheme, kOfficial, kDocument, kAuthor, kEvent, kCluster };

/// Maps text to terms. Thread-safe after construction; cheap to move.
class TermMapper {
 public:
  /// Uses the segmentation model built into the binary.
  static Result<TermMapper> LoadBuiltin();

  TermMapper(TermMapper&&) noexcept;
  TermMapper& operator=(TermMapper&&) noexcept;
  ~TermMapper();

  /// Every term of `text`, in position order. Punctuation yields no term; numbers, dates,
  /// document numbers ("505/qđ-ttg" / "505/qd-ttg"), abbreviations and URLs are single words.
  /// A folded or syllable term equal to the exact word term is not repeated.
  std::vector<IndexTerm> Map(std::string_view text) const;

 private:
  explicit TermMapper(std::unique_ptr<const analyzer::Segmenter> segmenter);
  std::unique_ptr<const analyzer::Segmenter> segmenter_;
};

/// "word_exact", "word_folded", "syllable_exact" or "syllable_folded".
const char* TermKindName(TermKind kind);

/// The index term of `term` in `field`: a prefix naming the field and the kind, then the text.
/// Word terms of the body have no prefix ("chuyển_đổi_số"); the others are "XF" (folded word),
/// "XS" (syllable), "XZ" (folded syllable), each behind "S" in the title.
std::string TermString(TextField field, TermKind kind, std::string_view text);

/// The key of a metadata value: folded, runs of spaces -> "-" ("Trần Văn Hải" -> "tran-van-hai",
/// "505/QĐ-TTg" -> "505/qd-ttg", "Hà Tĩnh" -> "ha-tinh", the id of the province).
std::string FieldKey(std::string_view value);

/// The index term of a metadata value: a one-letter field prefix + FieldKey(value).
std::string KeyTerm(KeyField field, std::string_view value);

}  // namespace dxnews::index

#endif  // DXNEWS_INDEX_TERM_MAPPER_H_
