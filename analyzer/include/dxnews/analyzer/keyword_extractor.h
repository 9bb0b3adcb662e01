// Top keywords of a Vietnamese text: segmented words (not syllables) ranked by TF-IDF. Document
// frequencies come from a table computed by tools/build_df_table.cc over a news corpus
// (corpus/models/df_table.tsv, embedded at build time; see NOTICE); function words come from our
// own list (corpus/lexicon/stopwords.txt, embedded too).
#ifndef DXNEWS_ANALYZER_KEYWORD_EXTRACTOR_H_
#define DXNEWS_ANALYZER_KEYWORD_EXTRACTOR_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/segmenter.h"
#include "dxnews/analyzer/sentence_splitter.h"
#include "dxnews/analyzer/token.h"

namespace dxnews::analyzer {

/// One keyword of a text.
struct Keyword {
  /// The word's syllables as in the text, lower case (NormalizeLower), joined by single spaces:
  /// "chuyển đổi số", "ubnd".
  std::string word;
  /// TF-IDF weight (higher is more characteristic); > 0.
  double score = 0;
};

/// Word joins for a whole text: Segmenter::Segment() run sentence by sentence over `tokens`
/// (Tokenize(text)) and concatenated, so the result has tokens.size() entries and a join never
/// crosses a sentence. `sentences` must be SplitSentences(text, tokens).
std::vector<bool> SegmentText(const Segmenter& segmenter, std::string_view text,
                              const std::vector<Token>& tokens, const std::vector<Sentence>& sentences);

/// Every word of the text that can be a keyword, in text order, repeats included (lower case,
/// syllables joined by single spaces). A word of `joins` qualifies when it is made of letters
/// only (or is one abbreviation such as "UBND"), has no digit, is not one letter, and is not a
/// stop word. Arguments as for ExtractKeywords(). tools/build_df_table.cc counts these words.
std::vector<std::string> CandidateWords(std::string_view text, const std::vector<Token>& tokens,
                                        const std::vector<bool>& joins);

/// The `k` best keywords of `text`, best first (ties: first occurrence first). `tokens` must be
/// Tokenize(text) and `joins` the word joins of those tokens (SegmentText(), or any vector of
/// tokens.size() flags where joins[i] means token i continues the word of token i-1). Words
/// are scored by count x log-scaled inverse document frequency; single-syllable words weigh
/// less than multi-syllable ones. Only CandidateWords() are keywords: never stop words,
/// numbers, punctuation, symbols or one-letter words. Fewer than `k` when the text has fewer candidate words. Thread-safe; never fails.
std::vector<Keyword> ExtractKeywords(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<bool>& joins, size_t k);

/// True when `word` (lower case, syllables separated by single spaces) is in the stop-word list.
bool IsStopWord(std::string_view word);

/// The number of documents of a segmented word in the built-in table (words with fewer than 5
/// are not stored and give 0), and the number of documents the table was counted over.
int DocumentFrequency(std::string_view word);
int DocumentCount();

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_KEYWORD_EXTRACTOR_H_
