// Private: the entry points of the date and document extractors that take the article's
// TokenWords, so that ArticleAnalyzer computes the lower-case keys of its tokens once for every
// extractor instead of once per extractor.
#ifndef DXNEWS_ANALYZER_WORD_EXTRACTORS_H_
#define DXNEWS_ANALYZER_WORD_EXTRACTORS_H_

#include <vector>

#include "dxnews/analyzer/civil_date.h"
#include "dxnews/analyzer/date_extractor.h"
#include "dxnews/analyzer/document_extractor.h"
#include "token_words.h"

namespace dxnews::analyzer::internal {

/// ExtractDates(words.text(), words.tokens(), published).
std::vector<DateMention> ExtractDates(const TokenWords& words, const CivilDate& published);

/// ExtractDocuments(words.text(), words.tokens()).
std::vector<DocumentMention> ExtractDocuments(const TokenWords& words);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_WORD_EXTRACTORS_H_
