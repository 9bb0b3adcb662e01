// The text of corpus/lexicon/events.toml, compiled into the library by cmake/DxnewsEmbed.cmake.
#ifndef DXNEWS_ANALYZER_BUILTIN_EVENTS_H_
#define DXNEWS_ANALYZER_BUILTIN_EVENTS_H_

#include <string_view>

namespace dxnews::analyzer {

/// The embedded event trigger lexicon TOML; static storage, never empty.
std::string_view BuiltinEventsToml();

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_BUILTIN_EVENTS_H_
