// Snippets: the passage of an article's text that holds the most query words, with the byte spans
// of those words, found by mapping the text through the same TermMapper as the index.
#ifndef DXNEWS_INDEX_SNIPPET_H_
#define DXNEWS_INDEX_SNIPPET_H_

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace dxnews::index {

class TermMapper;

/// A highlighted word: bytes [begin, end) of Snippet::text.
struct HighlightSpan {
  size_t begin = 0;
  size_t end = 0;
};

/// A passage with its highlights, in order and not overlapping. "…" marks a cut at either end.
struct Snippet {
  std::string text;
  std::vector<HighlightSpan> highlights;
};

/// The window of about `max_bytes` of `text` with the most words whose body term
/// (TermString(TextField::kBody, ...)) is in `query_terms`; the start of the text when none is.
/// Cuts fall on spaces.
Snippet MakeSnippet(std::string_view text, const std::set<std::string>& query_terms, const TermMapper& mapper,
                    size_t max_bytes = 240);

}  // namespace dxnews::index

#endif  // DXNEWS_INDEX_SNIPPET_H_
