// Readable, plain-text rendering of an ArticleAnalysis for people (`dxnews analyze` without --json).
#ifndef DXNEWS_CLI_HUMAN_ANALYSIS_H_
#define DXNEWS_CLI_HUMAN_ANALYSIS_H_

#include <iosfwd>

#include "dxnews/analyzer/article_analyzer.h"

namespace dxnews::cli {

/// Writes one section per field that has content: province and places, themes, officials,
/// executives, documents, dates, events, keywords, summary.
void PrintHumanAnalysis(const analyzer::ArticleAnalysis& analysis, std::ostream& out);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_HUMAN_ANALYSIS_H_
