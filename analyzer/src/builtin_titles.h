// The text of corpus/lexicon/titles.toml, compiled into the library by cmake/DxnewsEmbed.cmake.
#ifndef DXNEWS_ANALYZER_BUILTIN_TITLES_H_
#define DXNEWS_ANALYZER_BUILTIN_TITLES_H_

#include <string_view>

namespace dxnews::analyzer {

/// The embedded title lexicon TOML; static storage, never empty.
std::string_view BuiltinTitlesToml();

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_BUILTIN_TITLES_H_
