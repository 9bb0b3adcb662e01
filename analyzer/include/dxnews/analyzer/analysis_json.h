// The JSON form of an ArticleAnalysis: the one serialiser used by `dxnews analyze`, the
// developer tools and (later) the article store. The schema is documented in doc/manual.md
// ("dxnews analyze").
#ifndef DXNEWS_ANALYZER_ANALYSIS_JSON_H_
#define DXNEWS_ANALYZER_ANALYSIS_JSON_H_

#include <string>

#include "dxnews/analyzer/article_analyzer.h"

namespace dxnews::analyzer {

/// Serialises `analysis` as one JSON object. indent < 0: one line; otherwise pretty-printed with
/// that many spaces. Invalid UTF-8 in the text is replaced by U+FFFD.
std::string AnalysisToJson(const ArticleAnalysis& analysis, int indent = -1);

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_ANALYSIS_JSON_H_
