#include "dxnews/analyzer/date_extractor.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/tokenizer.h"

namespace dxnews::analyzer {
namespace {

constexpr CivilDate kPublished{2024, 11, 20};

std::vector<DateMention> Dates(std::string_view text, CivilDate published = kPublished) {
  return ExtractDates(text, Tokenize(text), published);
}

// ISO days of the day-precision, non-recurring mentions.
std::vector<std::string> Days(std::string_view text, CivilDate published = kPublished) {
  std::vector<std::string> out;
  for (const DateMention& m : Dates(text, published)) {
    if (m.precision == DateMention::kDay && !m.recurring) out.push_back(ToIso(m.date));
  }
  return out;
}

using Isos = std::vector<std::string>;

TEST_CASE("ExtractDates reads full dates in every spelling", "[analyzer][date_extractor]") {
  CHECK(Days("Hội nghị diễn ra ngày 22/4/2022 tại Hà Tĩnh.") == Isos{"2022-04-22"});
  CHECK(Days("Ngày 22-4-2022, tỉnh khai trương cổng dữ liệu.") == Isos{"2022-04-22"});
  CHECK(Days("Sáng 22.4.2022, Sở TT&TT tổ chức tọa đàm.") == Isos{"2022-04-22"});
  CHECK(Days("Quyết định được ký ngày 03 tháng 6 năm 2020.") == Isos{"2020-06-03"});
  CHECK(Days("Thứ Hai, 12/10/2024, huyện Đức Phong ra mắt tổ công nghệ số.") == Isos{"2024-10-12"});
  const std::vector<DateMention> m = Dates("Ngày 22/4/2022, tỉnh họp.");
  REQUIRE(m.size() == 1);
  CHECK_FALSE(m[0].year_inferred);
  CHECK_FALSE(m[0].relative);
  CHECK(m[0].begin == 0);
  CHECK(m[0].end == std::string_view("Ngày 22/4/2022").size());
}

TEST_CASE("ExtractDates rejects impossible days", "[analyzer][date_extractor]") {
  CHECK(Days("Hạn chót là ngày 29/2/2023.").empty());
  CHECK(Days("Hạn chót là ngày 29/2/2024.") == Isos{"2024-02-29"});
  CHECK(Days("ngày 31 tháng 4 năm 2022").empty());
}

TEST_CASE("ExtractDates completes year-less days from the publication date", "[analyzer][date_extractor]") {
  CHECK(Days("Ngày 5/9, xã Tân Lộc khai giảng lớp kỹ năng số.") == Isos{"2024-09-05"});
  CHECK(Days("Chiều 14/11, UBND tỉnh họp trực tuyến.") == Isos{"2024-11-14"});
  CHECK(Days("Ngày 14-4, đoàn công tác làm việc với tỉnh.") == Isos{"2024-04-14"});
  CHECK(Days("Sáng 13.1, hội thảo bắt đầu.") == Isos{"2024-01-13"});
  CHECK(Days("Ngày 5 tháng 9, tỉnh họp.") == Isos{"2024-09-05"});
  // Announced a few weeks ahead: same year. Months ahead: the previous year.
  CHECK(Days("Hội chợ sẽ khai mạc ngày 15/12.") == Isos{"2024-12-15"});
  CHECK(Days("Ngày 2/11, tỉnh họp.", CivilDate{2025, 1, 10}) == Isos{"2024-11-02"});
  const std::vector<DateMention> m = Dates("Chiều 14/11, tỉnh họp.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].year_inferred);
  CHECK(m[0].part_of_day == "chiều");
  CHECK(m[0].begin == 0);
  CHECK(Days("Ngày 5/9, tỉnh họp.", CivilDate{}).empty());
}

TEST_CASE("ExtractDates gives months, quarters and years their precision", "[analyzer][date_extractor]") {
  for (std::string_view text : {"Từ tháng 4/2022, tỉnh thí điểm.", "Đến tháng 4.2022 đã xong.",
                                "Trong tháng 4 năm 2022, tỉnh thí điểm.", "Quý II/2022 hoàn thành."}) {
    INFO(text);
    const std::vector<DateMention> m = Dates(text);
    REQUIRE(m.size() == 1);
    CHECK(m[0].precision == DateMention::kMonth);
    CHECK(m[0].date == CivilDate{2022, 4, 1});
  }
  const std::vector<DateMention> q = Dates("Quý I.2020 tỉnh đạt chỉ tiêu.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].date == CivilDate{2020, 1, 1});
  const std::vector<DateMention> y = Dates("Đến năm 2025, 80% hồ sơ được số hóa.");
  REQUIRE(y.size() == 1);
  CHECK(y[0].precision == DateMention::kYear);
  CHECK(y[0].date.year == 2025);
}

TEST_CASE("ExtractDates resolves relative expressions against publication", "[analyzer][date_extractor]") {
  const CivilDate pub{2024, 3, 1};
  CHECK(Days("Hôm qua, tỉnh đã họp.", pub) == Isos{"2024-02-29"});
  CHECK(Days("Hôm nay tỉnh họp.", pub) == Isos{"2024-03-01"});
  CHECK(Days("hôm kia", pub) == Isos{"2024-02-28"});
  CHECK(Days("Ngày mai sẽ khai mạc.", pub) == Isos{"2024-03-02"});
  CHECK(Days("Tuần trước, huyện ra mắt ứng dụng.", pub) == Isos{"2024-02-23"});
  CHECK(Days("3 ngày trước, xã đã triển khai.", pub) == Isos{"2024-02-27"});
  CHECK(Days("Tin đăng 3 giờ trước", pub) == Isos{"2024-03-01"});
  CHECK(Days("Tối qua, đoàn đã tới.", pub) == Isos{"2024-02-29"});
  CHECK(Days("3 ngày trước khi khai mạc, tỉnh rà soát.", pub).empty());
  const std::vector<DateMention> m = Dates("Năm ngoái, tháng trước", pub);
  REQUIRE(m.size() == 2);
  CHECK((m[0].precision == DateMention::kYear && m[0].date.year == 2023 && m[0].relative));
  CHECK((m[1].precision == DateMention::kMonth && m[1].date == CivilDate{2024, 2, 1}));
  CHECK(Dates("kế hoạch 5 năm tới", pub).empty());
}

TEST_CASE("ExtractDates expands day ranges", "[analyzer][date_extractor]") {
  CHECK(Days("Hội chợ diễn ra 5-7/10/2024 tại Quảng Ngãi.") == Isos{"2024-10-05", "2024-10-07"});
  CHECK(Days("Diễn đàn diễn ra từ ngày 5 đến 7/10.") == Isos{"2024-10-05", "2024-10-07"});
  CHECK(Days("Trong hai ngày 26 và 27/5, tỉnh tổ chức hội thảo.") == Isos{"2024-05-26", "2024-05-27"});
  CHECK(Days("từ 5/9 đến 7/9") == Isos{"2024-09-05", "2024-09-07"});
}

TEST_CASE("ExtractDates is not fooled by numbers that look like dates", "[analyzer][date_extractor]") {
  CHECK(Days("Quyết định 505/QĐ-TTg và Nghị quyết 09-NQ/TU").empty());
  CHECK(Days("Đã có 1/3 số xã hoàn thành, 2/3 diện tích được phủ sóng.").empty());
  CHECK(Days("Đội tuyển đạt 9/10 điểm.").empty());
  CHECK(Days("Tổng đài phục vụ 24/7 cho người dân.").empty());
  CHECK(Days("Kế hoạch 5 năm của tỉnh").empty());
  CHECK(Days("Do mưa bão nên 1/2 hoạt động ngoài trời bị hủy.").empty());
  CHECK(Days("Học sinh viết đoạn văn từ 4-6 dòng.").empty());
  // Without a cue, a day followed by punctuation or a function word is still a date.
  CHECK(Days("Kỳ nghỉ 30/4 và 1/5 năm nay kéo dài.") == Isos{"2024-04-30", "2024-05-01"});
}

TEST_CASE("ExtractDates marks yearly days as recurring", "[analyzer][date_extractor]") {
  std::vector<DateMention> m = Dates("Ngày 10/10 hằng năm là Ngày Chuyển đổi số quốc gia.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].recurring);
  m = Dates("Hàng năm, vào ngày 10/10, cả nước hưởng ứng.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].recurring);
  m = Dates("Ngày 10/10 vừa qua, tỉnh tổ chức lễ.");
  REQUIRE(m.size() == 1);
  CHECK_FALSE(m[0].recurring);
}

TEST_CASE("ExtractDates picks up clock times next to a date", "[analyzer][date_extractor]") {
  std::vector<DateMention> m = Dates("Thứ Bảy, 09-10-2021, 15:20");
  REQUIRE(m.size() == 1);
  CHECK(m[0].time == "15:20");
  m = Dates("Lúc 9h ngày 5/9, đoàn xuất phát.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].time == "09:00");
  CHECK(ToIso(m[0].date) == "2024-09-05");
}

}  // namespace
}  // namespace dxnews::analyzer
