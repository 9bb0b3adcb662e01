#include "dxnews/crawler/sitemap_parser.h"

#include <catch2/catch.hpp>
#include <string>

#include "crawler/corpus_file.h"

namespace {

using dxnews::Status;
using dxnews::crawler::ParseSitemap;
using dxnews::crawler::Sitemap;
using dxnews::crawler::SitemapKind;
using dxnews::testing::ReadCorpusFile;

constexpr char kIndexUrl[] = "https://baosonglam.example.vn/sitemap.xml";

Sitemap MustParse(const std::string& file) {
  auto sitemap = ParseSitemap(ReadCorpusFile("feeds/" + file), kIndexUrl);
  INFO(sitemap.status().ToString());
  REQUIRE(sitemap.ok());
  return sitemap.value();
}

}  // namespace

TEST_CASE("ParseSitemap reads a sitemap index", "[crawler][sitemap_parser]") {
  const Sitemap index = MustParse("sitemap_index.xml");
  CHECK(index.kind == SitemapKind::kIndex);
  REQUIRE(index.entries.size() == 3);
  CHECK(index.skipped_entries == 1);
  CHECK(index.entries[0].url == "https://baosonglam.example.vn/sitemaps/news.xml");
  CHECK(index.entries[0].last_modified == std::optional<std::int64_t>(1710213300));
  CHECK(index.entries[1].last_modified == std::optional<std::int64_t>(1710201600));
  CHECK(index.entries[2].url == "https://baosonglam.example.vn/sitemaps/2024-02.xml");
  CHECK_FALSE(index.entries[2].last_modified.has_value());
}

TEST_CASE("ParseSitemap reads the Google News extension and ignores images", "[crawler][sitemap_parser]") {
  const Sitemap sitemap = MustParse("sitemap_news.xml");
  CHECK(sitemap.kind == SitemapKind::kUrlSet);
  REQUIRE(sitemap.entries.size() == 3);
  CHECK(sitemap.skipped_entries == 1);  // the ftp:// loc
  const auto& first = sitemap.entries[0];
  CHECK(first.url ==
        "https://baosonglam.example.vn/chuyen-doi-so/"
        "song-lam-100-ho-so-thu-tuc-hanh-chinh-duoc-so-hoa-post271234.html");
  CHECK(first.last_modified == std::optional<std::int64_t>(1710208800));
  CHECK(first.news_published == std::optional<std::int64_t>(1710207000));
  CHECK(first.news_title == "Sông Lam: 100% hồ sơ thủ tục hành chính được số hoá trong năm 2024");
  CHECK(sitemap.entries[1].news_title == "Xã Thượng Sơn đưa sản phẩm OCOP lên sàn thương mại điện tử");
  CHECK(sitemap.entries[1].news_published == std::optional<std::int64_t>(1710201600));
  CHECK_FALSE(sitemap.entries[1].last_modified.has_value());
  CHECK(sitemap.entries[2].url == "https://baosonglam.example.vn/gioi-thieu");
  CHECK_FALSE(sitemap.entries[2].last_modified.has_value());
  CHECK(sitemap.entries[2].news_title.empty());
}

TEST_CASE("ParseSitemap rejects feeds, HTML, truncated and garbage input", "[crawler][sitemap_parser]") {
  auto rss = ParseSitemap(ReadCorpusFile("feeds/rss_tinh.xml"), kIndexUrl);
  REQUIRE_FALSE(rss.ok());
  CHECK(rss.status().code() == Status::Code::kInvalidInput);
  CHECK_THAT(rss.status().message(), Catch::Matchers::Contains("unexpected root element <rss>"));
  CHECK_THAT(rss.status().message(),
             Catch::Matchers::Contains("sitemap https://baosonglam.example.vn/sitemap.xml"));

  std::string truncated = ReadCorpusFile("feeds/sitemap_news.xml");
  truncated.resize(truncated.size() / 2);
  auto cut = ParseSitemap(truncated, kIndexUrl);
  REQUIRE_FALSE(cut.ok());
  CHECK_THAT(cut.status().message(), Catch::Matchers::Contains("malformed XML at line"));

  CHECK_FALSE(ParseSitemap(ReadCorpusFile("feeds/broken_garbage.xml"), kIndexUrl).ok());
  CHECK_FALSE(ParseSitemap(ReadCorpusFile("feeds/broken_wrong_root.xml"), kIndexUrl).ok());
  CHECK_FALSE(ParseSitemap("<urlset/>", "khong-phai-url").ok());
}

TEST_CASE("ParseSitemap caps the number of entries", "[crawler][sitemap_parser]") {
  std::string xml = "<urlset>";
  const std::size_t count = dxnews::crawler::kMaxSitemapEntries + 3;
  for (std::size_t i = 0; i < count; ++i)
    xml += "<url><loc>https://a.vn/" + std::to_string(i) + "</loc></url>";
  xml += "</urlset>";
  auto sitemap = ParseSitemap(xml, "");
  REQUIRE(sitemap.ok());
  CHECK(sitemap.value().entries.size() == dxnews::crawler::kMaxSitemapEntries);
  CHECK(sitemap.value().skipped_entries == 3);
  CHECK(sitemap.value().entries.back().url == "https://a.vn/49999");
}
