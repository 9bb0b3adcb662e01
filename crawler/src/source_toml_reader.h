// Reads and validates the [[source]] tables of a sources TOML file (private to the crawler).
// All toml++ code of the source registry lives behind this header.
#ifndef DXNEWS_CRAWLER_SOURCE_TOML_READER_H_
#define DXNEWS_CRAWLER_SOURCE_TOML_READER_H_

#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/core/result.h"
#include "dxnews/crawler/source_registry.h"

namespace dxnews::crawler {

/// One validated source and its compiled article patterns (same order as the strings).
struct ParsedSource {
  SourceConfig config;
  std::vector<std::regex> patterns;
};

/// Parses `toml` and checks every rule listed in source_registry.h. `file` names the text in
/// errors ("file:line: [[source]] <id> '<field>': <what>").
Result<std::vector<ParsedSource>> ReadSourcesToml(std::string_view toml, const std::string& file,
                                                  const ProvinceRefs& provinces);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_SOURCE_TOML_READER_H_
