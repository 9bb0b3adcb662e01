// The JSON form of an ArticleAnalysis: the one serialiser used by `dxnews analyze`, the
// developer tools and (later) the article store. The schema is documented in doc/manual.md
// ("dxnews analyze").
#ifndef DXNEWS_ANALYZER_ANALYSIS_JSON_H_
#define DXNEWS_ANALYZER_ANALYSIS_JSON_H_

#include <optional>
#include <string>
#include <string_view>

#include "dxnews/core/result.h"

#include "dxnews/analyzer/article_analyzer.h"

namespace dxnews::analyzer {

/// Serialises `analysis` as one JSON object. indent < 0: one line; otherwise pretty-printed with
/// that many spaces. Invalid UTF-8 in the text is replaced by U+FFFD.
std::string AnalysisToJson(const ArticleAnalysis& analysis, int indent = -1);

/// Reads back what AnalysisToJson wrote (the stored analysis of an article). The text and the
/// byte offsets of mentions are not part of the JSON: `text` stays empty and offsets are 0.
/// kInvalidInput naming the first problem when `json` is not such an object.
Result<ArticleAnalysis> AnalysisFromJson(std::string_view json);

/// The `about_dx` flag of what AnalysisToJson wrote, read without parsing the rest (reports skip
/// the articles that are not about digital transformation before parsing them); nullopt when
/// the key is missing or not followed by true or false. Exact: a quote inside a JSON string is
/// always escaped, so the key's text cannot occur inside a value, and no nested object has it.
std::optional<bool> AboutDxInJson(std::string_view json);

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_ANALYSIS_JSON_H_
