// The text of corpus/provinces.toml, compiled into the library by cmake/DxnewsEmbed.cmake.
#ifndef DXNEWS_ANALYZER_BUILTIN_PROVINCES_H_
#define DXNEWS_ANALYZER_BUILTIN_PROVINCES_H_

#include <string_view>

namespace dxnews::analyzer {

/// The embedded provinces TOML; static storage, never empty.
std::string_view BuiltinProvincesToml();

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_BUILTIN_PROVINCES_H_
