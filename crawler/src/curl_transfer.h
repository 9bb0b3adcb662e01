// CurlTransfer: one configured libcurl easy handle plus everything its callbacks collect, shared by
// the single-request client and the concurrent fetcher. curl_transfer.cc is the one place where
// CURLcode becomes Status. Private to the crawler: only the crawler's curl files include this.
#ifndef DXNEWS_CRAWLER_CURL_TRANSFER_H_
#define DXNEWS_CRAWLER_CURL_TRANSFER_H_

#include <curl/curl.h>

#include <memory>
#include <string>

#include "dxnews/core/result.h"
#include "dxnews/crawler/http_client.h"

namespace dxnews::crawler {

class CurlTransfer {
 public:
  /// Validates the URL (http or https only; kInvalidInput otherwise) and configures a handle.
  /// `reuse` may be a handle from an earlier transfer (keeps its connection cache); else null.
  static Result<std::unique_ptr<CurlTransfer>> Create(const HttpRequest& request, const HttpOptions& options,
                                                      CURL* reuse);
  ~CurlTransfer();
  CurlTransfer(const CurlTransfer&) = delete;
  CurlTransfer& operator=(const CurlTransfer&) = delete;

  CURL* handle() const { return handle_; }
  const HttpRequest& request() const { return request_; }

  /// Turns the transfer's outcome into a response or a Status naming the URL and the reason.
  Result<HttpResponse> Finish(CURLcode code);

  /// Gives up ownership of the handle (for reuse by the next transfer); the caller must free it.
  CURL* ReleaseHandle();

 private:
  CurlTransfer(HttpRequest request, const HttpOptions& options, CURL* handle);
  bool Configure(const std::string& url);
  Status ErrorStatus(CURLcode code) const;
  void FillTransferInfo(HttpResponse& response) const;

  static size_t OnBody(char* data, size_t size, size_t count, void* self);
  static size_t OnHeader(char* data, size_t size, size_t count, void* self);
  static curl_socket_t OnOpenSocket(void* self, curlsocktype purpose, curl_sockaddr* address);

  HttpRequest request_;
  HttpOptions options_;
  CURL* handle_ = nullptr;
  curl_slist* request_headers_ = nullptr;
  HttpResponse response_;
  bool body_too_large_ = false;
  std::string refused_address_;  // Set when OnOpenSocket refused a non-public address.
  char error_buffer_[CURL_ERROR_SIZE] = {};
};

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_CURL_TRANSFER_H_
