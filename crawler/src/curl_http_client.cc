// MakeCurlHttpClient: blocking fetches, one at a time, over one reused easy handle (so connections
// to a host are kept alive between calls).
#include "dxnews/crawler/curl_http_client.h"

#include <memory>
#include <utility>

#include "curl_transfer.h"

namespace dxnews::crawler {
namespace {

class CurlHttpClient : public HttpClient {
 public:
  explicit CurlHttpClient(const HttpOptions& options) : options_(options) {}
  ~CurlHttpClient() override {
    if (idle_handle_ != nullptr) curl_easy_cleanup(idle_handle_);
  }
  CurlHttpClient(const CurlHttpClient&) = delete;
  CurlHttpClient& operator=(const CurlHttpClient&) = delete;

  Result<HttpResponse> Fetch(const HttpRequest& request) override {
    CURL* reuse = std::exchange(idle_handle_, nullptr);
    Result<std::unique_ptr<CurlTransfer>> transfer = CurlTransfer::Create(request, options_, reuse);
    if (!transfer.ok()) return transfer.status();
    CurlTransfer& t = *transfer.value();
    Result<HttpResponse> response = t.Finish(curl_easy_perform(t.handle()));
    idle_handle_ = t.ReleaseHandle();
    return response;
  }

 private:
  HttpOptions options_;
  CURL* idle_handle_ = nullptr;  // Owned; kept between fetches for its connection cache.
};

}  // namespace

std::unique_ptr<HttpClient> MakeCurlHttpClient(const HttpOptions& options) {
  return std::make_unique<CurlHttpClient>(options);
}

}  // namespace dxnews::crawler
