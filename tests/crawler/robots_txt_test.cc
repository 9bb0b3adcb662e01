#include "robots_txt.h"

#include <catch2/catch.hpp>
#include <string>

#include "crawler/corpus_file.h"

namespace {

using dxnews::crawler::RobotsTxt;
using std::chrono::milliseconds;

std::string ReadCorpus(const std::string& name) { return dxnews::testing::ReadCorpusFile("feeds/" + name); }

}  // namespace

TEST_CASE("RobotsTxt applies the star group to unnamed crawlers", "[crawler][robots_txt]") {
  const RobotsTxt robots = RobotsTxt::Parse(ReadCorpus("robots.txt"));
  const std::string ua = "SomeReader/2.0";
  CHECK(robots.IsAllowed("/", ua));
  CHECK(robots.IsAllowed("/chuyen-doi-so/ha-tinh-so-hoa-post1.html", ua));
  CHECK_FALSE(robots.IsAllowed("/admin/", ua));
  CHECK_FALSE(robots.IsAllowed("/admin/login.php", ua));
  CHECK(robots.IsAllowed("/admin", ua));
  CHECK_FALSE(robots.IsAllowed("/tim-kiem?q=cds", ua));
  CHECK(robots.IsAllowed("/tim-kiem/huong-dan", ua));
  CHECK_FALSE(robots.IsAllowed("/tin-tuc/bai-1.html?print=1", ua));
  CHECK_FALSE(robots.IsAllowed("/van-ban/ke-hoach.pdf", ua));
  CHECK(robots.IsAllowed("/van-ban/ke-hoach.pdf?tai=1", ua));
  CHECK(robots.CrawlDelay(ua) == milliseconds(2000));
}

TEST_CASE("RobotsTxt merges several user-agent lines into one group", "[crawler][robots_txt]") {
  const RobotsTxt robots = RobotsTxt::Parse(ReadCorpus("robots.txt"));
  for (const std::string ua :
       {"dxnews/0.1 (+https://dxnews.example/bot)", "DXNEWS", "CocCocBot/1.0 (+http://help.coccoc.com/)"}) {
    INFO(ua);
    CHECK_FALSE(robots.IsAllowed("/thanh-vien/ho-so", ua));
    CHECK(robots.IsAllowed("/thanh-vien/gioi-thieu", ua));
    CHECK_FALSE(robots.IsAllowed("/thanh-vien/gioi-thieu?tab=2", ua));
    // The named group replaces the star group entirely.
    CHECK(robots.IsAllowed("/admin/", ua));
  }
  CHECK(robots.CrawlDelay("dxnews") == milliseconds(500));
  CHECK(robots.IsAllowed("/admin/", "Googlebot/2.1"));
  // Product tokens match exactly: "coccocbot-web" is not "coccocbot", so it gets the star group.
  CHECK_FALSE(robots.IsAllowed("/admin/", "coccocbot-web/1.0"));
  CHECK_FALSE(robots.CrawlDelay("bingbot").has_value());
  CHECK_FALSE(robots.IsAllowed("/", "BadBot"));
  CHECK(robots.IsAllowed("/robots.txt", "BadBot"));
}

TEST_CASE("RobotsTxt compares paths in one percent-encoding form", "[crawler][robots_txt]") {
  const RobotsTxt robots = RobotsTxt::Parse(ReadCorpus("robots.txt"));
  CHECK_FALSE(robots.IsAllowed("/chuyển-đổi-số/nháp/bai-1", "dxnews"));
  CHECK_FALSE(robots.IsAllowed("/chuy%e1%bb%83n-%c4%91%e1%bb%95i-s%e1%bb%91/nh%C3%A1p/bai-1", "dxnews"));
  CHECK(robots.IsAllowed("/chuyển-đổi-số/bai-1", "dxnews"));
}

TEST_CASE("RobotsTxt lists sitemaps wherever they appear", "[crawler][robots_txt]") {
  const RobotsTxt robots = RobotsTxt::Parse(ReadCorpus("robots.txt"));
  REQUIRE(robots.Sitemaps().size() == 2);
  CHECK(robots.Sitemaps()[0] == "https://baosonglam.example.vn/sitemap.xml");
  CHECK(robots.Sitemaps()[1] == "https://baosonglam.example.vn/sitemap-news.xml");
}

TEST_CASE("RobotsTxt longest match wins and Allow wins ties", "[crawler][robots_txt]") {
  const RobotsTxt robots = RobotsTxt::Parse(
      "user-agent: *\nallow: /tin\ndisallow: /tin\ndisallow: /tin-tuc/\nallow: /tin-tuc/cds\n"
      "disallow: /*/in\nallow: /*/in/cong-khai\n");
  CHECK(robots.IsAllowed("/tin", "x"));
  CHECK_FALSE(robots.IsAllowed("/tin-tuc/kinh-te", "x"));
  CHECK(robots.IsAllowed("/tin-tuc/cds-ha-tinh", "x"));
  CHECK_FALSE(robots.IsAllowed("/a/in/1", "x"));
  CHECK(robots.IsAllowed("/a/in/cong-khai/1", "x"));
}

TEST_CASE("RobotsTxt ignores rules outside groups, empty Disallow and garbage", "[crawler][robots_txt]") {
  const RobotsTxt robots = RobotsTxt::Parse(
      "Disallow: /truoc-nhom\n<html><body>404</body></html>\n\x01\x02:::\nUser-agent: *\nDisallow:\n"
      "Crawl-delay: nhanh\n");
  CHECK(robots.IsAllowed("/truoc-nhom", "dxnews"));
  CHECK(robots.IsAllowed("/", "dxnews"));
  CHECK_FALSE(robots.CrawlDelay("dxnews").has_value());
  CHECK(RobotsTxt::Parse("").IsAllowed("/x", "dxnews"));
  CHECK(RobotsTxt().IsAllowed("/x", "dxnews"));
  CHECK_FALSE(RobotsTxt::DisallowAll().IsAllowed("/x", "dxnews"));
  CHECK(RobotsTxt::DisallowAll().IsAllowed("/robots.txt", "dxnews"));
}

TEST_CASE("RobotsTxt accepts CR-only line ends, comments and case-insensitive keys",
          "[crawler][robots_txt]") {
  const RobotsTxt robots =
      RobotsTxt::Parse("USER-AGENT: DxNews # bot của chúng tôi\rDISALLOW: /rieng # riêng tư\r");
  CHECK_FALSE(robots.IsAllowed("/rieng/1", "dxnews"));
  CHECK(robots.IsAllowed("/cong-khai", "dxnews"));
}

TEST_CASE("RobotsTxt ignores everything past the size cap", "[crawler][robots_txt]") {
  std::string text = "User-agent: *\nDisallow: /a\n";
  text += std::string(dxnews::crawler::kMaxRobotsTxtBytes, '#');
  text += "\nDisallow: /b\n";
  const RobotsTxt robots = RobotsTxt::Parse(text);
  CHECK_FALSE(robots.IsAllowed("/a", "x"));
  CHECK(robots.IsAllowed("/b", "x"));
}

TEST_CASE("RobotsPatternMatches implements star and dollar wildcards", "[crawler][robots_txt]") {
  using dxnews::crawler::RobotsPatternMatches;
  CHECK(RobotsPatternMatches("/", "/anything"));
  CHECK(RobotsPatternMatches("/*.php", "/a/b.php?x=1"));
  CHECK(RobotsPatternMatches("/*.php$", "/a/b.php"));
  CHECK_FALSE(RobotsPatternMatches("/*.php$", "/a/b.php?x=1"));
  CHECK(RobotsPatternMatches("/fish*", "/fish"));
  CHECK_FALSE(RobotsPatternMatches("/fish", "/Fish.asp"));
  CHECK(RobotsPatternMatches("/**a*b*c", "/xxaxxbxxc"));
  CHECK_FALSE(RobotsPatternMatches("/a$", "/ab"));
  CHECK(RobotsPatternMatches("/a$", "/a"));
  CHECK(RobotsPatternMatches("*", "/"));
  // Pathological pattern: must finish quickly (no exponential backtracking).
  const std::string path = "/" + std::string(20000, 'a');
  CHECK_FALSE(RobotsPatternMatches("/*a*a*a*a*a*a*a*a*b", path));
}
