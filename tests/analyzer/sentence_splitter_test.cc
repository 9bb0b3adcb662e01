#include "dxnews/analyzer/sentence_splitter.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/analyzer/tokenizer.h"

namespace dxnews::analyzer {
namespace {

std::vector<std::string> Split(std::string_view text) {
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(text, tokens)) {
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST_CASE("SplitSentences splits at . ! ? and …", "[analyzer][sentence_splitter]") {
  CHECK(Split("Tỉnh đã số hóa 90% hồ sơ. Người dân hài lòng! Còn khó khăn gì? Vẫn còn… Nhiều.") ==
        Lines{"Tỉnh đã số hóa 90% hồ sơ.", "Người dân hài lòng!", "Còn khó khăn gì?", "Vẫn còn…", "Nhiều."});
}

TEST_CASE("SplitSentences does not split after title and place abbreviations",
          "[analyzer][sentence_splitter]") {
  CHECK(Split("Tại TP. Hồ Chí Minh, GS.TS. Lê Văn Khải và ThS. Ngô Thị Hà phát biểu. Hội nghị kết thúc.") ==
        Lines{"Tại TP. Hồ Chí Minh, GS.TS. Lê Văn Khải và ThS. Ngô Thị Hà phát biểu.", "Hội nghị kết thúc."});
  CHECK(Split("PGS.TS Trần Minh và Th.S Vũ Lan dự họp. Sau đó ra về.") ==
        Lines{"PGS.TS Trần Minh và Th.S Vũ Lan dự họp.", "Sau đó ra về."});
}

TEST_CASE("SplitSentences treats v.v. as an end only before a new sentence",
          "[analyzer][sentence_splitter]") {
  CHECK(Split("Máy tính, điện thoại v.v. được cấp cho xã.") ==
        Lines{"Máy tính, điện thoại v.v. được cấp cho xã."});
  CHECK(Split("Cấp máy tính, điện thoại, v.v. Ông Hải cho biết như vậy.") ==
        Lines{"Cấp máy tính, điện thoại, v.v.", "Ông Hải cho biết như vậy."});
}

TEST_CASE("SplitSentences splits after an abbreviation followed by a full stop",
          "[analyzer][sentence_splitter]") {
  CHECK(Split("Báo cáo đã gửi UBND. Sau đó Sở họp.") == Lines{"Báo cáo đã gửi UBND.", "Sau đó Sở họp."});
}

TEST_CASE("SplitSentences never splits inside numbers, dates, URLs or document numbers",
          "[analyzer][sentence_splitter]") {
  CHECK(Split("Ngày 22.12.2024, tỉnh chi 1.234.567 đồng theo 30/2020/NĐ-CP, xem baodongson.vn. Hết.") ==
        Lines{"Ngày 22.12.2024, tỉnh chi 1.234.567 đồng theo 30/2020/NĐ-CP, xem baodongson.vn.", "Hết."});
}

TEST_CASE("SplitSentences keeps closing quotes and brackets with the sentence",
          "[analyzer][sentence_splitter]") {
  CHECK(Split("Anh nói: \"Dịch vụ công sẽ tốt hơn.\" Ông Tâm đồng ý.") ==
        Lines{"Anh nói: \"Dịch vụ công sẽ tốt hơn.\"", "Ông Tâm đồng ý."});
  CHECK(Split("Chị nói: “Rất tiện lợi!” Sau đó chị về. (Ảnh minh họa.) Hết.") ==
        Lines{"Chị nói: “Rất tiện lợi!”", "Sau đó chị về.", "(Ảnh minh họa.)", "Hết."});
}

TEST_CASE("SplitSentences continues after ? or ! followed by a lower-case word",
          "[analyzer][sentence_splitter]") {
  CHECK(Split("\"Vì sao chậm?\" ông Bình hỏi. Không ai trả lời.") ==
        Lines{"\"Vì sao chậm?\" ông Bình hỏi.", "Không ai trả lời."});
}

TEST_CASE("SplitSentences keeps numbered list markers with their item", "[analyzer][sentence_splitter]") {
  CHECK(Split("Nhiệm vụ gồm:\n1. Nâng cao nhận thức về CĐS.\n2. Phát triển hạ tầng số.") ==
        Lines{"Nhiệm vụ gồm:", "1. Nâng cao nhận thức về CĐS.", "2. Phát triển hạ tầng số."});
  CHECK(Split("1. Nâng cao nhận thức; 2. Phát triển hạ tầng; II. Giải pháp chung.") ==
        Lines{"1. Nâng cao nhận thức; 2. Phát triển hạ tầng; II. Giải pháp chung."});
  CHECK(Split("Năm nay doanh thu tăng 5. Tuy nhiên chi phí cũng tăng.") ==
        Lines{"Năm nay doanh thu tăng 5.", "Tuy nhiên chi phí cũng tăng."});
}

TEST_CASE("SplitSentences treats line breaks as hard boundaries", "[analyzer][sentence_splitter]") {
  CHECK(Split("Tiêu đề bài viết\n\nĐoạn mở đầu không có dấu chấm\r\nĐoạn hai.") ==
        Lines{"Tiêu đề bài viết", "Đoạn mở đầu không có dấu chấm", "Đoạn hai."});
}

TEST_CASE("SplitSentences returns token ranges that cover every token once",
          "[analyzer][sentence_splitter]") {
  const std::string text = "Sáng 5/11, đoàn đến xã. Tại đây... mọi việc ổn! Hết\nDòng mới?";
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<Sentence> sentences = SplitSentences(text, tokens);
  REQUIRE(sentences.size() == 4);
  size_t next = 0;
  for (const Sentence& s : sentences) {
    CHECK(s.first_token == next);
    REQUIRE(s.first_token < s.last_token);
    CHECK(s.begin == tokens[s.first_token].begin);
    CHECK(s.end == tokens[s.last_token - 1].end);
    next = s.last_token;
  }
  CHECK(next == tokens.size());
  CHECK(SplitSentences("", {}).empty());
  CHECK(SplitSentences("   \n ", Tokenize("   \n ")).empty());
}

}  // namespace
}  // namespace dxnews::analyzer
