// The only place that formats messages for the terminal: "dxnews: error: ..." on stderr.
#ifndef DXNEWS_CLI_CONSOLE_H_
#define DXNEWS_CLI_CONSOLE_H_

#include <string>

#include "dxnews/core/status.h"

namespace dxnews::cli {

/// Prints "dxnews: error: <message>" to stderr.
void PrintError(const std::string& message);

/// Prints "dxnews: warning: <message>" to stderr.
void PrintWarning(const std::string& message);

/// Prints the status as an error and returns the matching exit code: 2 for invalid input, 1 for
/// everything else. REQUIRES: !status.ok()
int ReportFailure(const Status& status);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_CONSOLE_H_
