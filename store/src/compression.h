// zlib compression of the raw pages kept in the store.
#ifndef DXNEWS_STORE_COMPRESSION_H_
#define DXNEWS_STORE_COMPRESSION_H_

#include <string>
#include <string_view>

#include "dxnews/core/result.h"

namespace dxnews::store::internal {

/// The zlib stream of `bytes` (level 6).
Result<std::string> Compress(std::string_view bytes);

/// Inflates a Compress() result whose original size is `size`; kIoError naming `what` when the
/// stream is damaged or does not have that size.
Result<std::string> Decompress(std::string_view compressed, size_t size, const std::string& what);

}  // namespace dxnews::store::internal

#endif  // DXNEWS_STORE_COMPRESSION_H_
