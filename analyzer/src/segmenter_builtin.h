// Private: the bytes of corpus/models/segmenter.model, embedded into the library at build time.
#ifndef DXNEWS_ANALYZER_SEGMENTER_BUILTIN_H_
#define DXNEWS_ANALYZER_SEGMENTER_BUILTIN_H_

#include <string_view>

namespace dxnews::analyzer::internal {

/// The embedded model file; empty when the library was built without one.
std::string_view BuiltinSegmenterModel();

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_SEGMENTER_BUILTIN_H_
