// Line-by-line stdin -> stdout filtering shared by `normalize` and `segment`.
#ifndef DXNEWS_CLI_LINE_FILTER_H_
#define DXNEWS_CLI_LINE_FILTER_H_

#include <functional>
#include <iosfwd>
#include <string>

namespace dxnews::cli {

/// Reads `in` line by line (a trailing "\r" is dropped, a UTF-8 BOM at the start is skipped),
/// writes transform(line) + "\n" for each line. Returns an exit code: 1 when writing fails.
int FilterLines(std::istream& in, std::ostream& out, const std::function<std::string(const std::string&)>& transform);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_LINE_FILTER_H_
