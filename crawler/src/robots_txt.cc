#include "robots_txt.h"

#include <algorithm>
#include <cctype>

#include "ascii.h"
#include "percent_encoding.h"

namespace dxnews::crawler {
namespace {

// "dxnews/0.1 (+https://...)" -> "dxnews"; RFC 9309 §2.2.1 limits product tokens to [a-zA-Z_-].
std::string ProductToken(std::string_view user_agent) {
  user_agent = TrimAsciiSpace(user_agent);
  size_t n = 0;
  while (n < user_agent.size() && (std::isalpha(static_cast<unsigned char>(user_agent[n])) ||
                                   user_agent[n] == '_' || user_agent[n] == '-')) {
    ++n;
  }
  return AsciiToLower(user_agent.substr(0, n));
}

// Patterns and paths are compared in one percent-encoding form: raw UTF-8 encoded, hex upper-cased,
// unreserved characters decoded (RFC 9309 §2.2.2).
std::string NormalizePath(std::string_view path) { return NormalizePercentEncoding(EncodeUnsafeBytes(path)); }

// "10", "0.5" or "2.25" seconds; locale-independent, unlike strtod.
std::optional<std::chrono::milliseconds> ParseDelay(std::string_view value) {
  constexpr long long kMaxSeconds = 86400;
  long long seconds = 0;
  size_t i = 0;
  for (; i < value.size() && value[i] >= '0' && value[i] <= '9'; ++i) {
    seconds = seconds * 10 + (value[i] - '0');
    if (seconds > kMaxSeconds) return std::nullopt;
  }
  if (i == 0) return std::nullopt;
  long long millis = 0;
  if (i < value.size() && value[i] == '.') {
    long long scale = 100;
    for (++i; i < value.size() && value[i] >= '0' && value[i] <= '9'; ++i, scale /= 10) {
      millis += (value[i] - '0') * scale;
    }
  }
  if (i != value.size()) return std::nullopt;
  return std::chrono::milliseconds(seconds * 1000 + millis);
}

struct Line {
  std::string key;  // lower-cased
  std::string_view value;
};

std::optional<Line> SplitLine(std::string_view line) {
  line = line.substr(0, line.find('#'));
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  Line out{AsciiToLower(TrimAsciiSpace(line.substr(0, colon))), TrimAsciiSpace(line.substr(colon + 1))};
  // Common misspellings accepted by major crawlers; being stricter only makes us less polite.
  if (out.key == "user agent" || out.key == "useragent") out.key = "user-agent";
  if (out.key == "dissallow" || out.key == "disalow") out.key = "disallow";
  return out;
}

}  // namespace

RobotsTxt RobotsTxt::DisallowAll() {
  RobotsTxt robots;
  robots.disallow_all_ = true;
  return robots;
}

RobotsTxt RobotsTxt::Parse(std::string_view content) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  if (content.size() > kMaxRobotsTxtBytes) {
    content = content.substr(0, kMaxRobotsTxtBytes);
    const size_t last_break = content.find_last_of("\r\n");
    content = content.substr(0, last_break == std::string_view::npos ? 0 : last_break + 1);
  }
  RobotsTxt robots;
  bool in_agent_lines = false;  // the previous rule-ish line was a user-agent line
  while (!content.empty()) {
    const size_t end = std::min(content.find_first_of("\r\n"), content.size());
    const std::optional<Line> line = SplitLine(content.substr(0, end));
    content.remove_prefix(std::min(end + 1, content.size()));
    if (!line) continue;
    if (line->key == "sitemap") {
      if (!line->value.empty()) robots.sitemaps_.emplace_back(line->value);
      continue;
    }
    if (line->key == "user-agent") {
      if (!in_agent_lines) robots.groups_.emplace_back();
      in_agent_lines = true;
      const std::string agent = line->value == "*" ? "*" : ProductToken(line->value);
      if (!agent.empty()) robots.groups_.back().agents.push_back(agent);
      continue;
    }
    const bool is_rule = line->key == "allow" || line->key == "disallow";
    if (!is_rule && line->key != "crawl-delay") continue;
    in_agent_lines = false;
    if (robots.groups_.empty()) continue;  // rules before any user-agent line belong to no group
    Group& group = robots.groups_.back();
    if (line->key == "crawl-delay") {
      if (auto delay = ParseDelay(line->value)) group.crawl_delay = delay;
    } else if (!line->value.empty()) {  // "Disallow:" with no path allows everything
      group.rules.push_back(Rule{NormalizePath(line->value), line->key == "allow"});
    }
  }
  return robots;
}

std::vector<const RobotsTxt::Group*> RobotsTxt::GroupsFor(std::string_view user_agent) const {
  const std::string token = ProductToken(user_agent);
  std::vector<const Group*> named;
  std::vector<const Group*> star;
  for (const Group& group : groups_) {
    bool has_token = false;
    bool has_star = false;
    for (const std::string& agent : group.agents) {
      has_token = has_token || (!token.empty() && agent == token);
      has_star = has_star || agent == "*";
    }
    if (has_token) named.push_back(&group);
    if (has_star) star.push_back(&group);
  }
  return named.empty() ? star : named;
}

bool RobotsTxt::IsAllowed(std::string_view path_and_query, std::string_view user_agent) const {
  if (path_and_query == "/robots.txt") return true;
  if (disallow_all_) return false;
  const std::string path = NormalizePath(path_and_query.empty() ? "/" : path_and_query);
  const Rule* best = nullptr;
  for (const Group* group : GroupsFor(user_agent)) {
    for (const Rule& rule : group->rules) {
      if (!RobotsPatternMatches(rule.pattern, path)) continue;
      if (best == nullptr || rule.pattern.size() > best->pattern.size() ||
          (rule.pattern.size() == best->pattern.size() && rule.allow && !best->allow)) {
        best = &rule;
      }
    }
  }
  return best == nullptr || best->allow;
}

std::optional<std::chrono::milliseconds> RobotsTxt::CrawlDelay(std::string_view user_agent) const {
  for (const Group* group : GroupsFor(user_agent)) {
    if (group->crawl_delay) return group->crawl_delay;
  }
  return std::nullopt;
}

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  const bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  // Classic glob matching with one backtrack point: on a mismatch, let the last '*' absorb one more
  // byte. Correct for patterns whose only wildcard is '*'.
  size_t p = 0, s = 0;
  size_t star_p = std::string_view::npos, star_s = 0;
  while (true) {
    if (p == pattern.size() && (!anchored || s == path.size())) return true;
    if (p < pattern.size() && pattern[p] == '*') {
      star_p = p++;
      star_s = s;
    } else if (p < pattern.size() && s < path.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
    } else if (star_p != std::string_view::npos && star_s < path.size()) {
      p = star_p + 1;
      s = ++star_s;
    } else {
      return false;
    }
  }
}

}  // namespace dxnews::crawler
