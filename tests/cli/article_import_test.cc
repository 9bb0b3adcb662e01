#include "article_import.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "support/temp_dir.h"

namespace dxnews::cli {
namespace {

TEST_CASE("ImportKindOf goes by the file name", "[import]") {
  CHECK(ImportKindOf("a/b.txt") == ImportKind::kPlainText);
  CHECK(ImportKindOf("B.HTML") == ImportKind::kHtml);
  CHECK(ImportKindOf("b.htm") == ImportKind::kHtml);
  CHECK(ImportKindOf("crawl.warc") == ImportKind::kWarc);
  CHECK(ImportKindOf("crawl.warc.gz") == ImportKind::kWarc);
  CHECK(ImportKindOf("archive.tar.xz") == ImportKind::kUnsupported);
  CHECK(ImportKindOf("notes.gz") == ImportKind::kUnsupported);
}

TEST_CASE("CollectImportFiles walks directories sorted and reports bad paths", "[import]") {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.File("d/z"));
  for (const char* name : {"d/b.txt", "d/a.html", "d/z/c.warc", "d/skip.pdf", "top.txt", "image.png"}) {
    std::ofstream(dir.File(name)) << "x";
  }
  std::vector<Status> errors;
  std::vector<std::string> files =
      CollectImportFiles({dir.File("top.txt"), dir.File("d"), dir.File("nope.txt"), dir.File("image.png")}, &errors);
  CHECK(files == std::vector<std::string>{dir.File("top.txt"), dir.File("d/a.html"), dir.File("d/b.txt"),
                                          dir.File("d/z/c.warc")});
  REQUIRE(errors.size() == 2);
  CHECK_THAT(errors[0].message(), Catch::Contains("nope.txt: no such file"));
  CHECK_THAT(errors[1].message(), Catch::Contains("image.png: unsupported file type"));
}

TEST_CASE("ArticleFromPlainText reads the headers, title and body", "[import]") {
  Result<store::StoredArticle> article = ArticleFromPlainText(
      "# url = HTTPS://BaoHaTinh.example.vn/cds.html#binh-luan\n# date = 2024-10-12\n# source = baohatinh\n"
      "# author = Minh Châu\nHà Tĩnh phát động chuyển đổi số\nĐoạn một.\nĐoạn hai.\n",
      "ha-tinh.txt");
  REQUIRE(article.ok());
  CHECK(article.value().url == "https://baohatinh.example.vn/cds.html");
  CHECK(article.value().published == std::optional<std::int64_t>(1728666000));  // 2024-10-12 00:00 +07:00
  CHECK(article.value().source_id == "baohatinh");
  CHECK(article.value().author == "Minh Châu");
  CHECK(article.value().title == "Hà Tĩnh phát động chuyển đổi số");
  CHECK(article.value().text == "Đoạn một.\nĐoạn hai.");
  CHECK(article.value().raw.rfind("# url", 0) == 0);
}

TEST_CASE("ArticleFromPlainText without headers gets a file:// URL, bad headers name the file", "[import]") {
  Result<store::StoredArticle> article = ArticleFromPlainText("Tiêu đề\nNội dung.\n", "sub/../bai.txt");
  REQUIRE(article.ok());
  CHECK(article.value().url == "file://" + std::filesystem::current_path().string() + "/bai.txt");
  CHECK_FALSE(article.value().published.has_value());

  Result<store::StoredArticle> bad_date = ArticleFromPlainText("# date = 2024-02-30\nTiêu đề\n", "x.txt");
  CHECK(bad_date.status().code() == Status::Code::kInvalidInput);
  CHECK_THAT(bad_date.status().message(), Catch::Contains("x.txt") && Catch::Contains("2024-02-30"));
  CHECK_THAT(ArticleFromPlainText("# url = not a url\nTiêu đề\n", "y.txt").status().message(),
             Catch::Contains("y.txt: '# url' header"));
  CHECK(ArticleFromPlainText("\n\n", "empty.txt").status().code() == Status::Code::kInvalidInput);
}

TEST_CASE("ArticleFromHtml extracts the page and prefers the given URL over the canonical one", "[import]") {
  // A byte-order mark: the raw page keeps it, the extracted text does not.
  const std::string page =
      "\xEF\xBB\xBF<html><head><title>Chuyển đổi số ở cấp xã</title>"
      "<link rel=\"canonical\" href=\"https://baomau.example.vn/cds-1.htm\"></head><body><article>"
      "<h1>Chuyển đổi số ở cấp xã</h1><p>Nội dung dài về chuyển đổi số ở cấp xã, có nhiều câu, dấu phẩy, "
      "để được chọn làm thân bài của trang, với các tổ công nghệ số cộng đồng.</p></article></body></html>";
  Result<store::StoredArticle> article = ArticleFromHtml(page, "", "", "p.html");
  REQUIRE(article.ok());
  CHECK(article.value().url == "https://baomau.example.vn/cds-1.htm");
  CHECK(article.value().title == "Chuyển đổi số ở cấp xã");
  CHECK_THAT(article.value().text, Catch::Contains("tổ công nghệ số cộng đồng"));
  CHECK(article.value().raw == page);  // the original bytes, not the decoded text

  Result<store::StoredArticle> from_warc = ArticleFromHtml(page, "https://BAOMAU.example.vn/a?utm_source=x", "", "w");
  REQUIRE(from_warc.ok());
  CHECK(from_warc.value().url == "https://baomau.example.vn/a");

  CHECK_THAT(ArticleFromHtml("<html><body></body></html>", "", "", "blank.html").status().message(),
             Catch::Contains("blank.html: no article found"));
}

}  // namespace
}  // namespace dxnews::cli
