// The text of corpus/lexicon/synonyms.txt, compiled into the library by cmake/DxnewsEmbed.cmake.
#ifndef DXNEWS_INDEX_BUILTIN_SYNONYMS_H_
#define DXNEWS_INDEX_BUILTIN_SYNONYMS_H_

#include <string_view>

namespace dxnews::index {

/// The embedded synonym groups; static storage, never empty.
std::string_view BuiltinSynonyms();

}  // namespace dxnews::index

#endif  // DXNEWS_INDEX_BUILTIN_SYNONYMS_H_
