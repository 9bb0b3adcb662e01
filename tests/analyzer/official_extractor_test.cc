#include "dxnews/analyzer/official_extractor.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/normalizer.h"
#include "dxnews/analyzer/sentence_splitter.h"
#include "dxnews/analyzer/tokenizer.h"

// Every article and sentence here is invented for these tests; the names are not real people.
namespace dxnews::analyzer {
namespace {

OfficialsResult Run(std::string_view text) {
  static const Result<OfficialExtractor> extractor = OfficialExtractor::LoadBuiltin();
  REQUIRE(extractor.ok());
  const std::vector<Token> tokens = Tokenize(text);
  return extractor.value().Extract(text, tokens, SplitSentences(text, tokens));
}

const PersonMention* Find(const std::vector<PersonMention>& people, std::string_view name) {
  for (const PersonMention& p : people) {
    if (SameText(p.name, name)) return &p;
  }
  return nullptr;
}

bool HasTitle(const PersonMention& p, std::string_view title) {
  for (const std::string& t : p.titles) {
    if (t == title) return true;
  }
  return false;
}

TEST_CASE("Officials: 'đồng chí <Name>, <Title>, <Title>, ...' comma chains",
          "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Phát biểu chỉ đạo tại hội nghị, đồng chí Trần Văn Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND "
          "tỉnh, Trưởng Ban Chỉ đạo về CĐS tỉnh nhấn mạnh: chuyển đổi số là nhiệm vụ trọng tâm.");
  REQUIRE(r.officials.size() == 1);
  const PersonMention& p = r.officials[0];
  CHECK(p.name == "Trần Văn Hải");
  CHECK(p.titles == std::vector<std::string>{"Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh",
                                             "Trưởng Ban Chỉ đạo về CĐS tỉnh"});
  CHECK(p.organization == "Tỉnh ủy");
  CHECK(p.mentions == 1);
  CHECK_FALSE(p.executive);
  CHECK(r.executives.empty());
}

TEST_CASE("Officials: lower-case words that end an organisation's name, not a verb after it",
          "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Sáng 12/10, ông Nguyễn Văn Hùng, Cục trưởng Cục Chuyển đổi số quốc gia, Bộ Khoa học và "
          "Công nghệ phát biểu khai mạc. Phó Cục trưởng Cục An toàn thông tin Trần Thị Mai trình bày "
          "tham luận. Giám đốc Sở Y tế Lê Văn Nam thông tin thêm về hồ sơ sức khỏe điện tử. Giám "
          "đốc Trung tâm Phục vụ hành chính công tỉnh Nghệ An Phạm Văn Hòa phát biểu.");
  const PersonMention* hung = Find(r.officials, "Nguyễn Văn Hùng");
  REQUIRE(hung != nullptr);
  CHECK(HasTitle(*hung, "Cục trưởng Cục Chuyển đổi số quốc gia"));
  const PersonMention* mai = Find(r.officials, "Trần Thị Mai");
  REQUIRE(mai != nullptr);
  CHECK(HasTitle(*mai, "Phó Cục trưởng Cục An toàn thông tin"));
  const PersonMention* nam = Find(r.officials, "Lê Văn Nam");
  REQUIRE(nam != nullptr);
  CHECK(nam->titles == std::vector<std::string>{"Giám đốc Sở Y tế"});
  const PersonMention* hoa = Find(r.officials, "Phạm Văn Hòa");
  REQUIRE(hoa != nullptr);
  CHECK(HasTitle(*hoa, "Giám đốc Trung tâm Phục vụ hành chính công tỉnh Nghệ An"));
}

TEST_CASE("Officials: '<Title> <Name>' where the title ends in a province",
          "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Chủ tịch UBND tỉnh Hà Tĩnh Lê Minh Tuấn cho biết tỉnh đã số hóa hồ sơ. Thứ trưởng Bộ "
          "TT&TT Phan Tâm và Phó Thủ tướng Chính phủ Ngô Đức Khiêm cùng dự.");
  REQUIRE(r.officials.size() == 3);
  CHECK(r.officials[0].name == "Lê Minh Tuấn");
  CHECK(r.officials[0].titles == std::vector<std::string>{"Chủ tịch UBND tỉnh Hà Tĩnh"});
  CHECK(r.officials[0].organization == "UBND tỉnh Hà Tĩnh");
  CHECK(r.officials[0].province == "ha-tinh");
  CHECK(r.officials[1].name == "Phan Tâm");
  CHECK(r.officials[1].titles == std::vector<std::string>{"Thứ trưởng Bộ TT&TT"});
  CHECK(r.officials[2].name == "Ngô Đức Khiêm");
  CHECK(r.officials[2].titles == std::vector<std::string>{"Phó Thủ tướng Chính phủ"});
}

TEST_CASE("Officials: '<Name> - <Title>' with dashes and honorifics", "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Ông Lê Duy Thành - Chủ tịch UBND tỉnh Vĩnh Phúc cho biết, bà Đặng Thị Hòa – Giám đốc Sở "
          "Khoa học và Công nghệ - sẽ chủ trì. Ông Kiều Văn Lâm (Chánh Văn phòng UBND tỉnh) dự.");
  REQUIRE(r.officials.size() == 3);
  CHECK(r.officials[2].name == "Kiều Văn Lâm");
  CHECK(r.officials[2].titles == std::vector<std::string>{"Chánh Văn phòng UBND tỉnh"});
  CHECK(r.officials[0].name == "Lê Duy Thành");
  CHECK(r.officials[0].province == "vinh-phuc");
  CHECK(r.officials[1].name == "Đặng Thị Hòa");
  CHECK(r.officials[1].titles == std::vector<std::string>{"Giám đốc Sở Khoa học và Công nghệ"});
  const OfficialsResult after =
      Run("Chủ tịch UBND tỉnh Hưng Yên - ông Đinh Quốc Vượng đã ký công điện. Chủ tịch UBND tỉnh Hà "
          "Nam, Tiêu Quốc Huy, đã giao nhiệm vụ. Ngày 5/5, Bộ trưởng, Trần Văn Ba và Lê Văn Tư dự.");
  REQUIRE(after.officials.size() == 2);
  CHECK(after.officials[0].name == "Đinh Quốc Vượng");
  CHECK(after.officials[0].titles == std::vector<std::string>{"Chủ tịch UBND tỉnh Hưng Yên"});
  CHECK(after.officials[1].name == "Tiêu Quốc Huy");
  CHECK(after.officials[1].province == "ha-nam");
}

TEST_CASE("Officials: lists introduced by a shared role", "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Dự hội nghị có các đồng chí Ủy viên Bộ Chính trị: Bí thư Thành ủy Hà Nội Đinh Văn Phúc; "
          "Trưởng Ban Tổ chức Trung ương Lương Minh Sơn.\n"
          "Tham dự còn có các đồng chí: Hoàng Thị Mai, Phó Bí thư Tỉnh ủy; Vũ Đức Long, Phó Chủ tịch "
          "UBND tỉnh.");
  REQUIRE(r.officials.size() == 4);
  const PersonMention* phuc = Find(r.officials, "Đinh Văn Phúc");
  REQUIRE(phuc != nullptr);
  CHECK(phuc->titles == std::vector<std::string>{"Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội"});
  CHECK(phuc->province == "ha-noi");
  const PersonMention* son = Find(r.officials, "Lương Minh Sơn");
  REQUIRE(son != nullptr);
  CHECK(HasTitle(*son, "Ủy viên Bộ Chính trị"));
  CHECK(HasTitle(*son, "Trưởng Ban Tổ chức Trung ương"));
  const PersonMention* mai = Find(r.officials, "Hoàng Thị Mai");
  REQUIRE(mai != nullptr);
  CHECK(mai->titles == std::vector<std::string>{"Phó Bí thư Tỉnh ủy"});
  const PersonMention* long_ = Find(r.officials, "Vũ Đức Long");
  REQUIRE(long_ != nullptr);
  CHECK(long_->titles == std::vector<std::string>{"Phó Chủ tịch UBND tỉnh"});
}

TEST_CASE("Officials: military and police ranks, before or after a title", "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Thiếu tướng Nguyễn Quốc Hào, Giám đốc Trung tâm Dữ liệu quốc gia, giới thiệu nền tảng. "
          "Giám đốc Công an tỉnh, Đại tá Đỗ Thanh Sơn cho biết đã cấp 2 triệu tài khoản định danh.");
  REQUIRE(r.officials.size() == 2);
  CHECK(r.officials[0].name == "Nguyễn Quốc Hào");
  CHECK(r.officials[0].titles ==
        std::vector<std::string>{"Thiếu tướng", "Giám đốc Trung tâm Dữ liệu quốc gia"});
  CHECK(r.officials[1].name == "Đỗ Thanh Sơn");
  CHECK(r.officials[1].titles == std::vector<std::string>{"Giám đốc Công an tỉnh", "Đại tá"});
}

TEST_CASE("Officials: photo captions repeat name and title and are merged",
          "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Đồng chí Phó Chủ tịch UBND tỉnh Hoàng Thị Lan phát biểu tại điểm cầu tỉnh Quảng Trị.\n"
          "Tại buổi làm việc, đồng chí Hoàng Thị Lan, Phó Chủ tịch UBND tỉnh yêu cầu các sở đẩy mạnh "
          "dịch vụ công trực tuyến.");
  REQUIRE(r.officials.size() == 1);
  CHECK(r.officials[0].mentions == 2);
  CHECK(r.officials[0].titles == std::vector<std::string>{"Phó Chủ tịch UBND tỉnh"});
}

TEST_CASE("Officials: abbreviated titles and academic prefixes", "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Đ/c Phạm Văn Khoa, TUV, Giám đốc Sở KH&CN trình bày báo cáo. UVBTV Tỉnh ủy, Phó Chủ tịch "
          "HĐND tỉnh Ngô Thị Hạnh chủ trì. PGS.TS Trịnh Quang Huy, Phó Giám đốc Sở Y tế, phát biểu. "
          "Phó Giám đốc phụ trách Sở KH&CN Bạch Văn Tú báo cáo.");
  REQUIRE(r.officials.size() == 4);
  CHECK(r.officials[3].titles == std::vector<std::string>{"Phó Giám đốc phụ trách Sở KH&CN"});
  CHECK(r.officials[0].name == "Phạm Văn Khoa");
  CHECK(r.officials[0].titles == std::vector<std::string>{"TUV", "Giám đốc Sở KH&CN"});
  CHECK(r.officials[1].name == "Ngô Thị Hạnh");
  CHECK(r.officials[1].titles == std::vector<std::string>{"UVBTV Tỉnh ủy", "Phó Chủ tịch HĐND tỉnh"});
  CHECK(r.officials[2].name == "Trịnh Quang Huy");
  CHECK(r.officials[2].titles == std::vector<std::string>{"Phó Giám đốc Sở Y tế"});
}

TEST_CASE("Officials: abbreviated heads read through the lexicon's expansions",
          "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("PGĐ Sở TN&MT Vi Văn Hạnh kiểm tra hệ thống. Ông Cù Minh Đạt, TGĐ Tổng công ty Sông Đà, "
          "cho biết.");
  REQUIRE(r.officials.size() == 1);
  CHECK(r.officials[0].name == "Vi Văn Hạnh");
  CHECK(r.officials[0].titles == std::vector<std::string>{"PGĐ Sở TN&MT"});
  REQUIRE(r.executives.size() == 1);
  CHECK(r.executives[0].titles == std::vector<std::string>{"TGĐ Tổng công ty Sông Đà"});
}

TEST_CASE("Officials: tone placement, case and short references merge", "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Bộ trưởng Bộ KH&CN Nguyễn Mạnh Tường khai mạc diễn đàn. Thứ trưởng Nguyễn Thị Hoà chủ trì "
          "phiên chiều.\nTheo Bộ trưởng Tường, dữ liệu là tư liệu sản xuất mới. Thứ trưởng Nguyễn "
          "Thị Hòa cho biết thêm. Giám đốc Khang không dự.");
  REQUIRE(r.officials.size() == 2);
  CHECK(r.officials[0].name == "Nguyễn Mạnh Tường");
  CHECK(r.officials[0].mentions == 2);
  CHECK(r.officials[0].titles == std::vector<std::string>{"Bộ trưởng Bộ KH&CN", "Bộ trưởng"});
  CHECK(SameText(r.officials[1].name, "Nguyễn Thị Hòa"));
  CHECK(r.officials[1].mentions == 2);
  // Decomposed input (base letters + combining marks) gives the same, NFC, result.
  const OfficialsResult nfd =
      Run("Thu\u031b\u0301 tru\u031bo\u031b\u0309ng Nguye\u0302\u0303n Thi\u0323 Ho\u0300a "
          "pha\u0301t bie\u0302\u0309u.");
  REQUIRE(nfd.officials.size() == 1);
  CHECK(nfd.officials[0].name == "Nguyễn Thị Hòa");
  CHECK(nfd.officials[0].titles == std::vector<std::string>{"Thứ trưởng"});
}

TEST_CASE("Officials: old and 2025 structures are both recognised", "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Năm 2023, Chủ tịch UBND huyện Can Lộc Phan Văn Kiên và Giám đốc Sở TT&TT Đào Minh Trí "
          "ký kết chương trình. Năm 2025, Giám đốc Sở Khoa học và Công nghệ Bùi Thanh Tùng, Trưởng "
          "Ban Tuyên giáo và Dân vận Tỉnh ủy Hồ Thị Nga và Chủ tịch UBND xã Cẩm Bình Lý Văn Sang "
          "cùng dự; Bộ trưởng Bộ Nông nghiệp và Môi trường Tạ Quang Đại phát biểu.");
  std::vector<std::string> names;
  for (const PersonMention& p : r.officials) names.push_back(p.name);
  CHECK(names == std::vector<std::string>{"Phan Văn Kiên", "Đào Minh Trí", "Bùi Thanh Tùng", "Hồ Thị Nga",
                                          "Lý Văn Sang", "Tạ Quang Đại"});
  CHECK(r.officials[0].titles == std::vector<std::string>{"Chủ tịch UBND huyện Can Lộc"});
  const PersonMention* nga = Find(r.officials, "Hồ Thị Nga");
  REQUIRE(nga != nullptr);
  CHECK(nga->titles == std::vector<std::string>{"Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"});
}

TEST_CASE("Officials: executives are kept apart", "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Ông Lê Quang Vinh, Tổng Giám đốc Tập đoàn Bưu chính Viễn thông, cho biết mạng 5G đã phủ "
          "sóng. Bà Trương Mỹ Dung - Chủ tịch HĐQT Công ty Cổ phần Phần mềm Sao Mai - chia sẻ. "
          "Thứ trưởng Bộ Công Thương Đoàn Văn Lực, Phó Tổng Giám đốc Ngân hàng Á Châu Võ Minh Khoa "
          "cùng bấm nút.");
  REQUIRE(r.officials.size() == 1);
  CHECK(r.officials[0].name == "Đoàn Văn Lực");
  CHECK(r.officials[0].titles == std::vector<std::string>{"Thứ trưởng Bộ Công Thương"});
  REQUIRE(r.executives.size() == 3);
  CHECK(r.executives[0].name == "Lê Quang Vinh");
  CHECK(r.executives[0].executive);
  CHECK(r.executives[1].name == "Trương Mỹ Dung");
  CHECK(r.executives[2].name == "Võ Minh Khoa");
  CHECK(r.executives[2].titles == std::vector<std::string>{"Phó Tổng Giám đốc Ngân hàng Á Châu"});
}

TEST_CASE("Officials: journalists, bylines, citizens and academics are not officials",
          "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Anh Nguyễn Văn Tư, người dân xã Cẩm Bình, đã nộp hồ sơ trực tuyến. Nhà ông Phạm Văn "
          "Đồng nằm trên đường Phạm Văn Đồng. TS. Trần Đức Minh, Chủ tịch Hội Tin học thành phố, "
          "cho rằng cần thêm nhân lực. Bà Vũ Thị Lan, Giảng viên Khoa Công nghệ thông tin, chia sẻ.\n"
          "Tin, ảnh: Trần Hữu Phước\n"
          "Theo Báo Nhân Dân\n"
          "Minh Châu");
  CHECK(r.officials.empty());
  CHECK(r.executives.empty());
}

TEST_CASE("Officials: a lone title and a place name are never a person", "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Chủ tịch UBND tỉnh cho biết, Hà Nội và Lâm Đồng dẫn đầu. Chủ nhiệm CLB Hà Nội phát biểu. "
          "Thủ tướng nhấn mạnh vai trò của dữ liệu. Chủ tịch UBND quận Bắc Từ Liêm dự lễ. Thứ trưởng "
          "Bộ Khoa học Hàn Quốc thăm Hà Nội.");
  CHECK(r.officials.empty());
}

TEST_CASE("Officials: a title after 'với' belongs to someone else, the dead hold no post",
          "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Báo cáo với Thủ tướng, Bộ trưởng Y tế Lại Văn Khiêm cho biết số ca mắc giảm. Khu lưu niệm "
          "cố Tổng Bí thư Trần Quang Lạc được số hóa. Tại cuộc gặp Thủ tướng Sam Rainsy, Thủ tướng "
          "Mạc Văn Hòa khẳng định hợp tác số.");
  REQUIRE(r.officials.size() == 2);
  CHECK(r.officials[1].name == "Mạc Văn Hòa");
  CHECK(r.officials[1].titles == std::vector<std::string>{"Thủ tướng"});
  CHECK(r.officials[0].name == "Lại Văn Khiêm");
  CHECK(r.officials[0].titles == std::vector<std::string>{"Bộ trưởng Y tế"});
}

TEST_CASE("Officials: university and association posts are not public posts",
          "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Ông Lê Văn Thịnh, Phó trưởng Ban Đào tạo, Giám đốc Trung tâm Khảo thí - ĐH Quốc gia, cho "
          "biết. Bà Hứa Thị Yến, Bí thư Đảng ủy trường Đại học Sư phạm, phát biểu. Ông Tống Văn Bảo, "
          "Chủ tịch Hiệp hội Vận tải tỉnh, đã kiến nghị.");
  REQUIRE(r.officials.size() == 1);
  CHECK(r.officials[0].name == "Hứa Thị Yến");
  REQUIRE(r.executives.size() == 1);
  CHECK(r.executives[0].name == "Tống Văn Bảo");
  CHECK(r.executives[0].titles == std::vector<std::string>{"Chủ tịch Hiệp hội Vận tải tỉnh"});
}

TEST_CASE("Officials: an organisation name ends before the verb that follows it",
          "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Chủ tịch Tập đoàn Sông Hồng Lò Văn Tiến đã ký kết. Giám đốc Sở Y tế Kha Thị Nụ cho biết.");
  REQUIRE(r.executives.size() == 1);
  CHECK(r.executives[0].titles == std::vector<std::string>{"Chủ tịch Tập đoàn Sông Hồng"});
  REQUIRE(r.officials.size() == 1);
  CHECK(r.officials[0].titles == std::vector<std::string>{"Giám đốc Sở Y tế"});
}

TEST_CASE("Officials: lower-case words inside a long organisation name before the holder",
          "[analyzer][official_extractor]") {
  const OfficialsResult r =
      Run("Trưởng ban Công tác đại biểu của UB Thường vụ Quốc hội Mẫn Thị Hằng cho biết. Thứ trưởng "
          "Bộ Lao động-Thương binh và Xã hội Khúc Văn Toàn phát biểu. Chủ tịch UBND tỉnh cho biết "
          "ông Nông Văn Sình đã nộp hồ sơ. Giám đốc Sở thăm hỏi gia đình anh Lục Văn Pao. Phó "
          "trưởng phòng Văn hóa - Thông tin huyện Lý Sơn cho biết. Ông Hầu Văn Định - Giám đốc Trung "
          "tâm Kiểm soát bệnh tật tỉnh Nghệ An cho biết thêm.");
  REQUIRE(r.officials.size() == 3);
  CHECK(r.officials[2].titles ==
        std::vector<std::string>{"Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An"});
  CHECK(r.officials[2].province == "nghe-an");
  CHECK(r.officials[0].name == "Mẫn Thị Hằng");
  CHECK(r.officials[0].titles ==
        std::vector<std::string>{"Trưởng ban Công tác đại biểu của UB Thường vụ Quốc hội"});
  CHECK(r.officials[1].name == "Khúc Văn Toàn");
  CHECK(r.officials[1].titles == std::vector<std::string>{"Thứ trưởng Bộ Lao động-Thương binh và Xã hội"});
}

TEST_CASE("OfficialExtractor::LoadFromString rejects a malformed lexicon", "[analyzer][official_extractor]") {
  Result<OfficialExtractor> missing = OfficialExtractor::LoadFromString("[heads]\n", "x.toml");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == Status::Code::kInvalidInput);
  CHECK(missing.status().message().find("x.toml") != std::string::npos);
  Result<OfficialExtractor> broken = OfficialExtractor::LoadFromString("heads = [", "y.toml");
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.status().message().find("y.toml") != std::string::npos);
}

}  // namespace
}  // namespace dxnews::analyzer
