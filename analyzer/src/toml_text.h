// Private: parses the TOML lexicons and registries of the analyzer. The only place where a
// toml++ parse error becomes a Status ("<source>:<line>: <what>").
#ifndef DXNEWS_ANALYZER_TOML_TEXT_H_
#define DXNEWS_ANALYZER_TOML_TEXT_H_

#include <toml++/toml.h>

#include <string>
#include <string_view>

#include "dxnews/core/result.h"

namespace dxnews::analyzer::internal {

/// Parses `text`; kInvalidInput naming `source_name` and the line on a syntax error.
Result<toml::table> ParseTomlText(std::string_view text, const std::string& source_name);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_TOML_TEXT_H_
