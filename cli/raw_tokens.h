// Stand-in tokenizer for `dxnews segment` without --pretokenized: splits a line on whitespace
// and splits leading/trailing punctuation off each chunk. To be replaced by the analyzer's
// tokenizer when it lands; nothing else in the command depends on how tokens are found.
#ifndef DXNEWS_CLI_RAW_TOKENS_H_
#define DXNEWS_CLI_RAW_TOKENS_H_

#include <string_view>
#include <vector>

namespace dxnews::cli {

/// Tokens of `line`, views into it: "(Hà Nội)," -> "(", "Hà", "Nội", ")", ",". Punctuation
/// inside a chunk stays ("TP.HCM", "3,5", "e-mail").
std::vector<std::string_view> SplitRawTokens(std::string_view line);

/// Tokens of a pre-tokenized line: the chunks between spaces and tabs, never split further.
std::vector<std::string_view> SplitOnSpaces(std::string_view line);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_RAW_TOKENS_H_
