// Url: parsing, reference resolution (RFC 3986 §5.2) and canonicalisation of http(s) URLs. This is
// the only URL string code of dxnews; every other module (link extraction, feeds, sitemaps, robots,
// the frontier) goes through it so that one article has one URL everywhere.
#ifndef DXNEWS_CRAWLER_URL_H_
#define DXNEWS_CRAWLER_URL_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dxnews/core/result.h"

namespace dxnews::crawler {

/// URLs longer than this (after trimming) are rejected as kInvalidInput.
inline constexpr std::size_t kMaxUrlLength = 16 * 1024;

/// An absolute http or https URL split into its RFC 3986 components.
///
/// Values produced by ParseUrl/Resolve are always valid: scheme is "http" or "https", host is
/// non-empty and lower-cased, path is empty or starts with '/', and path, query and fragment contain
/// no raw spaces, controls or non-ASCII bytes (those are percent-encoded while parsing).
struct Url {
  std::string scheme;                   ///< "http" or "https".
  std::string userinfo;                 ///< The part before '@' in the authority; usually empty.
  std::string host;                     ///< Lower-cased; an IPv6 literal keeps its brackets.
  std::optional<std::uint16_t> port;    ///< nullopt when absent (or written as an empty ":").
  std::string path;                     ///< As written (dot segments are kept until Canonicalize).
  std::optional<std::string> query;     ///< Without the '?'; nullopt when there is no '?'.
  std::optional<std::string> fragment;  ///< Without the '#'; nullopt when there is no '#'.

  /// The URL as text: scheme "://" [userinfo "@"] host [":" port] path ["?" query] ["#" fragment].
  std::string ToString() const;

  /// The request target used for robots.txt matching: path (or "/" if empty) plus "?query".
  std::string PathAndQuery() const;

  friend bool operator==(const Url& a, const Url& b);
  friend bool operator!=(const Url& a, const Url& b) { return !(a == b); }
};

/// Parses an absolute URL. Leading/trailing whitespace and controls are trimmed and tabs/newlines
/// inside are removed (as browsers do with href attributes). Scheme and host are lower-cased.
/// Returns kInvalidInput for a relative reference, a scheme other than http/https ("mailto:",
/// "javascript:", "ftp:"), a missing or malformed host, a bad port, or text over kMaxUrlLength.
Result<Url> ParseUrl(std::string_view text);

/// Resolves `reference` (an href, a feed <link>, a Location header) against `base` following
/// RFC 3986 §5.2.2, including dot-segment removal, protocol-relative ("//host/p"), absolute-path,
/// query-only ("?page=2") and fragment-only ("#top") references. An empty reference yields `base`
/// without its fragment. Returns kInvalidInput when the result would not be an http(s) URL.
Result<Url> Resolve(const Url& base, std::string_view reference);

/// Convenience overload: parses `base` first, then resolves.
Result<Url> Resolve(std::string_view base, std::string_view reference);

/// The form used to decide whether two URLs name the same page: lower-case scheme and host, no
/// trailing dot on the host, no default port (80/443), no fragment, percent-escapes normalised
/// (upper-case hex, unreserved characters decoded), dot segments removed, empty path -> "/", and
/// tracking parameters removed from the query (see IsTrackingParameter) while every other parameter
/// keeps its original order and spelling. An empty query is dropped. Idempotent.
Url Canonicalize(const Url& url);

/// ParseUrl then Canonicalize then ToString.
Result<std::string> CanonicalizeUrl(std::string_view text);

/// True for query parameter names that only track a click or a campaign: utm_* and a fixed list
/// (fbclid, gclid, zarsrc, gidzl, _gl, ...). Case-insensitive.
bool IsTrackingParameter(std::string_view name);

/// The lower-cased host of an absolute http(s) URL; kInvalidInput as for ParseUrl.
Result<std::string> Host(std::string_view url);

/// The site a host belongs to: the host without one leading "www." label. "www.baohatinh.vn" and
/// "baohatinh.vn" give "baohatinh.vn"; other subdomains ("m.baohatinh.vn", "dx.baohatinh.vn") are
/// kept, because provinces host separate portals on subdomains. Expects a lower-cased host.
std::string_view SiteOf(std::string_view host);

/// True if `a` and `b` are on the same site: SiteOf(a.host) == SiteOf(b.host). Scheme and port are
/// ignored, so http://baohatinh.vn and https://www.baohatinh.vn:443 are the same site.
bool IsSameSite(const Url& a, const Url& b);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_URL_H_
