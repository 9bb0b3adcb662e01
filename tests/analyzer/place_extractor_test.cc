#include "dxnews/analyzer/place_extractor.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "dxnews/analyzer/tokenizer.h"

namespace dxnews::analyzer {
namespace {

const PlaceMatcher& Matcher() {
  static const PlaceMatcher* matcher = [] {
    Result<ProvinceRegistry> registry = ProvinceRegistry::LoadBuiltin();
    REQUIRE(registry.ok());
    return new PlaceMatcher(registry.value());
  }();
  return *matcher;
}

/// The old ids of every match, in text order.
std::vector<std::string> Ids(const std::string& text) {
  std::vector<std::string> out;
  for (const PlaceMatch& m : Matcher().FindAll(text, Tokenize(text))) out.push_back(m.old_id);
  return out;
}

/// The matched text of every match.
std::vector<std::string> Spans(const std::string& text) {
  std::vector<std::string> out;
  for (const PlaceMatch& m : Matcher().FindAll(text, Tokenize(text))) {
    out.push_back(text.substr(m.begin, m.end - m.begin));
  }
  return out;
}

using V = std::vector<std::string>;

TEST_CASE("every written form of Ho Chi Minh City", "[places]") {
  for (const char* form : {"TP.HCM", "TPHCM", "TP HCM", "TP. HCM", "Tp.HCM", "TP Hồ Chí Minh",
                           "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh"}) {
    const std::string text = std::string("Hội thảo diễn ra tại ") + form + " vào sáng nay.";
    INFO(text);
    CHECK(Spans(text) == V{form});
    CHECK(Ids(text) == V{"ho-chi-minh"});
  }
}

TEST_CASE("province prefixes are part of the longest match", "[places]") {
  CHECK(Spans("UBND tỉnh Hậu Giang vừa ban hành kế hoạch.") == V{"tỉnh Hậu Giang"});
  CHECK(Spans("Tỉnh Long An đẩy mạnh chuyển đổi số.") == V{"Tỉnh Long An"});
  CHECK(Spans("Tỉnh Bà Rịa - Vũng Tàu dẫn đầu.") == V{"Tỉnh Bà Rịa - Vũng Tàu"});
  CHECK(Ids("Đoàn công tác của BR-VT đến thăm.") == V{"ba-ria-vung-tau"});
  CHECK(Ids("Thừa Thiên Huế và TT-Huế là một.") == V{"hue", "hue"});
}

TEST_CASE("both tone placements and NFD input match", "[places]") {
  CHECK(Ids("Người dân Hòa Bình và Hoà Bình") == V{"hoa-binh", "hoa-binh"});
  CHECK(Ids("Thanh Hoá, Khánh Hoà") == V{"thanh-hoa", "khanh-hoa"});
  // "Đắk Lắk" with the tones as combining marks after the vowels.
  CHECK(Ids("tỉnh \xC4\x90\x61\xCC\x86\xCC\x81k L\x61\xCC\x86\xCC\x81k") == V{"dak-lak"});
  CHECK(Ids("HỘI NGHỊ TẠI HÀ TĨNH") == V{"ha-tinh"});
}

TEST_CASE("each place reports its name before and after the 2025 merger", "[places]") {
  const std::string text = "Hậu Giang và Long An cùng Hà Nội. Tỉnh Hậu Giang có 100% xã có tổ công nghệ số.";
  const std::vector<PlaceMention> places = Matcher().Extract(text, Tokenize(text));
  REQUIRE(places.size() == 3);
  CHECK(places[0].old_id == "hau-giang");
  CHECK(places[0].name == "Hậu Giang");
  CHECK(places[0].new_id == "can-tho");
  CHECK(places[0].name_after_2025 == "Cần Thơ");
  CHECK(places[0].mentions == 2);
  CHECK(places[0].first_begin == 0);
  CHECK(places[1].name_after_2025 == "Tây Ninh");
  CHECK(places[2].new_id == "ha-noi");
  CHECK(places[2].name_after_2025 == "Hà Nội");
}

TEST_CASE("lower-case words are not places", "[places]") {
  CHECK(Ids("Mọi người đều mong hòa bình và an giang cho gia đình.").empty());
  CHECK(Ids("Nhân dân yêu Hòa Bình.") == V{"hoa-binh"});
}

TEST_CASE("ambiguous forms need a place cue", "[places]") {
  CHECK(Ids("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.").empty());
  CHECK(Ids("Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập.").empty());
  CHECK(Ids("Sài Gòn xưa và nay").empty());
  CHECK(Ids("Chợ đêm ở Sài Gòn đông khách.") == V{"ho-chi-minh"});
  CHECK(Ids("Doanh nghiệp tại Vũng Tàu mở rộng.") == V{"ba-ria-vung-tau"});
  CHECK(Ids("Bãi biển Vũng Tàu").empty());
}

TEST_CASE("names inside person names are not places, organisation names are", "[places]") {
  CHECK(Ids("Ông Nguyễn Văn Hà Nam phát biểu.").empty());
  CHECK(Ids("Bà Trần Thị Thái Bình là giáo viên.").empty());
  CHECK(Ids("Thái Bình Dương rộng lớn.").empty());
  CHECK(Ids("Theo Báo Thanh Hóa, Sở TT&TT Hà Tĩnh đã triển khai.") == V{"thanh-hoa", "ha-tinh"});
  CHECK(Ids("Đại học Đà Nẵng") == V{"da-nang"});
  // A line break ends the name: the title's place is not continued by the next line.
  CHECK(Ids("Chuyển đổi số ở Bắc Giang\nSáng nay, hội nghị khai mạc.") == V{"bac-giang"});
}

TEST_CASE("main province of a provincial story", "[places][main]") {
  const std::string text =
      "Hậu Giang đẩy mạnh dịch vụ công trực tuyến\n"
      "UBND tỉnh Hậu Giang vừa ban hành kế hoạch chuyển đổi số năm 2021.\n"
      "Theo kế hoạch, tỉnh ta phấn đấu 100% hồ sơ được xử lý trực tuyến.\n"
      "Đoàn công tác đã học tập kinh nghiệm của Đà Nẵng.\n";
  const ArticleLayout layout{text.find('\n'), 0};
  CHECK(Matcher().MainProvince(text, Tokenize(text), layout) == "hau-giang");
}

TEST_CASE("a dateline names the main province", "[places][main]") {
  const std::string text =
      "Khởi động tuần lễ số\n"
      "QUẢNG NINH - Sáng 5/10, UBND tỉnh tổ chức lễ phát động.\n"
      "Các đại biểu từ Hà Nội tham dự.\n";
  const ArticleLayout layout{text.find('\n'), 0};
  CHECK(Matcher().MainProvince(text, Tokenize(text), layout) == "quang-ninh");
}

TEST_CASE("national stories have no main province", "[places][main]") {
  const std::string conference =
      "Diễn đàn kinh tế số Việt Nam\n"
      "Sáng 12/11, tại Hà Nội, Bộ TT&TT tổ chức diễn đàn với hơn 500 doanh nghiệp.\n"
      "Các doanh nghiệp chia sẻ kinh nghiệm chuyển đổi số.\n";
  CHECK(Matcher().MainProvince(conference, Tokenize(conference), ArticleLayout{conference.find('\n'), 0}) ==
        "");
  const std::string list =
      "Mạng 5G được thử nghiệm\n"
      "Nhà mạng đã phát sóng 5G tại Hà Nội, TP.HCM, Đà Nẵng, Bắc Ninh và Bình Dương.\n"
      "UBND các tỉnh phối hợp cấp phép.\n";
  CHECK(Matcher().MainProvince(list, Tokenize(list), ArticleLayout{list.find('\n'), 0}) == "");
  CHECK(Matcher().MainProvince("", {}, ArticleLayout{}) == "");
}

}  // namespace
}  // namespace dxnews::analyzer
