// How search results are shown: readable text (bold highlights on a terminal), JSON and CSV.
// Pure functions, so they are unit tested without a terminal (doc/manual.md, "dxnews search").
#ifndef DXNEWS_CLI_HIT_FORMAT_H_
#define DXNEWS_CLI_HIT_FORMAT_H_

#include <string>

#include "dxnews/index/searcher.h"

namespace dxnews::cli {

/// The snippet text with each highlight wrapped in `open` ... `close`.
std::string MarkSnippet(const index::Snippet& snippet, const std::string& open, const std::string& close);

/// The snippet as HTML: text escaped, highlights in <mark>.
std::string SnippetHtml(const index::Snippet& snippet);

/// Numbered hits (from offset + 1), the total, "did you mean" and facets when present. `bold`
/// puts highlights and titles in ANSI bold.
std::string FormatResultsText(const index::SearchResults& results, int offset, bool bold);

/// The JSON document of `dxnews search --json`, indented by 2.
std::string ResultsToJson(const index::SearchResults& results);

/// A header line, then one CSV line (RFC 4180 quoting) per hit.
std::string ResultsToCsv(const index::SearchResults& results);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_HIT_FORMAT_H_
