// StoredAnalysis: one row of the store's `analyses` table, the analyzer's output for one article
// (the JSON of `dxnews analyze --json`) tagged with the analyzer version and the article content
// it was made from, plus a few columns copied out of the JSON for queries.
#ifndef DXNEWS_STORE_STORED_ANALYSIS_H_
#define DXNEWS_STORE_STORED_ANALYSIS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dxnews::store {

/// The analysis of one article as stored. An analysis is current when its analyzer_version is
/// the running analyzer's and its content_hash is the article's; anything else is stale.
struct StoredAnalysis {
  std::int64_t article_id = 0;
  std::string analyzer_version;             ///< analyzer::AnalyzerVersion() of the analyzer that made it
  std::string content_hash;                 ///< StoredArticle::content_hash of the text that was analysed
  std::int64_t analyzed_at = 0;             ///< UTC seconds
  std::string province;                     ///< main province id (pre-2025 unit); empty for a national story
  std::vector<std::string> primary_themes;  ///< ids of the 1-3 primary themes, best first
  std::string json;                         ///< analyzer::AnalysisToJson(analysis), one line
};

}  // namespace dxnews::store

#endif  // DXNEWS_STORE_STORED_ANALYSIS_H_
