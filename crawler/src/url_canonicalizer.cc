// Canonicalize() and the tracking-parameter list, declared in dxnews/crawler/url.h.
#include <array>
#include <utility>

#include "ascii.h"
#include "dot_segments.h"
#include "dxnews/crawler/url.h"
#include "percent_encoding.h"

namespace dxnews::crawler {
namespace {

// Click and campaign identifiers seen on links shared from Facebook, Google, Zalo ("zarsrc",
// "gidzl"), Microsoft, TikTok and mailing tools. They never change the page that is served.
constexpr std::array<std::string_view, 22> kTrackingParameters = {
    "fbclid", "gclid",   "gclsrc", "dclid",  "gbraid",    "wbraid", "msclkid", "yclid",
    "twclid", "ttclid",  "igshid", "mc_cid", "mc_eid",    "_ga",    "_gl",     "_hsenc",
    "_hsmi",  "mkt_tok", "zarsrc", "gidzl",  "li_fat_id", "srsltid"};

std::string CanonicalQuery(std::string_view query) {
  std::string out;
  while (true) {
    const size_t amp = query.find('&');
    const std::string_view param = query.substr(0, amp);
    const std::string_view name = param.substr(0, param.find('='));
    if (!param.empty() && !IsTrackingParameter(NormalizePercentEncoding(name))) {
      if (!out.empty()) out += '&';
      out += NormalizePercentEncoding(param);
    }
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return out;
}

bool IsDefaultPort(const Url& url) {
  return (url.scheme == "http" && url.port == 80) || (url.scheme == "https" && url.port == 443);
}

}  // namespace

bool IsTrackingParameter(std::string_view name) {
  if (StartsWithIgnoreAsciiCase(name, "utm_")) return true;
  for (std::string_view tracking : kTrackingParameters) {
    if (EqualsIgnoreAsciiCase(name, tracking)) return true;
  }
  return false;
}

Url Canonicalize(const Url& url) {
  Url out;
  out.scheme = AsciiToLower(url.scheme);
  out.userinfo = url.userinfo;
  out.host = AsciiToLower(url.host);
  // "baohatinh.vn." is the fully qualified spelling of "baohatinh.vn". Strip every trailing dot,
  // not just one, or Canonicalize would not be idempotent on "baohatinh.." (found by url_fuzz).
  while (out.host.size() > 1 && out.host.back() == '.') out.host.pop_back();
  if (!IsDefaultPort(url)) out.port = url.port;
  // Decode before removing dot segments so that "%2E%2E" counts as "..".
  out.path = RemoveDotSegments(NormalizePercentEncoding(url.path));
  if (out.path.empty()) out.path = "/";
  if (url.query) {
    std::string query = CanonicalQuery(*url.query);
    if (!query.empty()) out.query = std::move(query);
  }
  return out;
}

Result<std::string> CanonicalizeUrl(std::string_view text) {
  Result<Url> parsed = ParseUrl(text);
  if (!parsed.ok()) return parsed.status();
  return Canonicalize(parsed.value()).ToString();
}

}  // namespace dxnews::crawler
