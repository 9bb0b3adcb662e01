#include "space_tokens.h"

namespace dxnews::cli {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

}  // namespace

std::vector<std::string_view> SplitOnSpaces(std::string_view line) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && IsSpace(line[i])) ++i;
    size_t start = i;
    while (i < line.size() && !IsSpace(line[i])) ++i;
    if (i > start) tokens.push_back(line.substr(start, i - start));
  }
  return tokens;
}

}  // namespace dxnews::cli
