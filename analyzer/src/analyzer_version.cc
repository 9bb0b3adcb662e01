#include "dxnews/analyzer/analyzer_version.h"

#include <string_view>

namespace dxnews::analyzer {

// Generated at build time into the build tree (analyzer/CMakeLists.txt).
std::string_view AnalyzerFingerprint();

const std::string& AnalyzerVersion() {
  static const std::string kVersion = std::string(DXNEWS_VERSION) + "+" + std::string(AnalyzerFingerprint());
  return kVersion;
}

}  // namespace dxnews::analyzer
