// Which analyzer made an analysis: a version string that changes whenever the analyzer's output
// may change, so that stored analyses of an older analyzer can be found and redone.
#ifndef DXNEWS_ANALYZER_ANALYZER_VERSION_H_
#define DXNEWS_ANALYZER_ANALYZER_VERSION_H_

#include <string>

namespace dxnews::analyzer {

/// "<project version>+<16 hex digits>", e.g. "0.1.0+3f9c0a1b2c3d4e5f". The hex digits are a
/// SHA-256 fingerprint, computed at build time (cmake/DxnewsFingerprint.cmake), of the analyzer's
/// sources and headers and of every lexicon and model it embeds. Nobody bumps it by hand: any
/// change to a rule, lexicon or model gives a new version (so does a comment-only edit, which
/// costs one needless reanalysis). Builds of the same tree give the same version.
const std::string& AnalyzerVersion();

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_ANALYZER_VERSION_H_
