// Private: the entry points of the extractors (dates, documents, keywords, summary) that take the
// article's TokenWords, so that ArticleAnalyzer computes the lower-case keys of its tokens once
// for every stage instead of once per stage.
#ifndef DXNEWS_ANALYZER_WORD_EXTRACTORS_H_
#define DXNEWS_ANALYZER_WORD_EXTRACTORS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "dxnews/analyzer/civil_date.h"
#include "dxnews/analyzer/date_extractor.h"
#include "dxnews/analyzer/document_extractor.h"
#include "dxnews/analyzer/keyword_extractor.h"
#include "dxnews/analyzer/sentence_splitter.h"
#include "token_words.h"

namespace dxnews::analyzer::internal {

/// ExtractDates(words.text(), words.tokens(), published).
std::vector<DateMention> ExtractDates(const TokenWords& words, const CivilDate& published);

/// ExtractDocuments(words.text(), words.tokens()).
std::vector<DocumentMention> ExtractDocuments(const TokenWords& words);

/// CandidateWords(words.text(), words.tokens(), joins).
std::vector<std::string> CandidateWords(const TokenWords& words, const std::vector<bool>& joins);

/// ExtractKeywords(words.text(), words.tokens(), joins, k).
std::vector<Keyword> ExtractKeywords(const TokenWords& words, const std::vector<bool>& joins, size_t k);

/// Summarize(words.text(), words.tokens(), sentences, keywords, max_sentences).
std::string Summarize(const TokenWords& words, const std::vector<Sentence>& sentences,
                      const std::vector<Keyword>& keywords, size_t max_sentences);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_WORD_EXTRACTORS_H_
