// Groups the tokens of a text into sentences. The splitter works on the tokenizer's output, so
// dots inside numbers, dates, URLs and known abbreviations ("TP. Hồ Chí Minh", "GS.TS.") are
// already out of the way and only real punctuation tokens are candidates for a boundary.
#ifndef DXNEWS_ANALYZER_SENTENCE_SPLITTER_H_
#define DXNEWS_ANALYZER_SENTENCE_SPLITTER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/token.h"

namespace dxnews::analyzer {

/// One sentence: bytes [begin, end) of the text and tokens [first_token, last_token).
struct Sentence {
  size_t begin = 0;
  size_t end = 0;
  size_t first_token = 0;
  size_t last_token = 0;
};

/// Splits `text` into sentences. `tokens` must be Tokenize(text) (or an equivalent ordered,
/// non-overlapping token list of the same text). Rules:
///  - a sentence ends after ". ! ? …" (and runs such as "..." or "?!"), together with the
///    closing quotes and brackets glued to it: `tốt hơn." Ông nói` splits after the quote;
///  - no split when the next word starts with a lower-case letter, after a title or place
///    abbreviation ("TP. Hồ Chí Minh", "GS.TS. Lê Văn A"), or after "v.v." followed by a
///    lower-case word;
///  - "1." or "II." opening a line, a sentence or a list item after ';' or ':' is a list number,
///    not an end;
///  - a line break is always a boundary.
/// Every token belongs to exactly one sentence; sentences are in text order and never empty.
std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens);

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_SENTENCE_SPLITTER_H_
