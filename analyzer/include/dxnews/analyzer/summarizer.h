// A two- or three-sentence extractive summary of a Vietnamese news text: the sentences that
// carry most of the text's keyword weight, with a bonus for the lead, in their original order.
#ifndef DXNEWS_ANALYZER_SUMMARIZER_H_
#define DXNEWS_ANALYZER_SUMMARIZER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/keyword_extractor.h"
#include "dxnews/analyzer/sentence_splitter.h"

namespace dxnews::analyzer {

/// Sentences shorter than this many words (tokens that are not punctuation) are never chosen.
inline constexpr size_t kMinSummaryWords = 8;
/// Sentences longer than this many words are never chosen.
inline constexpr size_t kMaxSummaryWords = 80;

/// Up to `max_sentences` sentences of `text` joined by one space, in text order. `sentences`
/// must be SplitSentences(text, Tokenize(text)) and `keywords` ExtractKeywords() of the text.
/// A sentence scores the weight of the keywords it contains (each counted once) divided by the
/// square root of its length in words, plus a bonus that falls with its rank among the body
/// sentences (the lead counts most). Never chosen: headlines and other lines without final
/// punctuation, photo captions and credits ("Ảnh: ...", "Tin, ảnh: ...", "(Theo ...)",
/// "Nguồn: ..."), and sentences outside [kMinSummaryWords, kMaxSummaryWords]. "" when no sentence
/// qualifies. Thread-safe; never fails.
std::string Summarize(std::string_view text, const std::vector<Sentence>& sentences,
                      const std::vector<Keyword>& keywords, size_t max_sentences = 3);
/// As above, reading each sentence's words from `tokens` (Tokenize(text), the tokens `sentences`
/// were split from) instead of tokenizing every sentence again.
std::string Summarize(std::string_view text, const std::vector<Token>& tokens,
                      const std::vector<Sentence>& sentences, const std::vector<Keyword>& keywords,
                      size_t max_sentences = 3);

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_SUMMARIZER_H_
