// Dot-segment removal (RFC 3986 §5.2.4), shared by URL resolution and canonicalisation.
#ifndef DXNEWS_CRAWLER_DOT_SEGMENTS_H_
#define DXNEWS_CRAWLER_DOT_SEGMENTS_H_

#include <string>
#include <string_view>

namespace dxnews::crawler {

/// Interprets "." and ".." segments: "/a/b/../c/./d" -> "/a/c/d"; ".." never climbs above the root
/// ("/../x" -> "/x"). Linear in the length of `path`.
std::string RemoveDotSegments(std::string_view path);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_DOT_SEGMENTS_H_
