#include "dxnews/analyzer/event_extractor.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/tokenizer.h"

// Every article and sentence here is invented for these tests; the names are not real people.
namespace dxnews::analyzer {
namespace {

const CivilDate kPublished{2024, 10, 14};

std::vector<EventMention> Run(std::string_view text) {
  static const Result<ProvinceRegistry> registry = ProvinceRegistry::LoadBuiltin();
  REQUIRE(registry.ok());
  static const PlaceMatcher places(registry.value());
  static const Result<OfficialExtractor> officials = OfficialExtractor::LoadBuiltin();
  REQUIRE(officials.ok());
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<Sentence> sentences = SplitSentences(text, tokens);
  return ExtractEvents(text, tokens, sentences, ExtractDates(text, tokens, kPublished),
                       places.FindAll(text, tokens), officials.value().Extract(text, tokens, sentences).officials);
}

std::string Iso(const std::optional<CivilDate>& d) { return d ? ToIso(*d) : "none"; }

TEST_CASE("Events: a named conference with the opener's day, place and participants",
          "[analyzer][event_extractor]") {
  const auto events = Run(
      "Sáng 12/10, UBND tỉnh Hà Tĩnh tổ chức Hội nghị sơ kết 6 tháng công tác chuyển đổi số tại "
      "TP Hà Tĩnh. Dự hội nghị có đồng chí Trần Văn Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.\n"
      "Tại hội nghị, Phó Chủ tịch UBND tỉnh Lê Thị Mai đánh giá kết quả triển khai Đề án 06.\n");
  REQUIRE(events.size() == 1);
  const EventMention& e = events[0];
  CHECK(e.type == "conference");
  CHECK(e.name == "Hội nghị sơ kết 6 tháng công tác chuyển đổi số");
  CHECK(Iso(e.date) == "2024-10-12");
  CHECK(e.place_id == "ha-tinh");
  CHECK(e.participants == std::vector<std::string>{"Trần Văn Hải", "Lê Thị Mai"});
}

TEST_CASE("Events: verb triggers need a day, deadlines and document dates are not event days",
          "[analyzer][event_extractor]") {
  auto events = Run("Tỉnh sẽ khai trương Trung tâm điều hành thông minh trong thời gian tới.");
  CHECK(events.empty());
  events = Run("Ngày 5/9, Sở TT&TT và VNPT Quảng Bình ký kết thỏa thuận hợp tác chuyển đổi số.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "signing");
  CHECK(Iso(events[0].date) == "2024-09-05");
  CHECK(events[0].place_id == "quang-binh");
  events = Run("Các xã phải hoàn thành tập huấn cho Tổ công nghệ số cộng đồng trước ngày 15/11.");
  CHECK(events.empty());
  events = Run("Hội nghị triển khai Quyết định 749/QĐ-TTg ngày 3/6/2020 của Thủ tướng.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "conference");
  CHECK_FALSE(events[0].date.has_value());
}

TEST_CASE("Events: the recurring DX Day is an event without a day unless one is given",
          "[analyzer][event_extractor]") {
  auto events = Run("Ngày 10/10 hằng năm được chọn là Ngày Chuyển đổi số quốc gia.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "dx-day");
  CHECK_FALSE(events[0].date.has_value());
  events = Run("Tối 10/10, tỉnh Lào Cai tổ chức chương trình hưởng ứng Ngày Chuyển đổi số quốc gia "
               "năm 2024 tại quảng trường trung tâm.");
  REQUIRE_FALSE(events.empty());
  CHECK(events[0].type == "dx-day");
  CHECK(Iso(events[0].date) == "2024-10-10");
  CHECK(events[0].place_id == "lao-cai");
}

TEST_CASE("Events: repeated mentions merge, different days stay apart, quoted names",
          "[analyzer][event_extractor]") {
  const auto events = Run(
      "Chiều 8/10, tại Đà Nẵng diễn ra Tọa đàm \"Dữ liệu số cho chính quyền địa phương\".\n"
      "Tọa đàm thu hút hơn 200 đại biểu. Ngày 9/10, hội thảo về an toàn thông tin được tổ chức.\n"
      "Buổi tọa đàm ngày 8/10 kết thúc với nhiều kiến nghị.\n");
  REQUIRE(events.size() == 2);
  CHECK(events[0].type == "workshop");
  CHECK(events[0].name == "Tọa đàm \"Dữ liệu số cho chính quyền địa phương\"");
  CHECK(Iso(events[0].date) == "2024-10-08");
  CHECK(events[0].place_id == "da-nang");
  CHECK(events[1].type == "workshop");
  CHECK(Iso(events[1].date) == "2024-10-09");
  CHECK(events[1].name.empty());
}

TEST_CASE("Events: a name given once and a day given later are one event", "[analyzer][event_extractor]") {
  const auto events = Run(
      "Diễn đàn Kinh tế số vùng Tây Nguyên thu hút nhiều doanh nghiệp công nghệ.\n"
      "Ngày 9/4, diễn đàn bàn về thương mại điện tử. Diễn đàn Kinh tế số vùng Tây Nguyên năm 2024 "
      "dự kiến khép lại với 12 thỏa thuận.\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "forum");
  CHECK(events[0].name == "Diễn đàn Kinh tế số vùng Tây Nguyên");
  CHECK(Iso(events[0].date) == "2024-04-09");
}

TEST_CASE("Events: a multi-day range gives the first and the last day", "[analyzer][event_extractor]") {
  const auto events = Run("Triển lãm sản phẩm số diễn ra từ ngày 5 đến 7/10/2024 tại Hà Nội.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "exhibition");
  CHECK(events[0].name == "Triển lãm sản phẩm số");
  CHECK(Iso(events[0].date) == "2024-10-05");
  CHECK(Iso(events[0].end_date) == "2024-10-07");
  const auto week = Run("Ngày 7/10, tỉnh khai mạc Tuần lễ số. Kéo dài đến hết ngày 11/10, chương trình gồm "
                        "nhiều hội thảo chuyên đề.");
  REQUIRE(week.size() == 1);
  CHECK(week[0].type == "exhibition");
  CHECK(Iso(week[0].date) == "2024-10-07");
  CHECK(Iso(week[0].end_date) == "2024-10-11");
}

TEST_CASE("Events: application windows and approval dates are not event days", "[analyzer][event_extractor]") {
  auto events = Run("Từ 19/4/2024 - 31/5/2024: tổ chức phỏng vấn thí sinh xét tuyển theo hồ sơ năng lực.");
  CHECK(events.empty());
  events = Run("Từ khi Thủ tướng phê duyệt Chương trình Chuyển đổi số quốc gia vào ngày 3/6/2020, nhiều "
               "hoạt động đã được tổ chức.");
  CHECK(events.empty());
  events = Run("Phát biểu tại buổi đánh giá kết quả vận hành Trung tâm IOC ngày 24/9, Thứ trưởng Bộ TT&TT "
               "Phan Văn Toàn khen ngợi tỉnh.");
  REQUIRE(events.size() == 1);
  CHECK(Iso(events[0].date) == "2024-09-24");
  CHECK(events[0].participants == std::vector<std::string>{"Phan Văn Toàn"});
}

TEST_CASE("Events: festivals are not ceremonies, names end before the verb", "[analyzer][event_extractor]") {
  auto events = Run("Lễ hội Cà phê Buôn Ma Thuột lần thứ 8 cũng là dịp quảng bá sản phẩm số của tỉnh Đắk Lắk.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "festival");
  CHECK(events[0].name == "Lễ hội Cà phê Buôn Ma Thuột lần thứ 8");
  CHECK(events[0].place_id == "dak-lak");
  events = Run("Lễ Tình nhân năm nay nhiều cửa hàng bán hoa qua mạng.");
  CHECK(events.empty());
}

TEST_CASE("Events: a malformed lexicon is an error", "[analyzer][event_extractor]") {
  CHECK(EventExtractor::LoadBuiltin().ok());
  auto bad = EventExtractor::LoadFromString("[[event]]\nnames = [\"Hội nghị\"]\n", "x.toml");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("x.toml:1") != std::string::npos);
  CHECK_FALSE(EventExtractor::LoadFromString("[[event]]\ntype = \"a\"\nnames = [\"\"]\n", "y").ok());
}

}  // namespace
}  // namespace dxnews::analyzer
