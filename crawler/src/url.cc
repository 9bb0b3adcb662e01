#include "dxnews/crawler/url.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <utility>

#include "ascii.h"
#include "dot_segments.h"
#include "percent_encoding.h"

namespace dxnews::crawler {
namespace {

// The five components of RFC 3986 Appendix B; views into the cleaned input.
struct Reference {
  std::optional<std::string_view> scheme;
  std::optional<std::string_view> authority;
  std::string_view path;
  std::optional<std::string_view> query;
  std::optional<std::string_view> fragment;
};

Status Invalid(std::string_view text, std::string_view reason) {
  constexpr size_t kShown = 200;
  std::string shown(text.substr(0, kShown));
  if (text.size() > kShown) shown += "...";
  return Status::InvalidInput("url \"" + shown + "\": " + std::string(reason));
}

// Browsers trim C0 controls and spaces and drop tabs/newlines inside hrefs; CMS templates often wrap
// long hrefs over several lines.
std::string CleanInput(std::string_view text) {
  while (!text.empty() && static_cast<unsigned char>(text.front()) <= 0x20) text.remove_prefix(1);
  while (!text.empty() && static_cast<unsigned char>(text.back()) <= 0x20) text.remove_suffix(1);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != '\t' && c != '\n' && c != '\r') out += c;
  }
  return out;
}

bool IsValidScheme(std::string_view s) {
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
  }
  return true;
}

Reference SplitReference(std::string_view s) {
  Reference r;
  const size_t delim = s.find_first_of(":/?#");
  if (delim != std::string_view::npos && s[delim] == ':' && IsValidScheme(s.substr(0, delim))) {
    r.scheme = s.substr(0, delim);
    s.remove_prefix(delim + 1);
  }
  if (s.size() >= 2 && s[0] == '/' && s[1] == '/') {
    s.remove_prefix(2);
    const size_t end = std::min(s.find_first_of("/?#"), s.size());
    r.authority = s.substr(0, end);
    s.remove_prefix(end);
  }
  if (const size_t hash = s.find('#'); hash != std::string_view::npos) {
    r.fragment = s.substr(hash + 1);
    s = s.substr(0, hash);
  }
  if (const size_t question = s.find('?'); question != std::string_view::npos) {
    r.query = s.substr(question + 1);
    s = s.substr(0, question);
  }
  r.path = s;
  return r;
}

bool IsValidRegName(std::string_view host) {
  for (char c : host) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F || std::strchr("<>\"{}|\\^`%/?#@[]:", byte) != nullptr) return false;
  }
  return true;
}

bool IsValidIpLiteral(std::string_view literal) {  // "[...]" including brackets
  if (literal.size() < 4) return false;
  for (char c : literal.substr(1, literal.size() - 2)) {
    if (!IsHexDigit(c) && c != ':' && c != '.') return false;
  }
  return true;
}

Status ParsePort(std::string_view digits, std::string_view text, Url& url) {
  if (digits.empty()) return Status();
  if (digits.size() > 5) return Invalid(text, "port out of range");
  unsigned value = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return Invalid(text, "port is not a number");
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  if (value > 65535) return Invalid(text, "port out of range");
  url.port = static_cast<std::uint16_t>(value);
  return Status();
}

Status ParseAuthority(std::string_view authority, std::string_view text, Url& url) {
  if (const size_t at = authority.rfind('@'); at != std::string_view::npos) {
    url.userinfo = EncodeUnsafeBytes(authority.substr(0, at));
    authority.remove_prefix(at + 1);
  }
  std::string_view host = authority;
  std::string_view port;
  if (!authority.empty() && authority[0] == '[') {
    const size_t close = authority.find(']');
    if (close == std::string_view::npos) return Invalid(text, "unterminated IPv6 literal");
    host = authority.substr(0, close + 1);
    std::string_view rest = authority.substr(close + 1);
    if (!rest.empty() && rest[0] != ':') return Invalid(text, "junk after IPv6 literal");
    port = rest.empty() ? rest : rest.substr(1);
    if (!IsValidIpLiteral(host)) return Invalid(text, "malformed IPv6 literal");
  } else {
    if (const size_t colon = authority.rfind(':'); colon != std::string_view::npos) {
      host = authority.substr(0, colon);
      port = authority.substr(colon + 1);
    }
    if (!IsValidRegName(host)) return Invalid(text, "invalid character in host");
  }
  if (host.empty()) return Invalid(text, "missing host");
  url.host = AsciiToLower(host);
  return ParsePort(port, text, url);
}

// Builds a Url from components; `authority` nullopt means "take the authority of `base`".
Result<Url> Assemble(std::string_view text, std::string_view scheme,
                     std::optional<std::string_view> authority, const Url* base, std::string path,
                     std::optional<std::string_view> query, std::optional<std::string_view> fragment) {
  Url url;
  url.scheme = AsciiToLower(scheme);
  if (url.scheme != "http" && url.scheme != "https") {
    return Invalid(text, "unsupported scheme \"" + url.scheme + "\" (only http and https)");
  }
  if (authority) {
    if (Status s = ParseAuthority(*authority, text, url); !s.ok()) return s;
  } else if (base != nullptr) {
    url.userinfo = base->userinfo;
    url.host = base->host;
    url.port = base->port;
  } else {
    return Invalid(text, "missing host");
  }
  url.path = EncodeUnsafeBytes(path);
  if (query) url.query = EncodeUnsafeBytes(*query);
  if (fragment) url.fragment = EncodeUnsafeBytes(*fragment);
  return url;
}

// RFC 3986 §5.2.3: the base has an authority, so an empty base path merges as "/".
std::string MergePaths(const Url& base, std::string_view reference_path) {
  if (base.path.empty()) return "/" + std::string(reference_path);
  const size_t slash = base.path.rfind('/');
  return base.path.substr(0, slash + 1) + std::string(reference_path);
}

}  // namespace

std::string Url::ToString() const {
  std::string out = scheme + "://";
  if (!userinfo.empty()) out += userinfo + "@";
  out += host;
  if (port) out += ":" + std::to_string(*port);
  out += path;
  if (query) out += "?" + *query;
  if (fragment) out += "#" + *fragment;
  return out;
}

std::string Url::PathAndQuery() const {
  std::string out = path.empty() ? "/" : path;
  if (query) out += "?" + *query;
  return out;
}

bool operator==(const Url& a, const Url& b) {
  return a.scheme == b.scheme && a.userinfo == b.userinfo && a.host == b.host && a.port == b.port &&
         a.path == b.path && a.query == b.query && a.fragment == b.fragment;
}

Result<Url> ParseUrl(std::string_view text) {
  const std::string cleaned = CleanInput(text);
  if (cleaned.size() > kMaxUrlLength) return Invalid(text, "longer than 16 KiB");
  const Reference r = SplitReference(cleaned);
  if (!r.scheme) return Invalid(text, "not an absolute URL");
  if (!r.authority) {
    const std::string scheme = AsciiToLower(*r.scheme);
    if (scheme != "http" && scheme != "https") {
      return Invalid(text, "unsupported scheme \"" + scheme + "\" (only http and https)");
    }
    return Invalid(text, "missing host");
  }
  return Assemble(text, *r.scheme, r.authority, nullptr, std::string(r.path), r.query, r.fragment);
}

Result<Url> Resolve(const Url& base, std::string_view reference) {
  const std::string cleaned = CleanInput(reference);
  if (cleaned.size() > kMaxUrlLength) return Invalid(reference, "longer than 16 KiB");
  const Reference r = SplitReference(cleaned);
  if (r.scheme) {
    if (!r.authority) return ParseUrl(cleaned);  // "mailto:x", "javascript:..." or "http:path"
    return Assemble(reference, *r.scheme, r.authority, nullptr, RemoveDotSegments(r.path), r.query,
                    r.fragment);
  }
  if (r.authority) {
    return Assemble(reference, base.scheme, r.authority, nullptr, RemoveDotSegments(r.path), r.query,
                    r.fragment);
  }
  if (r.path.empty()) {
    std::optional<std::string_view> query = r.query;
    if (!query && base.query) query = *base.query;
    return Assemble(reference, base.scheme, std::nullopt, &base, base.path, query, r.fragment);
  }
  std::string path =
      r.path[0] == '/' ? RemoveDotSegments(r.path) : RemoveDotSegments(MergePaths(base, r.path));
  return Assemble(reference, base.scheme, std::nullopt, &base, std::move(path), r.query, r.fragment);
}

Result<Url> Resolve(std::string_view base, std::string_view reference) {
  Result<Url> parsed = ParseUrl(base);
  if (!parsed.ok()) return parsed.status().WithContext("base");
  return Resolve(parsed.value(), reference);
}

Result<std::string> Host(std::string_view url) {
  Result<Url> parsed = ParseUrl(url);
  if (!parsed.ok()) return parsed.status();
  return std::move(parsed.value().host);
}

std::string_view SiteOf(std::string_view host) {
  constexpr std::string_view kWww = "www.";
  if (host.size() > kWww.size() && host.substr(0, kWww.size()) == kWww) host.remove_prefix(kWww.size());
  return host;
}

bool IsSameSite(const Url& a, const Url& b) { return SiteOf(a.host) == SiteOf(b.host); }

}  // namespace dxnews::crawler
