#include "console.h"

#include <iostream>

#include "command.h"

namespace dxnews::cli {

void PrintError(const std::string& message) { std::cerr << "dxnews: error: " << message << '\n'; }

void PrintWarning(const std::string& message) { std::cerr << "dxnews: warning: " << message << '\n'; }

int ReportFailure(const Status& status) {
  PrintError(status.message());
  return status.code() == Status::Code::kInvalidInput ? kExitUsage : kExitFailure;
}

}  // namespace dxnews::cli
