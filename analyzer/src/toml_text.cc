#include "toml_text.h"

namespace dxnews::analyzer::internal {

Result<toml::table> ParseTomlText(std::string_view text, const std::string& source_name) {
  try {
    return toml::parse(text, source_name);
  } catch (const toml::parse_error& e) {
    return Status::InvalidInput(source_name + ":" + std::to_string(e.source().begin.line) + ": " +
                                std::string(e.description()));
  }
}

}  // namespace dxnews::analyzer::internal
