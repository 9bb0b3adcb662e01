// ArticleAnalyzer: the whole analysis of one article (title + body + publication date) in one
// call: officials and executives, legal documents, dates, events, places and the main province,
// themes, keywords and a summary.
// It loads every built-in lexicon and model once, so build one and reuse it for many articles.
#ifndef DXNEWS_ANALYZER_ARTICLE_ANALYZER_H_
#define DXNEWS_ANALYZER_ARTICLE_ANALYZER_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dxnews/analyzer/civil_date.h"
#include "dxnews/analyzer/date_extractor.h"
#include "dxnews/analyzer/document_extractor.h"
#include "dxnews/analyzer/event_extractor.h"
#include "dxnews/analyzer/keyword_extractor.h"
#include "dxnews/analyzer/official_extractor.h"
#include "dxnews/analyzer/place_extractor.h"
#include "dxnews/analyzer/theme_classifier.h"
#include "dxnews/core/result.h"

namespace dxnews::analyzer {

/// One article to analyse. Text is UTF-8 (decode bytes with DecodeToUtf8 first).
struct ArticleInput {
  std::string title;
  std::string body;  ///< lead and body paragraphs, one per line
  /// Anchor for dates without a year and relative dates ("hôm qua"). Default: unset, and then
  /// such dates are not resolved.
  std::optional<CivilDate> published;
};

/// The province an article is about, with its names before and after the 1 July 2025 merger.
struct MainProvince {
  std::string id;               ///< pre-2025 unit id: "hau-giang"
  std::string name;             ///< "Hậu Giang"
  std::string new_id;           ///< "can-tho"
  std::string name_after_2025;  ///< "Cần Thơ"
};

/// Everything the analyzer finds in one article. Offsets inside mentions refer to
/// ArticleAnalysis::text, which is the title, a newline, then the body.
struct ArticleAnalysis {
  std::string text;
  std::vector<PersonMention> officials;
  std::vector<PersonMention> executives;
  std::vector<DocumentMention> documents;
  std::vector<DateMention> dates;
  std::vector<PlaceMention> places;
  std::optional<MainProvince> province;  ///< unset for a national story
  std::vector<ThemeScore> themes;        ///< best first; the 1-3 main ones have primary == true
  /// The article is about digital transformation: the umbrella gate of the theme classifier
  /// (ThemeClassifier::Gate) found a strong trigger ("chuyển đổi số", "CĐS") outside every false
  /// friend. Themes are scored either way; reports on CĐS coverage keep only these articles.
  bool about_dx = false;
  std::vector<EventMention> events;
  std::vector<Keyword> keywords;  ///< segmented words, best first
  std::string summary;            ///< two or three sentences of the article, in order
};

/// Runs every extractor of the analyzer. Analyze() is const and thread-safe.
class ArticleAnalyzer {
 public:
  /// Loads the built-in province registry, title, theme and event lexicons and the segmentation
  /// model. Fails only when built-in data is broken (a build problem).
  static Result<ArticleAnalyzer> LoadBuiltin();

  ArticleAnalyzer(ArticleAnalyzer&&) noexcept;
  ArticleAnalyzer& operator=(ArticleAnalyzer&&) noexcept;
  ~ArticleAnalyzer();

  ArticleAnalysis Analyze(const ArticleInput& article) const;

 private:
  struct Models;
  explicit ArticleAnalyzer(std::unique_ptr<const Models> models);
  std::unique_ptr<const Models> models_;
};

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_ARTICLE_ANALYZER_H_
