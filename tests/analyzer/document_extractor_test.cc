#include "dxnews/analyzer/document_extractor.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/tokenizer.h"

namespace dxnews::analyzer {
namespace {

std::vector<DocumentMention> Docs(std::string_view text) { return ExtractDocuments(text, Tokenize(text)); }

TEST_CASE("ExtractDocuments reads state symbols with type and issuer", "[analyzer][document_extractor]") {
  const std::vector<DocumentMention> d = Docs(
      "Theo Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ, tỉnh ban hành Kế "
      "hoạch 1203/KH-UBND.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].number == "505/QĐ-TTg");
  CHECK(d[0].type == "Quyết định");
  CHECK(d[0].type_code == "QĐ");
  CHECK(d[0].issuer == "Thủ tướng Chính phủ");
  REQUIRE(d[0].date.has_value());
  CHECK(ToIso(*d[0].date) == "2022-04-22");
  CHECK_FALSE(d[0].shorthand);
  CHECK(d[1].number == "1203/KH-UBND");
  CHECK(d[1].type == "Kế hoạch");
  CHECK(d[1].issuer == "Ủy ban nhân dân");
  CHECK_FALSE(d[1].date.has_value());
}

TEST_CASE("ExtractDocuments reads years, party symbols, laws and official letters",
          "[analyzer][document_extractor]") {
  const std::vector<DocumentMention> d = Docs(
      "Nghị định 30/2020/NĐ-CP, Nghị quyết 57-NQ/TW, Nghị quyết 09-NQ/TU, Luật Giao dịch điện tử "
      "số 20/2023/QH15 và Công văn 793/BTTTT-THH ngày 5 tháng 3 năm 2022.");
  REQUIRE(d.size() == 5);
  CHECK((d[0].type == "Nghị định" && d[0].issuer == "Chính phủ"));
  CHECK((d[1].number == "57-NQ/TW" && d[1].type_code == "NQ" && d[1].issuer == "Trung ương"));
  CHECK((d[2].type == "Nghị quyết" && d[2].issuer == "Tỉnh ủy"));
  CHECK(d[3].number == "20/2023/QH15");
  CHECK(d[3].type == "Luật");
  CHECK(d[3].type_code.empty());
  CHECK(d[3].issuer == "Quốc hội khóa XV");
  CHECK(d[4].type == "Công văn");
  CHECK(d[4].type_code.empty());
  CHECK(d[4].issuer == "Bộ Thông tin và Truyền thông");
  REQUIRE(d[4].date.has_value());
  CHECK(ToIso(*d[4].date) == "2022-03-05");
}

TEST_CASE("ExtractDocuments reads shorthand and partial references", "[analyzer][document_extractor]") {
  const std::vector<DocumentMention> d = Docs(
      "Thực hiện Nghị quyết 57 của Bộ Chính trị và Đề án 06, tỉnh áp dụng Nghị định 47/2020, "
      "Thông tư 01 và Luật số 20.");
  REQUIRE(d.size() == 5);
  CHECK(d[0].number == "Nghị quyết 57");
  CHECK(d[0].shorthand);
  CHECK(d[0].type_code == "NQ");
  CHECK(d[0].issuer == "Bộ Chính trị");
  CHECK((d[1].number == "Đề án 06" && d[1].type == "Đề án"));
  CHECK(d[2].number == "Nghị định 47/2020");
  CHECK(d[3].number == "Thông tư 01");
  CHECK((d[4].number == "Luật số 20" && d[4].type == "Luật"));
}

TEST_CASE("ExtractDocuments merges repeated mentions", "[analyzer][document_extractor]") {
  const std::vector<DocumentMention> d = Docs(
      "Quyết định 749/QĐ-TTg mở đầu chương trình. Theo Quyết định 749, năm 2020 là năm khởi động; "
      "749/QĐ-TTg đặt mục tiêu đến 2025. Đề án 06 và Đề án số 6 được nhắc lại.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].number == "749/QĐ-TTg");
  CHECK(d[0].mentions == 3);
  CHECK(d[0].begin == std::string_view("Quyết định ").size());
  CHECK(d[1].number == "Đề án 06");
  CHECK(d[1].mentions == 2);
}

TEST_CASE("ExtractDocuments tolerates symbol spelling variants", "[analyzer][document_extractor]") {
  const std::vector<DocumentMention> d =
      Docs("Văn bản 215/QĐ-TTG, Công văn 47/CV-UBND và Nghị định 12/2019/Đ-CP.");
  REQUIRE(d.size() == 3);
  CHECK(d[0].issuer == "Thủ tướng Chính phủ");
  CHECK((d[1].type == "Công văn" && d[1].type_code == "CV" && d[1].issuer == "Ủy ban nhân dân"));
  CHECK((d[2].type == "Nghị định" && d[2].issuer == "Chính phủ"));
}

TEST_CASE("ExtractDocuments merges a shorthand with the full number it abbreviates",
          "[analyzer][document_extractor]") {
  const std::vector<DocumentMention> d =
      Docs("Nghị định 81/2022/NĐ-CP có hiệu lực. Nghị định số 81/2022 thay thế Nghị định 81/2018.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].number == "81/2022/NĐ-CP");
  CHECK(d[0].mentions == 2);
  CHECK(d[1].number == "Nghị định 81/2018");
  CHECK(d[1].shorthand);
}

TEST_CASE("ExtractDocuments needs \"số\" before the number of a generic type",
          "[analyzer][document_extractor]") {
  CHECK(Docs("Chương trình 9+ thu hút học sinh. Kế hoạch 22 chưa rõ.").empty());
  const std::vector<DocumentMention> d = Docs("Thực hiện Kế hoạch số 22 của UBND tỉnh.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].number == "Kế hoạch số 22");
  CHECK(d[0].issuer == "Ủy ban nhân dân tỉnh");
}

TEST_CASE("ExtractDocuments ignores numbers that are not documents", "[analyzer][document_extractor]") {
  CHECK(Docs("Kế hoạch 5 năm của tỉnh đặt mục tiêu 80% hồ sơ trực tuyến.").empty());
  CHECK(Docs("quyết định 3 lần trong năm; chương trình 2 ngày").empty());
  CHECK(Docs("Tỉnh có 1/3 số xã đạt chuẩn ngày 5/9/2024.").empty());
}

}  // namespace
}  // namespace dxnews::analyzer
