#include "line_filter.h"

#include <istream>
#include <ostream>

#include "command.h"
#include "console.h"

namespace dxnews::cli {

int FilterLines(std::istream& in, std::ostream& out, const std::function<std::string(const std::string&)>& transform) {
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (first && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    first = false;
    out << transform(line) << '\n';
    if (!out) {
      PrintError("writing to standard output failed");
      return kExitFailure;
    }
  }
  out.flush();
  return kExitOk;
}

}  // namespace dxnews::cli
