#include "dxnews/index/snippet.h"

#include <algorithm>

#include "dxnews/index/term_mapper.h"

namespace dxnews::index {
namespace {

constexpr char kEllipsis[] = "\u2026";
// Only the start of very long texts is searched for a passage, which keeps snippets cheap.
constexpr size_t kMaxScannedBytes = 30000;

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Moves `at` back to just after a space (or to the start) within `slack` bytes.
size_t BackToSpace(std::string_view text, size_t at, size_t slack) {
  size_t limit = at > slack ? at - slack : 0;
  while (at > limit && !IsSpace(text[at - 1])) --at;
  if (at == limit && limit > 0 && !IsSpace(text[at - 1])) {
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;  // UTF-8 boundary
  }
  return at;
}

}  // namespace

Snippet MakeSnippet(std::string_view text, const std::set<std::string>& query_terms, const TermMapper& mapper,
                    size_t max_bytes) {
  if (text.size() > kMaxScannedBytes) text = text.substr(0, BackToSpace(text, kMaxScannedBytes, 64));
  std::vector<HighlightSpan> matches;
  for (const IndexTerm& term : mapper.Map(text)) {
    if (query_terms.count(TermString(TextField::kBody, term.kind, term.text)) == 0) continue;
    // Other terms of the same word, or syllables inside a word already matched: one span.
    if (!matches.empty() && term.begin < matches.back().end) {
      matches.back().end = std::max<size_t>(matches.back().end, term.end);
      continue;
    }
    // Adjacent matched words make one span: "trợ lý ảo" rather than "trợ lý" + "ảo".
    if (!matches.empty() && term.begin == matches.back().end + 1 && text[matches.back().end] == ' ') {
      matches.back().end = term.end;
      continue;
    }
    matches.push_back({term.begin, term.end});
  }
  // The window that starts a little before a match and holds the most matches.
  size_t best_start = 0, best_count = 0;
  for (size_t i = 0; i < matches.size(); ++i) {
    size_t start = BackToSpace(text, matches[i].begin, max_bytes / 4);
    size_t count = 0;
    for (size_t j = i; j < matches.size() && matches[j].end <= start + max_bytes; ++j) ++count;
    if (count > best_count) {
      best_count = count;
      best_start = start;
    }
  }
  // Start at the beginning of the line when it is close.
  size_t line_start = text.rfind('\n', best_start == 0 ? 0 : best_start - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  if (best_start - line_start < max_bytes / 4) best_start = line_start;
  size_t end = std::min(text.size(), best_start + max_bytes);
  if (end < text.size()) end = BackToSpace(text, end, max_bytes / 2);
  while (end > best_start && IsSpace(text[end - 1])) --end;

  Snippet snippet;
  if (best_start > 0) snippet.text = kEllipsis;
  size_t shift = snippet.text.size();
  for (size_t i = best_start; i < end; ++i) snippet.text += text[i] == '\n' ? ' ' : text[i];
  for (const HighlightSpan& m : matches) {
    if (m.begin >= best_start && m.end <= end) snippet.highlights.push_back({m.begin - best_start + shift, m.end - best_start + shift});
  }
  if (end < text.size()) snippet.text += kEllipsis;
  return snippet;
}

}  // namespace dxnews::index
