#include "dxnews/crawler/feed_parser.h"

#include <catch2/catch.hpp>
#include <string>

#include "crawler/corpus_file.h"

namespace {

using dxnews::Status;
using dxnews::crawler::Feed;
using dxnews::crawler::FeedFormat;
using dxnews::crawler::ParseFeed;
using dxnews::testing::ReadCorpusFile;

constexpr char kRssUrl[] = "https://baosonglam.example.vn/rss/chuyen-doi-so.rss";
constexpr char kAtomUrl[] = "https://stttt.songlam.example.gov.vn/tin-tuc/atom.xml";

Feed MustParse(const std::string& file, const std::string& url) {
  auto feed = ParseFeed(ReadCorpusFile("feeds/" + file), url);
  INFO(feed.status().ToString());
  REQUIRE(feed.ok());
  return feed.value();
}

}  // namespace

TEST_CASE("ParseFeed reads a provincial RSS 2.0 feed", "[crawler][feed_parser]") {
  const Feed feed = MustParse("rss_tinh.xml", kRssUrl);
  CHECK(feed.format == FeedFormat::kRss);
  CHECK(feed.title == "Báo Sông Lam - Chuyển đổi số");
  REQUIRE(feed.items.size() == 3);
  CHECK(feed.skipped_items == 2);

  const auto& first = feed.items[0];
  CHECK(first.title == "Sông Lam: 100% hồ sơ thủ tục hành chính được số hoá trong năm 2024");
  CHECK(first.url ==
        "https://baosonglam.example.vn/chuyen-doi-so/"
        "song-lam-100-ho-so-thu-tuc-hanh-chinh-duoc-so-hoa-post271234.html");
  CHECK(first.published == std::optional<std::int64_t>(1710207000));
  CHECK_THAT(first.summary, Catch::Matchers::StartsWith("<img src="));
  CHECK_THAT(first.summary, Catch::Matchers::EndsWith("còn hiệu lực."));
  CHECK(first.guid ==
        "https://baosonglam.example.vn/chuyen-doi-so/"
        "song-lam-100-ho-so-thu-tuc-hanh-chinh-duoc-so-hoa-post271234.html");
}

TEST_CASE("ParseFeed resolves relative links and falls back to permalink guids", "[crawler][feed_parser]") {
  const Feed feed = MustParse("rss_tinh.xml", kRssUrl);
  REQUIRE(feed.items.size() == 3);
  CHECK(feed.items[1].url ==
        "https://baosonglam.example.vn/chuyen-doi-so/"
        "huyen-duc-phong-ra-mat-to-cong-nghe-so-cong-dong-post271240.html");
  CHECK(feed.items[1].guid == "271240");
  CHECK(feed.items[1].published == std::optional<std::int64_t>(1710173100));
  CHECK(feed.items[1].summary ==
        "Tổ công nghệ số cộng đồng & đoàn viên thanh niên hướng dẫn người dân cài đặt VNeID.");
  CHECK(feed.items[2].url ==
        "https://baosonglam.example.vn/thoi-su/hoi-nghi-so-ket-de-an-06-nam-2024-post271251.html");
  CHECK(feed.items[2].published == std::optional<std::int64_t>(1710036000));
  CHECK(feed.items[2].summary == "<p>Sáng 10/3, Ban Chỉ đạo Đề án 06 tỉnh tổ chức hội nghị sơ kết.</p>");
}

TEST_CASE("ParseFeed without a feed URL skips relative links", "[crawler][feed_parser]") {
  auto feed = ParseFeed(ReadCorpusFile("feeds/rss_tinh.xml"), "");
  REQUIRE(feed.ok());
  CHECK(feed.value().items.size() == 2);
  CHECK(feed.value().skipped_items == 3);
}

TEST_CASE("ParseFeed reads an Atom feed", "[crawler][feed_parser]") {
  const Feed feed = MustParse("atom_so.xml", kAtomUrl);
  CHECK(feed.format == FeedFormat::kAtom);
  CHECK(feed.title == "Sở Thông tin và Truyền thông tỉnh Sông Lam");
  REQUIRE(feed.items.size() == 2);
  CHECK(feed.skipped_items == 1);
  CHECK(feed.items[0].url ==
        "https://stttt.songlam.example.gov.vn/tin-tuc/trien-khai-nen-tang-cong-dan-so-1022.htm");
  CHECK(feed.items[0].published == std::optional<std::int64_t>(1710205200));  // published, not updated
  CHECK(feed.items[0].guid == "urn:uuid:8f0c3a52-1c1e-4d5b-9a1e-2f7d0c6b1a01");
  CHECK_THAT(feed.items[0].summary, Catch::Matchers::StartsWith("Nền tảng tích hợp"));
  CHECK(feed.items[1].url ==
        "https://stttt.songlam.example.gov.vn/tin-tuc/tap-huan-ky-nang-so-cho-can-bo-cap-xa-1025.htm");
  CHECK(feed.items[1].published == std::optional<std::int64_t>(1710120600));  // from updated
  CHECK(feed.items[1].summary == "<p>Hơn 300 cán bộ, công chức cấp xã tham gia lớp tập huấn.</p>");
}

TEST_CASE("ParseFeed reports malformed XML with its position", "[crawler][feed_parser]") {
  SECTION("truncated") {
    auto feed = ParseFeed(ReadCorpusFile("feeds/broken_truncated_rss.xml"), kRssUrl);
    REQUIRE_FALSE(feed.ok());
    CHECK(feed.status().code() == Status::Code::kInvalidInput);
    CHECK_THAT(feed.status().message(),
               Catch::Matchers::Contains("feed https://baosonglam.example.vn/rss/chuyen-doi-so.rss"));
    CHECK_THAT(feed.status().message(), Catch::Matchers::Contains("malformed XML at line"));
  }
  SECTION("mismatched end tag, located on its line") {
    auto feed = ParseFeed(ReadCorpusFile("feeds/broken_mismatched.xml"), kRssUrl);
    REQUIRE_FALSE(feed.ok());
    CHECK_THAT(feed.status().message(), Catch::Matchers::Contains("line 6,"));
  }
  SECTION("garbage") {
    auto feed = ParseFeed(ReadCorpusFile("feeds/broken_garbage.xml"), kRssUrl);
    REQUIRE_FALSE(feed.ok());
    CHECK(feed.status().code() == Status::Code::kInvalidInput);
  }
  SECTION("empty") {
    auto feed = ParseFeed("", kRssUrl);
    REQUIRE_FALSE(feed.ok());
    CHECK(feed.status().code() == Status::Code::kInvalidInput);
  }
}

TEST_CASE("ParseFeed rejects a document with the wrong root element", "[crawler][feed_parser]") {
  auto feed = ParseFeed(ReadCorpusFile("feeds/broken_wrong_root.xml"), kRssUrl);
  REQUIRE_FALSE(feed.ok());
  CHECK_THAT(feed.status().message(), Catch::Matchers::Contains("unexpected root element <html>"));
  auto sitemap_as_feed = ParseFeed(ReadCorpusFile("feeds/sitemap_news.xml"), kRssUrl);
  REQUIRE_FALSE(sitemap_as_feed.ok());
  CHECK_THAT(sitemap_as_feed.status().message(), Catch::Matchers::Contains("<urlset>"));
  auto no_channel = ParseFeed("<rss version=\"2.0\"><item/></rss>", kRssUrl);
  REQUIRE_FALSE(no_channel.ok());
  CHECK_THAT(no_channel.status().message(), Catch::Matchers::Contains("no <channel>"));
}

TEST_CASE("ParseFeed never expands DTD entities", "[crawler][feed_parser]") {
  const Feed feed = MustParse("xxe_rss.xml", kRssUrl);
  CHECK(feed.title == "Thử &xxe; và &lol3;");
  REQUIRE(feed.items.size() == 1);
  CHECK(feed.items[0].title == "Bài &lol3;");
}

TEST_CASE("ParseFeed enforces the size limit and validates the feed URL", "[crawler][feed_parser]") {
  const std::string huge =
      "<rss><channel>" + std::string(dxnews::crawler::kMaxFeedBytes, ' ') + "</channel></rss>";
  auto feed = ParseFeed(huge, kRssUrl);
  REQUIRE_FALSE(feed.ok());
  CHECK_THAT(feed.status().message(), Catch::Matchers::Contains("limit"));
  auto bad_url = ParseFeed(ReadCorpusFile("feeds/rss_tinh.xml"), "ftp://baosonglam.example.vn/rss");
  REQUIRE_FALSE(bad_url.ok());
  CHECK(bad_url.status().code() == Status::Code::kInvalidInput);
}

TEST_CASE("ParseFeed reads RSS 1.0 (RDF) items", "[crawler][feed_parser]") {
  auto feed = ParseFeed(
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
      "<channel><title>Cổng thông tin</title></channel>"
      "<item><title>Tin một</title><link>https://congtt.example.vn/tin-1</link></item></rdf:RDF>",
      "");
  REQUIRE(feed.ok());
  CHECK(feed.value().title == "Cổng thông tin");
  REQUIRE(feed.value().items.size() == 1);
  CHECK(feed.value().items[0].url == "https://congtt.example.vn/tin-1");
}
