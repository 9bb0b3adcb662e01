// The text of corpus/lexicon/themes.toml, compiled into the library by cmake/DxnewsEmbed.cmake.
#ifndef DXNEWS_ANALYZER_BUILTIN_THEMES_H_
#define DXNEWS_ANALYZER_BUILTIN_THEMES_H_

#include <string_view>

namespace dxnews::analyzer {

/// The embedded theme taxonomy TOML; static storage, never empty.
std::string_view BuiltinThemesToml();

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_BUILTIN_THEMES_H_
