#include "dxnews/crawler/link_extractor.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "crawler/corpus_file.h"

namespace {

using dxnews::Status;
using dxnews::crawler::DiscoverFeeds;
using dxnews::crawler::ExtractLinks;
using dxnews::crawler::FeedFormat;
using dxnews::testing::ReadCorpusFile;

constexpr char kHomeUrl[] = "https://baosonglam.example.vn/";

}  // namespace

TEST_CASE("DiscoverFeeds finds RSS and Atom alternates relative to <base href>",
          "[crawler][link_extractor]") {
  auto feeds = DiscoverFeeds(ReadCorpusFile("feeds/trang_chu.html"), kHomeUrl);
  REQUIRE(feeds.ok());
  const auto& found = feeds.value();
  REQUIRE(found.size() == 3);  // the duplicate (differs only by case and utm_source) is dropped
  CHECK(found[0].url == "https://baosonglam.example.vn/vi/news/rss/");
  CHECK(found[0].title == "Tin mới nhất");
  CHECK(found[0].format == FeedFormat::kRss);
  CHECK(found[1].url == "https://baosonglam.example.vn/rss/chuyen-doi-so.rss");
  CHECK(found[1].title == "Chuyển đổi số");
  CHECK(found[1].format == FeedFormat::kRss);
  CHECK(found[2].url == "https://baosonglam.example.vn/thong-bao/atom.xml");
  CHECK(found[2].format == FeedFormat::kAtom);
}

TEST_CASE("ExtractLinks returns absolute canonical http links once each", "[crawler][link_extractor]") {
  auto links = ExtractLinks(ReadCorpusFile("feeds/trang_chu.html"), kHomeUrl);
  REQUIRE(links.ok());
  const std::vector<std::string> expected = {
      "https://baosonglam.example.vn/",
      "https://baosonglam.example.vn/vi/thoi-su/",
      "https://baosonglam.example.vn/vi/chuyen-doi-so/",
      "https://baosonglam.example.vn/vi/kinh-te/",
      "https://baosonglam.example.vn/vi/chuyen-doi-so/"
      "song-lam-100-ho-so-thu-tuc-hanh-chinh-duoc-so-hoa-post271234.html",
      "https://baosonglam.example.vn/vi/chuyen-doi-so/"
      "huyen-duc-phong-ra-mat-to-cong-nghe-so-cong-dong-post271240.html",
      "https://video.baosonglam.example.vn/clip/hoi-nghi-de-an-06.html",
      "https://baosonglam.example.vn/vi/ban-do/xa-thuong-son",
      "https://www.facebook.com/baosonglam.example",
  };
  CHECK(links.value() == expected);
}

TEST_CASE("ExtractLinks without <base> resolves against the page URL", "[crawler][link_extractor]") {
  const std::string html =
      "<p><a href='bai-2.html'>Bài 2</a><a href='/tag/chuyển-đổi-số'>Thẻ</a><a href='?trang=2'>Trang 2</a>"
      "<a href='HTTP://BaoSongLam.example.vn:80/chuyen-muc/bai-2.html#x'>Lặp</a>";
  auto links = ExtractLinks(html, "http://baosonglam.example.vn/chuyen-muc/?trang=1");
  REQUIRE(links.ok());
  const std::vector<std::string> expected = {
      "http://baosonglam.example.vn/chuyen-muc/bai-2.html",
      "http://baosonglam.example.vn/tag/chuy%E1%BB%83n-%C4%91%E1%BB%95i-s%E1%BB%91",
      "http://baosonglam.example.vn/chuyen-muc/?trang=2",
  };
  CHECK(links.value() == expected);
}

TEST_CASE("ExtractLinks ignores a <base> whose href cannot be used", "[crawler][link_extractor]") {
  auto links = ExtractLinks("<base href='javascript:alert(1)'><base href='/khac/'><a href='a'>a</a>",
                            "https://baosonglam.example.vn/x/");
  REQUIRE(links.ok());
  REQUIRE(links.value().size() == 1);
  // Only the first <base> with an href counts (HTML "document base URL"); it is unusable here.
  CHECK(links.value()[0] == "https://baosonglam.example.vn/x/a");
}

TEST_CASE("Link extraction survives broken markup", "[crawler][link_extractor]") {
  const std::string html = "<html><a href=\"/a\"><div><a href='/b'>b</p></table><a href=/c>c<a href";
  auto links = ExtractLinks(html, kHomeUrl);
  REQUIRE(links.ok());
  const std::vector<std::string> expected = {"https://baosonglam.example.vn/a",
                                             "https://baosonglam.example.vn/b",
                                             "https://baosonglam.example.vn/c"};
  CHECK(links.value() == expected);
  const char kGarbage[] = "\x00\xff\xfe garbage <link rel=alternate";
  auto feeds = DiscoverFeeds(std::string(kGarbage, sizeof(kGarbage) - 1), kHomeUrl);
  REQUIRE(feeds.ok());
  CHECK(feeds.value().empty());
}

TEST_CASE("Link extraction rejects a bad page URL and oversized HTML", "[crawler][link_extractor]") {
  auto bad_url = ExtractLinks("<a href='/a'>a</a>", "/khong-tuyet-doi");
  REQUIRE_FALSE(bad_url.ok());
  CHECK(bad_url.status().code() == Status::Code::kInvalidInput);
  CHECK_THAT(bad_url.status().message(), Catch::Matchers::Contains("page"));
  auto huge = DiscoverFeeds(std::string(5 * 1024 * 1024, 'a'), kHomeUrl);
  REQUIRE_FALSE(huge.ok());
  CHECK_THAT(huge.status().message(), Catch::Matchers::Contains("limit"));
}

// Regression: 40000 unclosed <div>s took 61 s and 12 GB inside Gumbo before the limits.
TEST_CASE("Link extraction rejects pathologically deep nesting quickly", "[crawler][link_extractor]") {
  std::string deep;
  for (int i = 0; i < 40000; ++i) deep += "<div>";
  auto links = ExtractLinks(deep + "<a href='/x'>x</a>", kHomeUrl);
  REQUIRE_FALSE(links.ok());
  CHECK_THAT(links.status().message(), Catch::Matchers::Contains("nested deeper than"));

  // Unclosed elements that HTML closes implicitly (<p>, <li>, <td>) and script text do not count.
  std::string flat = "<script>var s = '";
  for (int i = 0; i < 3000; ++i) flat += "<div>";
  flat += "';</script><ul>";
  for (int i = 0; i < 3000; ++i) flat += "<li><p>muc " + std::to_string(i);
  flat += "</ul><div><div><a href='/cuoi'>cuoi</a></div></div>";
  auto ok = ExtractLinks(flat, kHomeUrl);
  REQUIRE(ok.ok());
  CHECK(ok.value() == std::vector<std::string>{"https://baosonglam.example.vn/cuoi"});
}
