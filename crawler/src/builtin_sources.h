// The text of corpus/sources.toml, compiled into the library by cmake/DxnewsEmbed.cmake.
#ifndef DXNEWS_CRAWLER_BUILTIN_SOURCES_H_
#define DXNEWS_CRAWLER_BUILTIN_SOURCES_H_

#include <string_view>

namespace dxnews::crawler {

/// The embedded sources TOML; static storage, never empty.
std::string_view BuiltinSourcesToml();

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_BUILTIN_SOURCES_H_
