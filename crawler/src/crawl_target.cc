#include "dxnews/crawler/crawl_target.h"

#include <algorithm>
#include <cctype>

#include "dxnews/crawler/url.h"

namespace dxnews::crawler {
namespace {

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string_view LastSegment(std::string_view path) {
  // "/kinh-te/202410/san-pham-ocop-61f2d82/": Family A article URLs end with a slash.
  if (!path.empty() && path.back() == '/') path.remove_suffix(1);
  std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool LooksLikeArticle(std::string_view path) {
  std::string_view last = LastSegment(path);
  if (last.empty()) return false;
  for (std::string_view ext : {".html", ".htm", ".shtml", ".aspx", ".php", ".vnp", ".bbg"}) {
    if (EndsWith(last, ext)) return last != "index.html" && last != "index.htm" && last != "index.php";
  }
  std::size_t digits = 0;
  while (digits < last.size() && std::isdigit(static_cast<unsigned char>(last[last.size() - 1 - digits]))) {
    ++digits;
  }
  if (digits >= 5) return true;
  return std::count(last.begin(), last.end(), '-') >= 4;
}

}  // namespace

CrawlTarget TargetFromSource(const SourceConfig& source) {
  CrawlTarget target;
  target.source_id = source.id;
  target.province = source.new_province.empty() ? source.province : source.new_province;
  Result<std::string> home = CanonicalizeUrl(source.home);
  target.home = home.ok() ? home.value() : source.home;
  target.hosts = source.hosts;
  for (const FeedRef& feed : source.feeds) target.feeds.push_back(feed.url);
  for (const FeedRef& sitemap : source.sitemaps) target.sitemaps.push_back(sitemap.url);
  target.article_patterns = source.article_patterns;
  return target;
}

Result<CrawlTarget> TargetFromHomeUrl(std::string_view home_url) {
  Result<Url> url = ParseUrl(home_url);
  if (!url.ok()) return url.status();
  CrawlTarget target;
  target.home = Canonicalize(url.value()).ToString();
  const std::string& host = url.value().host;
  std::string site(SiteOf(host));
  target.hosts.push_back(host);
  target.hosts.push_back(site == host ? "www." + host : site);
  return target;
}

Result<ArticleUrlMatcher> ArticleUrlMatcher::ForTarget(const CrawlTarget& target) {
  auto patterns = std::make_shared<std::vector<std::regex>>();
  for (const std::string& pattern : target.article_patterns) {
    try {
      patterns->emplace_back(pattern, std::regex::ECMAScript);
    } catch (const std::regex_error& error) {
      return Status::InvalidInput("article pattern '" + pattern + "' of " + target.home + ": " + error.what());
    }
  }
  ArticleUrlMatcher matcher;
  matcher.patterns_ = std::move(patterns);
  return matcher;
}

bool ArticleUrlMatcher::IsArticle(std::string_view url) const {
  Result<Url> parsed = ParseUrl(url);
  if (!parsed.ok()) return false;
  const std::string& path = parsed.value().path;
  if (!patterns_ || patterns_->empty()) return LooksLikeArticle(path);
  return std::any_of(patterns_->begin(), patterns_->end(),
                     [&path](const std::regex& pattern) { return std::regex_search(path, pattern); });
}

bool IsAllowedHost(const CrawlTarget& target, std::string_view host) {
  return std::find(target.hosts.begin(), target.hosts.end(), host) != target.hosts.end();
}

bool IsInTarget(const CrawlTarget& target, const Url& url) {
  if (!IsAllowedHost(target, url.host)) return false;
  return target.path_prefix.empty() || url.path.compare(0, target.path_prefix.size(), target.path_prefix) == 0;
}

}  // namespace dxnews::crawler
