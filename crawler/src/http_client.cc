// HttpResponse helpers that do not depend on any transport.
#include "dxnews/crawler/http_client.h"

#include "ascii.h"

namespace dxnews::crawler {

std::optional<std::string> HttpResponse::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (EqualsIgnoreAsciiCase(key, name)) return value;
  }
  return std::nullopt;
}

}  // namespace dxnews::crawler
