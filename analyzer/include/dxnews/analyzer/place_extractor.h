// Finds the provinces and centrally-run cities a Vietnamese news text names, in all their written
// forms ("TP.HCM", "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", "tỉnh Hòa Bình", "Hoà Bình",
// "Bà Rịa - Vũng Tàu", "BR-VT"), and reports each with its name before and after the merger of
// 1 July 2025. MainProvince() picks the province a story is about, if any.
//
// Matching runs over tokens: each token's NormalizeLower() key, so both tone placements and NFD
// input match. Rules, in order:
// - Longest match wins ("Thành phố Hồ Chí Minh" over "Hồ Chí Minh", "Bà Rịa - Vũng Tàu" over
//   "Bà Rịa").
// - Proper-name check: every syllable that is capitalised in the registry's form must be
//   capitalised in the text, so "hòa bình" (peace) and "an giang" are not places.
// - Name-internal matches are dropped: a bare name right after a capitalised common surname or
//   middle name ("Nguyễn Văn Hà Nam", "Lê Minh Hà Nam") or right before another Title-case
//   syllable on the same line ("Thái Bình Dương", the Pacific) is part of a longer name.
// - Ambiguous forms ("Hồ Chí Minh" = the President, "Sài Gòn", "Bà Rịa", "Vũng Tàu") count only
//   after a place cue: "thành phố", "TP", "tỉnh", "tại", "ở", "địa bàn".
// - Organisation names DO count: "Báo Thanh Hóa", "Sở TT&TT Hà Tĩnh", "Đại học Đà Nẵng" name
//   the place (the gold convention: a place inside an institution's name is a place reference).
// Diacritic-free text ("Ha Noi") is not matched.
#ifndef DXNEWS_ANALYZER_PLACE_EXTRACTOR_H_
#define DXNEWS_ANALYZER_PLACE_EXTRACTOR_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/province_registry.h"
#include "dxnews/analyzer/token.h"

namespace dxnews::analyzer {

class ArticleAnalyzer;
namespace internal {
class TokenWords;  // the lower-case keys of a text's tokens (private)
}  // namespace internal

/// One match of a place name in the text.
struct PlaceMatch {
  std::string old_id;  ///< the pre-2025 unit named: "ho-chi-minh"
  size_t begin = 0;    ///< byte offsets [begin, end) of the matched form in the text
  size_t end = 0;
};

/// One province named in a text, all its mentions merged.
struct PlaceMention {
  std::string old_id;           ///< pre-2025 unit id: "hau-giang"
  std::string name;             ///< pre-2025 short name: "Hậu Giang"
  std::string new_id;           ///< unit from 1/7/2025: "can-tho"
  std::string name_after_2025;  ///< "Cần Thơ"
  int mentions = 0;             ///< how many times it is named
  size_t first_begin = 0;       ///< byte offset of the first mention
};

/// Where the parts of an article end, for MainProvince(). Offsets into the text.
struct ArticleLayout {
  size_t title_end = 0;  ///< end of the title (0: no title)
  size_t lead_end = 0;   ///< end of the lead/sapo (0: derived: the first two sentences after the title)
};

/// Matcher built once from a registry; immutable and thread-safe afterwards.
class PlaceMatcher {
 public:
  /// Indexes every written form of every old unit in `registry`, which it copies.
  explicit PlaceMatcher(const ProvinceRegistry& registry);
  ~PlaceMatcher();
  PlaceMatcher(PlaceMatcher&&) noexcept;
  PlaceMatcher& operator=(PlaceMatcher&&) noexcept;

  /// Every accepted match, in text order, non-overlapping. `tokens` must be Tokenize(text).
  std::vector<PlaceMatch> FindAll(std::string_view text, const std::vector<Token>& tokens) const;

  /// The provinces named in `text`, in order of first mention.
  std::vector<PlaceMention> Extract(std::string_view text, const std::vector<Token>& tokens) const;
  /// As Extract(text, tokens), from `matches` = FindAll(text, tokens) when the caller has them.
  std::vector<PlaceMention> Extract(const std::vector<PlaceMatch>& matches) const;

  /// The old id of the province the article is about, or "" for a national (or foreign) story.
  /// Weighs mentions in the title (x4) and the lead (x2), a dateline ("HÀ TĨNH - ...") and
  /// "tỉnh ta"/"thành phố ta" over plain frequency; a province must lead the others clearly.
  std::string MainProvince(std::string_view text, const std::vector<Token>& tokens,
                           const ArticleLayout& layout) const;
  /// As above, with `matches` = FindAll(text, tokens) when the caller has them.
  std::string MainProvince(std::string_view text, const std::vector<Token>& tokens,
                           const std::vector<PlaceMatch>& matches, const ArticleLayout& layout) const;

  /// The registry the matcher was built from.
  const ProvinceRegistry& registry() const;

 private:
  // ArticleAnalyzer passes the TokenWords it made once for every extractor.
  friend class ArticleAnalyzer;
  std::vector<PlaceMatch> FindAll(const internal::TokenWords& words) const;
  std::string MainProvince(const internal::TokenWords& words, const std::vector<PlaceMatch>& matches,
                           const ArticleLayout& layout) const;

  struct Index;
  std::unique_ptr<Index> index_;
};

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_PLACE_EXTRACTOR_H_
