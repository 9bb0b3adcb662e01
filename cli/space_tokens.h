// Tokens of a pre-tokenized line for `dxnews segment --pretokenized`: the chunks between spaces
// and tabs, never split further. (Raw text goes through the analyzer's tokenizer instead.)
#ifndef DXNEWS_CLI_SPACE_TOKENS_H_
#define DXNEWS_CLI_SPACE_TOKENS_H_

#include <string_view>
#include <vector>

namespace dxnews::cli {

/// The chunks of `line` between spaces and tabs, as views into it: "TP.HCM  (Hà" -> "TP.HCM", "(Hà".
std::vector<std::string_view> SplitOnSpaces(std::string_view line);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_SPACE_TOKENS_H_
