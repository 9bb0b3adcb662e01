// One libcurl easy transfer: options, callbacks, the non-public address check, and the one mapping
// of CURLcode to Status in dxnews.
#include "curl_transfer.h"

#include <sys/socket.h>

#include <utility>

#include "address_policy.h"
#include "ascii.h"
#include "dxnews/crawler/url.h"

namespace dxnews::crawler {
namespace {

constexpr const char* kProtocols = "http,https";

struct ErrorClass {
  bool retryable;
  const char* reason;
};

ErrorClass Classify(CURLcode code) {
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
      return {true, "timed out"};
    case CURLE_PARTIAL_FILE:
      return {true, "truncated body (connection closed early)"};
    case CURLE_COULDNT_CONNECT:
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
      return {true, "connection failed"};
    case CURLE_TOO_MANY_REDIRECTS:
      return {false, "too many redirects"};
    case CURLE_COULDNT_RESOLVE_HOST:
      return {false, "DNS lookup failed"};
    case CURLE_UNSUPPORTED_PROTOCOL:
      return {false, "scheme other than http(s) refused"};
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
      return {false, "TLS error"};
    case CURLE_BAD_CONTENT_ENCODING:
      return {false, "undecodable Content-Encoding"};
    default:
      return {false, "transfer failed"};
  }
}

void CurlGlobalInitOnce() {
  static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  (void)initialised;
}

}  // namespace

Result<std::unique_ptr<CurlTransfer>> CurlTransfer::Create(const HttpRequest& request,
                                                           const HttpOptions& options, CURL* reuse) {
  Result<Url> url = ParseUrl(request.url);
  if (!url.ok()) {
    if (reuse != nullptr) curl_easy_cleanup(reuse);
    return url.status().WithContext("fetch " + request.url);
  }
  CurlGlobalInitOnce();
  CURL* handle = reuse;
  if (handle != nullptr) {
    curl_easy_reset(handle);
  } else {
    handle = curl_easy_init();
  }
  if (handle == nullptr) return Status::NetworkError("fetch " + request.url + ": curl_easy_init failed");
  std::unique_ptr<CurlTransfer> transfer(new CurlTransfer(request, options, handle));
  if (!transfer->Configure(url.value().ToString())) {
    return Status::NetworkError("fetch " + request.url + ": libcurl rejected an option");
  }
  return transfer;
}

CurlTransfer::CurlTransfer(HttpRequest request, const HttpOptions& options, CURL* handle)
    : request_(std::move(request)), options_(options), handle_(handle) {}

CurlTransfer::~CurlTransfer() {
  if (handle_ != nullptr) curl_easy_cleanup(handle_);
  curl_slist_free_all(request_headers_);
}

CURL* CurlTransfer::ReleaseHandle() { return std::exchange(handle_, nullptr); }

bool CurlTransfer::Configure(const std::string& url) {
  for (const auto& [name, value] : request_.headers) {
    request_headers_ = curl_slist_append(request_headers_, (name + ": " + value).c_str());
  }
  CURL* h = handle_;
  bool ok = true;
  auto set = [&ok, h](CURLoption option, auto value) {
    ok = ok && curl_easy_setopt(h, option, value) == CURLE_OK;
  };
  set(CURLOPT_URL, url.c_str());
  set(CURLOPT_PROTOCOLS_STR, kProtocols);
  set(CURLOPT_REDIR_PROTOCOLS_STR, kProtocols);
  set(CURLOPT_FOLLOWLOCATION, 1L);
  set(CURLOPT_MAXREDIRS, static_cast<long>(options_.max_redirects));
  set(CURLOPT_ACCEPT_ENCODING, "");  // Every encoding curl can decode; curl decodes the body.
  set(CURLOPT_USERAGENT, options_.user_agent.c_str());
  set(CURLOPT_HTTPHEADER, request_headers_);
  set(CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.connect_timeout.count()));
  set(CURLOPT_TIMEOUT_MS, static_cast<long>(options_.total_timeout.count()));
  set(CURLOPT_LOW_SPEED_LIMIT, options_.low_speed_limit);
  set(CURLOPT_LOW_SPEED_TIME, static_cast<long>(options_.low_speed_time.count()));
  set(CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options_.max_body_bytes));
  set(CURLOPT_SSL_VERIFYPEER, 1L);
  set(CURLOPT_SSL_VERIFYHOST, 2L);
  set(CURLOPT_PROXY, "");  // Ignore *_proxy variables: a proxy would bypass the address check.
  set(CURLOPT_NOSIGNAL, 1L);
  set(CURLOPT_ERRORBUFFER, error_buffer_);
  set(CURLOPT_WRITEFUNCTION, &CurlTransfer::OnBody);
  set(CURLOPT_WRITEDATA, this);
  set(CURLOPT_HEADERFUNCTION, &CurlTransfer::OnHeader);
  set(CURLOPT_HEADERDATA, this);
  set(CURLOPT_OPENSOCKETFUNCTION, &CurlTransfer::OnOpenSocket);
  set(CURLOPT_OPENSOCKETDATA, this);
  set(CURLOPT_PRIVATE, this);
  return ok;
}

size_t CurlTransfer::OnBody(char* data, size_t size, size_t count, void* self) {
  auto* transfer = static_cast<CurlTransfer*>(self);
  const size_t bytes = size * count;
  std::string& body = transfer->response_.body;
  if (body.size() + bytes > transfer->options_.max_body_bytes) {
    transfer->body_too_large_ = true;
    return 0;  // Not what curl expected: curl aborts with CURLE_WRITE_ERROR.
  }
  body.append(data, bytes);
  return bytes;
}

size_t CurlTransfer::OnHeader(char* data, size_t size, size_t count, void* self) {
  auto* transfer = static_cast<CurlTransfer*>(self);
  const size_t bytes = size * count;
  const std::string_view line(data, bytes);
  std::vector<HttpHeader>& headers = transfer->response_.headers;
  if (StartsWithIgnoreAsciiCase(line, "HTTP/")) {
    headers.clear();  // A new response (after a redirect or a 1xx): keep only the last one's.
  } else if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !headers.empty()) {
    headers.back().second += " " + std::string(TrimAsciiSpace(line));  // obs-fold continuation
  } else if (const size_t colon = line.find(':'); colon != std::string_view::npos) {
    headers.emplace_back(std::string(TrimAsciiSpace(line.substr(0, colon))),
                         std::string(TrimAsciiSpace(line.substr(colon + 1))));
  }
  return bytes;
}

curl_socket_t CurlTransfer::OnOpenSocket(void* self, curlsocktype /*purpose*/, curl_sockaddr* address) {
  auto* transfer = static_cast<CurlTransfer*>(self);
  if (!transfer->options_.allow_private && IsNonPublicAddress(address->addr)) {
    transfer->refused_address_ = AddressToString(address->addr);
    return CURL_SOCKET_BAD;
  }
  return socket(address->family, address->socktype, address->protocol);
}

Result<HttpResponse> CurlTransfer::Finish(CURLcode code) {
  if (code != CURLE_OK) return ErrorStatus(code);
  FillTransferInfo(response_);
  return std::move(response_);
}

Status CurlTransfer::ErrorStatus(CURLcode code) const {
  const std::string where = "fetch " + request_.url + ": ";
  if (body_too_large_ || code == CURLE_FILESIZE_EXCEEDED) {
    return Status::NetworkError(where + "body exceeds max_body_bytes (" +
                                std::to_string(options_.max_body_bytes) + " bytes); aborted");
  }
  if (code == CURLE_COULDNT_CONNECT && !refused_address_.empty()) {
    return Status::NetworkError(where + "refused non-public address " + refused_address_ +
                                " (allow_private is off)");
  }
  const ErrorClass error = Classify(code);
  std::string reason = error.reason;
  if (code == CURLE_TOO_MANY_REDIRECTS) {
    reason += " (more than " + std::to_string(options_.max_redirects) + ")";
  }
  const std::string detail = error_buffer_[0] != '\0' ? error_buffer_ : curl_easy_strerror(code);
  std::string message = where + reason + ": " + detail;
  return error.retryable ? Status::Unavailable(std::move(message)) : Status::NetworkError(std::move(message));
}

void CurlTransfer::FillTransferInfo(HttpResponse& response) const {
  long status = 0;
  long redirects = 0;
  char* effective_url = nullptr;
  char* primary_ip = nullptr;
  curl_off_t total_us = 0;
  curl_easy_getinfo(handle_, CURLINFO_RESPONSE_CODE, &status);
  curl_easy_getinfo(handle_, CURLINFO_REDIRECT_COUNT, &redirects);
  curl_easy_getinfo(handle_, CURLINFO_EFFECTIVE_URL, &effective_url);
  curl_easy_getinfo(handle_, CURLINFO_PRIMARY_IP, &primary_ip);
  curl_easy_getinfo(handle_, CURLINFO_TOTAL_TIME_T, &total_us);
  response.status = static_cast<int>(status);
  response.redirect_count = static_cast<int>(redirects);
  response.final_url = effective_url != nullptr ? effective_url : request_.url;
  response.primary_ip = primary_ip != nullptr ? primary_ip : "";
  response.total_seconds = static_cast<double>(total_us) / 1e6;
  response.bytes_received = response.body.size();
  response.content_type = response.Header("Content-Type").value_or("");
  response.etag = response.Header("ETag").value_or("");
  response.last_modified = response.Header("Last-Modified").value_or("");
  if (response.Header("Retry-After")) {
    curl_off_t retry_after = 0;  // curl parses delta-seconds and HTTP-dates (relative to now).
    curl_easy_getinfo(handle_, CURLINFO_RETRY_AFTER, &retry_after);
    response.retry_after = static_cast<std::int64_t>(retry_after);
  }
}

}  // namespace dxnews::crawler
