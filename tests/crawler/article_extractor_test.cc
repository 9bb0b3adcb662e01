// Golden tests of ExtractArticle on our own Vietnamese CMS pages (corpus/html/<template>/*.html,
// expected output in corpus/expected/<template>/*.json), plus unit tests of the date, byline and
// title helpers.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "article_dates.h"
#include "article_metadata.h"
#include "byline.h"
#include "corpus_file.h"
#include "dxnews/crawler/article_extractor.h"
#include "feed_date.h"
#include "raw_text_filter.h"

namespace dxnews::crawler {
namespace {

std::optional<std::int64_t> Iso(const nlohmann::json& value) {
  if (value.is_null()) return std::nullopt;
  const auto parsed = ParseRfc3339Date(value.get<std::string>());
  REQUIRE(parsed.has_value());
  return parsed;
}

void CheckGolden(const std::string& page) {
  const nlohmann::json expected = nlohmann::json::parse(testing::ReadCorpusFile("expected/" + page + ".json"));
  ExtractOptions options;
  options.url = expected["input"]["url"].get<std::string>();
  options.fetched_at = Iso(expected["input"]["fetched_at"]);
  Result<ExtractedArticle> result = ExtractArticle(testing::ReadCorpusFile("html/" + page + ".html"), options);
  REQUIRE(result.ok());
  const ExtractedArticle& a = result.value();
  CHECK(a.title == expected["title"].get<std::string>());
  CHECK(a.lead == expected["lead"].get<std::string>());
  CHECK(a.paragraphs == expected["paragraphs"].get<std::vector<std::string>>());
  std::string joined;
  for (const std::string& p : a.paragraphs) joined += (joined.empty() ? "" : "\n") + p;
  CHECK(a.text == joined);
  CHECK(a.published == Iso(expected["published"]));
  CHECK(a.published_source == expected["published_source"].get<std::string>());
  CHECK(a.updated == Iso(expected["updated"]));
  CHECK(a.updated_source == expected["updated_source"].get<std::string>());
  CHECK(a.author == expected["author"].get<std::string>());
  CHECK(a.credit == expected["credit"].get<std::string>());
  CHECK(a.tags == expected["tags"].get<std::vector<std::string>>());
  CHECK(a.canonical_url == expected["canonical_url"].get<std::string>());
  REQUIRE(a.images.size() == expected["images"].size());
  for (size_t i = 0; i < a.images.size(); ++i) {
    CHECK(a.images[i].url == expected["images"][i]["url"].get<std::string>());
    CHECK(a.images[i].caption == expected["images"][i]["caption"].get<std::string>());
  }
}

bool TextContains(const ExtractedArticle& a, const std::string& needle) {
  return a.text.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("golden: NukeViet-like portal (hometext, visible date, bare-name byline)", "[extract]") {
  CheckGolden("nukeviet/ky-anh-dich-vu-cong");
}

TEST_CASE("golden: Family A /{cat}/{YYYYMM}/{slug}-{id}/ (sapo, Tin, ảnh: byline, comments)", "[extract]") {
  CheckGolden("family-a/nong-san-len-san-so");
}

TEST_CASE("golden: national portal (JSON-LD dates, related box, comments, Theo credit)", "[extract]") {
  CheckGolden("portal/du-lieu-so-quoc-gia");
}

TEST_CASE("golden: mobile layout (relative time, Nguồn credit, meta description lead)", "[extract]") {
  CheckGolden("mobile/hop-tac-xa-chuyen-doi-so");
}

TEST_CASE("boilerplate never reaches the body text", "[extract]") {
  Result<ExtractedArticle> a = ExtractArticle(testing::ReadCorpusFile("html/portal/du-lieu-so-quoc-gia.html"), {});
  REQUIRE(a.ok());
  CHECK_FALSE(TextContains(a.value(), "Bình luận"));
  CHECK_FALSE(TextContains(a.value(), "Thủ tục nhanh hơn nhiều"));      // a comment
  CHECK_FALSE(TextContains(a.value(), "Hà Nội hoàn thành số hóa"));     // related news
  CHECK_FALSE(TextContains(a.value(), "Lịch nghỉ Tết"));                 // sidebar
  CHECK_FALSE(TextContains(a.value(), "Giấy phép số"));                  // footer
  CHECK_FALSE(TextContains(a.value(), "Theo TTXVN"));                    // moved to credit
  CHECK(TextContains(a.value(), "Thiếu tướng Nguyễn Ngọc Cương"));
}

TEST_CASE("hints: content and remove name the containers", "[extract]") {
  const std::string html =
      "<html><body><div class=\"o-khung\"><p>Tin ngắn của trang: hội nghị diễn ra trong buổi sáng.</p></div>"
      "<div class=\"o-khac\"><p>Đoạn dài hơn, có nhiều dấu phẩy, nhiều chữ, nhiều ý, để bộ chấm điểm chọn nhầm nếu không "
      "có gợi ý, vì đoạn này dài, rất dài, dài hơn hẳn đoạn kia.</p></div></body></html>";
  Result<ExtractedArticle> plain = ExtractArticle(html, {});
  REQUIRE(plain.ok());
  CHECK(plain.value().paragraphs.size() == 1);
  CHECK(TextContains(plain.value(), "Đoạn dài hơn"));
  ExtractOptions options;
  options.hints["content"] = "o-khung";
  Result<ExtractedArticle> hinted = ExtractArticle(html, options);
  REQUIRE(hinted.ok());
  CHECK(hinted.value().text == "Tin ngắn của trang: hội nghị diễn ra trong buổi sáng.");
  options.hints = {{"remove", "desc_image tplcaption"}};
  Result<ExtractedArticle> removed =
      ExtractArticle(testing::ReadCorpusFile("html/family-a/nong-san-len-san-so.html"), options);
  REQUIRE(removed.ok());
  CHECK(removed.value().images.empty());
  CHECK(TextContains(removed.value(), "Sáng 15/10, Sở Công Thương"));
}

TEST_CASE("URL date and title without site name when the page has no date", "[extract]") {
  const std::string html =
      "<html><head><title>Hà Tĩnh ra mắt nền tảng bản đồ số | Báo Hà Tĩnh</title>"
      "<meta property=\"og:site_name\" content=\"Báo Hà Tĩnh\"></head><body><div class=\"content\">"
      "<p>Nền tảng bản đồ số tích hợp dữ liệu quy hoạch, giao thông và du lịch của toàn tỉnh, phục vụ người dân tra cứu.</p>"
      "<p>Người dùng có thể tra cứu thông tin thửa đất, tuyến xe buýt, điểm du lịch ngay trên điện thoại, miễn phí.</p>"
      "</div></body></html>";
  ExtractOptions options;
  options.url = "https://baohatinh.vn/2024/10/12/ha-tinh-ra-mat-nen-tang-ban-do-so.html";
  Result<ExtractedArticle> a = ExtractArticle(html, options);
  REQUIRE(a.ok());
  CHECK(a.value().title == "Hà Tĩnh ra mắt nền tảng bản đồ số");
  CHECK(a.value().published == ParseRfc3339Date("2024-10-12T00:00:00+07:00"));
  CHECK(a.value().published_source == "url");
  CHECK(a.value().paragraphs.size() == 2);
}

TEST_CASE("oversized or hopelessly nested HTML is rejected", "[extract]") {
  CHECK(ExtractArticle(std::string(5 * 1024 * 1024, 'a'), {}).status().code() == Status::Code::kInvalidInput);
  std::string nested;
  for (int i = 0; i < 2000; ++i) nested += "<div>";
  CHECK(ExtractArticle(nested, {}).status().code() == Status::Code::kInvalidInput);
  Result<ExtractedArticle> empty = ExtractArticle("", {});
  REQUIRE(empty.ok());
  CHECK(empty.value().paragraphs.empty());
}

TEST_CASE("visible Vietnamese dates", "[extract][dates]") {
  CHECK(ParseVisibleDate("Thứ Hai, 12/10/2024 - 09:15") == ParseRfc3339Date("2024-10-12T09:15:00+07:00"));
  CHECK(ParseVisibleDate("09h15 ngày 3-6-2020") == ParseRfc3339Date("2020-06-03T09:15:00+07:00"));
  CHECK(ParseVisibleDate("Cập nhật: 1.2.2025") == ParseRfc3339Date("2025-02-01T00:00:00+07:00"));
  CHECK_FALSE(ParseVisibleDate("Chiều 5/11 tại hội trường"));  // no year
  CHECK_FALSE(ParseVisibleDate("32/13/2024"));
}

TEST_CASE("date lines are told from sentences", "[extract][dates]") {
  CHECK(IsDateLine("Thứ Ba, 21/10/2025 - 14:05 1.204 lượt xem"));
  CHECK(IsDateLine("09:15 12/10/2024"));
  CHECK(IsDateLine("Cập nhật lúc 07:30 16/10/2024"));
  CHECK(IsDateLine("Đăng 3 giờ trước"));
  CHECK_FALSE(IsDateLine("Hội nghị diễn ra ngày 12/10/2024."));
  CHECK_FALSE(IsDateLine("Thứ trưởng phát biểu tại hội nghị."));
}

TEST_CASE("URL path dates", "[extract][dates]") {
  CHECK(ParseUrlDate("https://a.vn/2024/10/12/tin.html") == ParseRfc3339Date("2024-10-12T00:00:00+07:00"));
  CHECK(ParseUrlDate("https://a.vn/kinh-te/202410/tin-7f3a/") == ParseRfc3339Date("2024-10-01T00:00:00+07:00"));
  CHECK(ParseUrlDate("https://a.vn/tin-20241012.html") == ParseRfc3339Date("2024-10-12T00:00:00+07:00"));
  CHECK_FALSE(ParseUrlDate("https://a.vn/tin-tuc/bai-viet-123456.html"));
  CHECK_FALSE(ParseUrlDate("https://a.vn/tin?d=2024/10/12/"));
}

TEST_CASE("relative times count back from the fetch time", "[extract][dates]") {
  const std::int64_t now = 1'700'000'000;
  CHECK(ParseRelativeTime("3 giờ trước", now) == now - 3 * 3600);
  CHECK(ParseRelativeTime("Đăng 15 phút trước", now) == now - 900);
  CHECK(ParseRelativeTime("2 ngày trước", now) == now - 2 * 86400);
  CHECK(ParseRelativeTime("hôm qua", now) == now - 86400);
  CHECK_FALSE(ParseRelativeTime("3 giờ sáng", now));
}

TEST_CASE("bylines, credits and dateline tags", "[extract][byline]") {
  CHECK(ParseBylineLine("Tin, ảnh: Minh Châu") == "Minh Châu");
  CHECK(ParseBylineLine("Tin: Hà Linh, Ảnh: Kim Anh") == "Hà Linh");
  CHECK(ParseBylineLine("Bài và ảnh: Phạm Hùng.") == "Phạm Hùng");
  CHECK(ParseBylineLine("Tin tức trong ngày rất nhiều: mưa lớn") == "");
  CHECK(ParseCreditLine("Theo TTXVN") == "TTXVN");
  CHECK(ParseCreditLine("(Theo sggp.org.vn)") == "sggp.org.vn");
  CHECK(ParseCreditLine("Nguồn: Báo Nhân Dân") == "Báo Nhân Dân");
  CHECK(ParseCreditLine("Nguồn Đồng Nai: https://baodongnai.com.vn/kinh-te/202410/a-123/") == "Đồng Nai");
  CHECK(ParseCreditLine("Nguồn Hà Tĩnh : https://baohatinh.vn/a.html") == "Hà Tĩnh");
  CHECK(ParseCreditLine("Theo báo cáo của UBND tỉnh, năm nay tỉnh đạt 95%. Đây là kết quả tốt.") == "");
  CHECK(ParseCreditLine("Theo ông Hùng, dự án sẽ xong.") == "");
  CHECK(IsBareName("Phương An"));
  CHECK(IsBareName("L.Thọ"));
  CHECK(IsBareName("NVĐ"));
  CHECK_FALSE(IsBareName("người dân rất vui"));
  CHECK_FALSE(IsBareName("Hội nghị kết thúc lúc 17:00."));
  CHECK(StripDatelineTag("(Baonghean.vn) - Sáng nay, tỉnh khai trương") == "Sáng nay, tỉnh khai trương");
  CHECK(StripDatelineTag("ĐNO - Chiều 5/11, thành phố") == "Chiều 5/11, thành phố");
  CHECK(StripDatelineTag("Hà Nội - Sài Gòn nối chuyến") == "Hà Nội - Sài Gòn nối chuyến");
}

TEST_CASE("site names come off titles", "[extract][title]") {
  CHECK(StripSiteName("Hà Tĩnh - điểm sáng chuyển đổi số - Báo Hà Tĩnh", "Báo Hà Tĩnh", "baohatinh.vn") ==
        "Hà Tĩnh - điểm sáng chuyển đổi số");
  CHECK(StripSiteName("Tin mới | baoquangtri.vn", "", "www.baoquangtri.vn") == "Tin mới");
  CHECK(StripSiteName("Người dân hài lòng với dịch vụ công – VGP News", "", "") == "Người dân hài lòng với dịch vụ công");
  // A year range is part of the title, the site name after it is not.
  CHECK(StripSiteName("Kế hoạch chuyển đổi số giai đoạn 2026 - 2030", "", "") ==
        "Kế hoạch chuyển đổi số giai đoạn 2026 - 2030");
  CHECK(StripSiteName("Kế hoạch chuyển đổi số giai đoạn 2026 - 2030 - Báo Nghệ An", "Báo Nghệ An", "baonghean.vn") ==
        "Kế hoạch chuyển đổi số giai đoạn 2026 - 2030");
  CHECK(JsonLdField(R"({"author": {"@type": "Person", "name": "Lê Hà"}, "headline": "A \"B\" \u00e0"})", "author") ==
        "Lê Hà");
  CHECK(JsonLdField(R"({"headline": "A \"B\" \u00e0"})", "headline") == "A \"B\" à");
}

}  // namespace dxnews::crawler

namespace dxnews::crawler {

TEST_CASE("script and style bodies and comments are dropped before parsing, JSON-LD is kept", "[extract]") {
  CHECK(DropUnreadRawText("<p>a</p><script>if (a<b) x='</p>';</script><p>b</p>") == "<p>a</p><script></script><p>b</p>");
  CHECK(DropUnreadRawText("<STYLE type=x>p{}</StYlE><!-- <p>c</p> --><p>d") == "<STYLE type=x></StYlE><p>d");
  const std::string ld = "<script type=\"application/ld+json\">{\"datePublished\":\"2024\"}</script>";
  CHECK(DropUnreadRawText(ld) == ld);
  CHECK(DropUnreadRawText("<scripts>x</scripts><script>unterminated") == "<scripts>x</scripts><script>unterminated");
  CHECK(DropUnreadRawText("<p>a<!-- open") == "<p>a<!-- open");
  CHECK(DropUnreadRawText("<svg viewBox=\"0 0 1 1\"><path d=\"M0\"/></svg><p>e</p>") ==
        "<svg viewBox=\"0 0 1 1\"></svg><p>e</p>");
  CHECK(DropUnreadRawText("<svg/><p>f</p>") == "<svg/><p>f</p>");
}

}  // namespace dxnews::crawler
