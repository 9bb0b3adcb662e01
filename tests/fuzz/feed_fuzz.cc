// libFuzzer target: every crawler parser that reads bytes from the network (RSS/Atom feeds,
// sitemaps, robots.txt, HTML link and feed discovery) must return, never crash or hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dxnews/crawler/feed_parser.h"
#include "dxnews/crawler/link_extractor.h"
#include "dxnews/crawler/sitemap_parser.h"
#include "robots_txt.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  constexpr std::string_view kPage = "https://baosonglam.example.vn/vi/trang-chu";

  auto feed = dxnews::crawler::ParseFeed(input, kPage);
  if (feed.ok()) {
    for (const auto& item : feed.value().items) {
      if (item.url.empty()) __builtin_trap();  // the contract says "never empty"
    }
  }
  (void)dxnews::crawler::ParseSitemap(input, kPage).ok();

  const auto robots = dxnews::crawler::RobotsTxt::Parse(input);
  (void)robots.IsAllowed("/chuyen-doi-so/bai-viet-post1.html?trang=2", "dxnews/0.1");
  (void)robots.CrawlDelay("dxnews");

  (void)dxnews::crawler::ExtractLinks(input, kPage).ok();
  (void)dxnews::crawler::DiscoverFeeds(input, kPage).ok();
  return 0;
}
