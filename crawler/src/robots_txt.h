// RobotsTxt: the rules of one site's /robots.txt (RFC 9309), parsed once and queried per URL.
#ifndef DXNEWS_CRAWLER_ROBOTS_TXT_H_
#define DXNEWS_CRAWLER_ROBOTS_TXT_H_

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dxnews::crawler {

/// Only this many bytes of a robots.txt are parsed (RFC 9309 §2.5 asks for at least 500 KiB); a line
/// cut by the limit is dropped.
inline constexpr std::size_t kMaxRobotsTxtBytes = 500 * 1024;

/// Parsed robots.txt. Immutable after Parse, so it may be shared between threads.
class RobotsTxt {
 public:
  /// Allows everything: what RFC 9309 §2.3.1.3 prescribes when robots.txt is unavailable (4xx).
  RobotsTxt() = default;

  /// Disallows everything: RFC 9309 §2.3.1.4, for a robots.txt that is unreachable (5xx, network).
  static RobotsTxt DisallowAll();

  /// Parses robots.txt text. Never fails: a UTF-8 BOM is skipped, CRLF/CR/LF line ends and
  /// comments are accepted, unknown or malformed lines are ignored, and input beyond
  /// kMaxRobotsTxtBytes is ignored.
  static RobotsTxt Parse(std::string_view content);

  /// True if `user_agent` may fetch `path_and_query` ("/tin-tuc?trang=2", as Url::PathAndQuery).
  /// The group is chosen by the product token of `user_agent` ("dxnews" in "dxnews/0.1 (+url)"),
  /// case-insensitively; all groups naming it are merged, and the "*" group applies only when no
  /// group names it. The longest matching Allow/Disallow pattern wins; Allow wins a tie. "*" in a
  /// pattern matches any run of bytes and a final "$" anchors the end. "/robots.txt" is always
  /// allowed.
  bool IsAllowed(std::string_view path_and_query, std::string_view user_agent) const;

  /// The Crawl-delay of the group that applies to `user_agent`, if it has a valid one.
  std::optional<std::chrono::milliseconds> CrawlDelay(std::string_view user_agent) const;

  /// Every Sitemap: URL listed in the file, in order, as written (not validated).
  const std::vector<std::string>& Sitemaps() const { return sitemaps_; }

 private:
  struct Rule {
    std::string pattern;  // percent-normalised
    bool allow = false;
  };
  struct Group {
    std::vector<std::string> agents;  // lower-cased product tokens, or "*"
    std::vector<Rule> rules;
    std::optional<std::chrono::milliseconds> crawl_delay;
  };

  std::vector<const Group*> GroupsFor(std::string_view user_agent) const;

  std::vector<Group> groups_;
  std::vector<std::string> sitemaps_;
  bool disallow_all_ = false;
};

/// True if robots.txt `pattern` matches the start of `path` (RFC 9309 §2.2.3 "*" and "$").
/// Exposed for tests. Runs in O(|pattern| * |path|) time at worst, without recursion.
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_ROBOTS_TXT_H_
