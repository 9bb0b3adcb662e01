// Finds the people holding public posts in a Vietnamese news text, with the titles written next
// to them ("Phó Chủ tịch UBND tỉnh"), the organisation and the province those titles belong to,
// and keeps company and business-association managers apart as executives. The grammar covers
// the recurring shapes of the genre: "đồng chí <Name>, <Title>, <Title>", "<Title> <Name>"
// (the title may end in a province), "<Name> - <Title>", lists after a shared role ("các đồng
// chí Ủy viên Bộ Chính trị: <Title> <Name>; ..."), ranks before a name and photo captions.
// Titles are read from an embedded lexicon (corpus/lexicon/titles.toml) before names, so the
// capitalised words of a title or a place are never taken for a name. Journalists, bylines,
// academics and other people named without a public post are not reported.
#ifndef DXNEWS_ANALYZER_OFFICIAL_EXTRACTOR_H_
#define DXNEWS_ANALYZER_OFFICIAL_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/sentence_splitter.h"
#include "dxnews/analyzer/token.h"
#include "dxnews/core/result.h"

namespace dxnews::analyzer {

class ArticleAnalyzer;
class TitleLexicon;
namespace internal {
class TokenWords;  // the lower-case keys of a text's tokens (private)
}  // namespace internal

/// One person, all mentions in the text merged.
struct PersonMention {
  /// The fullest form written, NFC, honorifics and academic degrees removed: "Nguyễn Văn Hải".
  std::string name;
  /// Distinct titles as written (whitespace normalised), in order of first appearance:
  /// "Phó Chủ tịch UBND tỉnh Hà Tĩnh", "Thiếu tướng", "Bộ trưởng Bộ KH&CN".
  std::vector<std::string> titles;
  /// The organisation part of the first title that has one ("UBND tỉnh Hà Tĩnh"), or "".
  std::string organization;
  /// Old-province id (ProvinceRegistry, kBefore2025) when a title names one, else "".
  std::string province;
  /// How many times the person is mentioned with a title (short references included).
  int mentions = 0;
  /// True for managers of companies and business associations.
  bool executive = false;
};

/// What Extract() finds, each list in order of first mention.
struct OfficialsResult {
  std::vector<PersonMention> officials;
  std::vector<PersonMention> executives;
};

/// The extractor: an immutable value, cheap to copy, thread-safe for Extract().
class OfficialExtractor {
 public:
  /// Uses the copy of corpus/lexicon/titles.toml embedded at build time.
  static Result<OfficialExtractor> LoadBuiltin();
  /// Parses a lexicon with the same format; `source_name` names it in errors (kInvalidInput).
  static Result<OfficialExtractor> LoadFromString(std::string_view toml, const std::string& source_name);

  /// The officials and executives of `text`. `tokens` must be Tokenize(text) and `sentences`
  /// SplitSentences(text, tokens). A person counts only when a title stands next to the name;
  /// short references ("Bộ trưởng Hùng") are merged into the full name with the same given
  /// name and title head, and dropped when there is none. Names compare equal whatever the
  /// case and tone-mark placement. Credit lines ("Tin, ảnh: ...", short "Theo ..." lines) are
  /// skipped. Never fails.
  OfficialsResult Extract(std::string_view text, const std::vector<Token>& tokens,
                          const std::vector<Sentence>& sentences) const;

 private:
  // ArticleAnalyzer passes the TokenWords it made once for every stage.
  friend class ArticleAnalyzer;
  OfficialsResult Extract(const std::vector<Sentence>& sentences, const internal::TokenWords& words) const;

  explicit OfficialExtractor(std::shared_ptr<const TitleLexicon> lexicon);

  std::shared_ptr<const TitleLexicon> lexicon_;
};

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_OFFICIAL_EXTRACTOR_H_
