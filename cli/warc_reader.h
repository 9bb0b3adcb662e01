// Reading WARC files (ISO 28500, WARC/1.0 and 1.1), plain or gzip-compressed (one gzip member
// per record or one for the whole file), and splitting the HTTP responses they hold.
#ifndef DXNEWS_CLI_WARC_READER_H_
#define DXNEWS_CLI_WARC_READER_H_

#include <functional>
#include <string>

#include "dxnews/core/result.h"

namespace dxnews::cli {

/// One WARC record: the named header fields and the content block.
struct WarcRecord {
  std::string type;        ///< WARC-Type: "response", "request", "warcinfo", ...
  std::string target_uri;  ///< WARC-Target-URI (angle brackets removed); may be empty
  std::string date;        ///< WARC-Date, e.g. "2024-10-12T02:00:00Z"
  std::string block;       ///< Content-Length bytes of content
};

/// Calls `visit` for every record of the file at `path` in order; stops at and returns the first
/// non-OK status of `visit`. kInvalidInput naming the path and the byte offset (uncompressed) when
/// a record is malformed or truncated; kInvalidInput when the file cannot be opened.
Status ReadWarcFile(const std::string& path, const std::function<Status(const WarcRecord&)>& visit);

/// An HTTP response split into its parts; the body is de-chunked when Transfer-Encoding: chunked.
struct HttpResponse {
  int status = 0;
  std::string content_type;
  std::string body;
};

/// Splits the block of a "response" record; kInvalidInput when it is not an HTTP response.
Status ParseHttpResponse(const std::string& block, HttpResponse* response);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_WARC_READER_H_
