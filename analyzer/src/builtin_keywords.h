// The texts of corpus/models/df_table.tsv and corpus/lexicon/stopwords.txt, compiled into the
// library by cmake/DxnewsEmbed.cmake.
#ifndef DXNEWS_ANALYZER_BUILTIN_KEYWORDS_H_
#define DXNEWS_ANALYZER_BUILTIN_KEYWORDS_H_

#include <string_view>

namespace dxnews::analyzer {

/// The embedded document-frequency table ("# docs\tN" then "word\tdf" lines); may be empty.
std::string_view BuiltinDfTable();
/// The embedded stop-word list (one word a line, '#' comments).
std::string_view BuiltinStopWords();

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_BUILTIN_KEYWORDS_H_
