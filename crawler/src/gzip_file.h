// Gzip files fetched as such (sitemap.xml.gz: gzip bytes with no Content-Encoding, which libcurl
// therefore leaves alone), inflated with a size cap so that a gzip bomb costs at most the cap.
#ifndef DXNEWS_CRAWLER_GZIP_FILE_H_
#define DXNEWS_CRAWLER_GZIP_FILE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "dxnews/core/result.h"

namespace dxnews::crawler {

/// True when `bytes` start with the gzip magic number (1f 8b).
bool IsGzip(std::string_view bytes);

/// The inflated content of the gzip file `bytes` (all members). kInvalidInput when it is not valid
/// gzip, is truncated, or inflates to more than `max_bytes`.
Result<std::string> GunzipFile(std::string_view bytes, std::size_t max_bytes);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_GZIP_FILE_H_
