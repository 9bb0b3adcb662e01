// Reading an input file named on the command line ("-" = standard input) and decoding it to
// UTF-8, shared by `analyze` and `extract`.
#ifndef DXNEWS_CLI_INPUT_FILE_H_
#define DXNEWS_CLI_INPUT_FILE_H_

#include <string>

#include "dxnews/core/result.h"

namespace dxnews::cli {

/// The bytes of `path`, or of standard input for "-". kInvalidInput naming the path when it
/// cannot be opened, kIoError when reading fails.
Result<std::string> ReadInputBytes(const std::string& path);

/// ReadInputBytes() decoded to UTF-8 (HTML: <meta charset> is honoured); warns on stderr about
/// undecodable bytes.
Result<std::string> ReadInputText(const std::string& path, bool html);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_INPUT_FILE_H_
