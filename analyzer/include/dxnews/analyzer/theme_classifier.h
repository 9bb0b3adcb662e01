// Scores an article on each theme of the digital-transformation taxonomy (corpus/lexicon/
// themes.toml, documented in doc/themes.md): "digital-government", "cashless-payments",
// "rankings", ... Each theme has weighted trigger phrases, case-sensitive abbreviations ("CĐS",
// "KTS", "CQS", "DTI") and false friends ("bộ chuyển đổi số" in electronics, "chuyển đổi số
// thuê bao") whose triggers do not count. An umbrella gate says whether the text is about
// chuyển đổi số at all.
//
// Phrases match on NormalizeLower() token keys (case, tone placement and NFD do not matter);
// text written without diacritics is matched on folded keys, multi-word phrases only. At each
// position the longest phrase of a theme wins, and a theme's matches never overlap.
#ifndef DXNEWS_ANALYZER_THEME_CLASSIFIER_H_
#define DXNEWS_ANALYZER_THEME_CLASSIFIER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/sentence_splitter.h"
#include "dxnews/analyzer/token.h"
#include "dxnews/core/result.h"

namespace dxnews::analyzer {

class ArticleAnalyzer;
namespace internal {
struct ThemeLexicon;  // the compiled taxonomy (private)
class TokenWords;     // the lower-case keys of a text's tokens (private)
}  // namespace internal

/// One trigger found in the text and how often.
struct ThemeEvidence {
  std::string term;  ///< as written in the taxonomy: "dịch vụ công trực tuyến", "CĐS"
  int count = 0;
};

/// One theme's score for one article.
struct ThemeScore {
  std::string id;  ///< "online-public-services"
  /// Weighted hits per 1,000 tokens (one sentence adds at most 3; title hits x3; texts under
  /// 300 tokens count as 300), so scores compare across articles of different lengths.
  double score = 0;
  bool primary = false;  ///< one of the article's 1-3 main themes
  bool strong = false;   ///< some trigger of weight 2 or more (an anchor, not only context words)
  size_t sentences = 0;  ///< sentences with evidence; the title counts as one
  std::vector<ThemeEvidence> evidence;  ///< most frequent first
};

/// What a theme is, for display and documentation.
struct ThemeInfo {
  std::string id;
  std::string label;        ///< Vietnamese: "Thanh toán không dùng tiền mặt"
  std::string description;  ///< English
};

/// Classify() and Gate() of one article, from one scan.
struct ThemeVerdict {
  std::vector<ThemeScore> themes;
  ThemeScore gate;
};

/// The classifier: immutable after loading, thread-safe for Classify().
class ThemeClassifier {
 public:
  /// Parses the copy of corpus/lexicon/themes.toml embedded at build time.
  static Result<ThemeClassifier> LoadBuiltin();
  /// Parses a taxonomy in the themes.toml format; `source_name` names it in errors
  /// ("themes.toml:12: [[theme]] 'terms': expected ..."), which are kInvalidInput.
  static Result<ThemeClassifier> LoadFromString(std::string_view toml, const std::string& source_name);

  ~ThemeClassifier();
  ThemeClassifier(ThemeClassifier&&) noexcept;
  ThemeClassifier& operator=(ThemeClassifier&&) noexcept;

  /// Every theme with at least one hit, highest score first. The top theme is primary, and so
  /// are the next ones (at most 3 in all) that reach half its score, have strong evidence and
  /// have evidence in at least two sentences (the title counts as one); see doc/themes.md.
  /// REQUIRES: tokens are Tokenize() of their text.
  std::vector<ThemeScore> Classify(std::string_view title, const std::vector<Token>& title_tokens,
                                   std::string_view body, const std::vector<Token>& body_tokens) const;
  /// As above, tokenizing both texts.
  std::vector<ThemeScore> Classify(std::string_view title, std::string_view body) const;

  /// The umbrella gate, scored like a theme (id "dx"); `primary` means "about CĐS": at least
  /// one strong trigger ("chuyển đổi số", "CĐS") outside every false friend.
  ThemeScore Gate(std::string_view title, const std::vector<Token>& title_tokens, std::string_view body,
                  const std::vector<Token>& body_tokens) const;
  /// Classify() and Gate() together, scanning the text once (as fast as either alone).
  ThemeVerdict ClassifyWithGate(std::string_view title, const std::vector<Token>& title_tokens,
                                std::string_view body, const std::vector<Token>& body_tokens) const;

  /// The themes in file order.
  const std::vector<ThemeInfo>& themes() const;

 private:
  // ArticleAnalyzer passes the TokenWords and sentences of the whole article (title, newline,
  // body), made once for every stage; the title is tokens [0, title_tokens) of `words`.
  friend class ArticleAnalyzer;
  ThemeVerdict ClassifyWithGate(const internal::TokenWords& words, size_t title_tokens,
                                const std::vector<Sentence>& sentences) const;

  explicit ThemeClassifier(std::unique_ptr<internal::ThemeLexicon> lexicon);
  std::unique_ptr<internal::ThemeLexicon> lexicon_;
};

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_THEME_CLASSIFIER_H_
