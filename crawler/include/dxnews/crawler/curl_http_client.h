// The libcurl implementation of HttpClient. No curl type appears here; the handle lives in
// crawler/src. TLS peers are always verified and only http and https are spoken, redirects included.
#ifndef DXNEWS_CRAWLER_CURL_HTTP_CLIENT_H_
#define DXNEWS_CRAWLER_CURL_HTTP_CLIENT_H_

#include <memory>

#include "dxnews/crawler/http_client.h"

namespace dxnews::crawler {

/// A client that fetches one URL at a time with libcurl, reusing connections between calls.
/// Proxy environment variables are ignored: a proxy would resolve names for us and defeat the
/// private-address check of HttpOptions::allow_private.
std::unique_ptr<HttpClient> MakeCurlHttpClient(const HttpOptions& options);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_CURL_HTTP_CLIENT_H_
