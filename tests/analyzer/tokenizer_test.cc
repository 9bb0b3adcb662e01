#include "dxnews/analyzer/tokenizer.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dxnews::analyzer {
namespace {

using Pieces = std::vector<std::pair<std::string, std::string>>;

// Each token as (text, kind name): readable in failure messages.
Pieces Describe(std::string_view text) {
  Pieces pieces;
  for (const Token& token : Tokenize(text)) {
    pieces.emplace_back(std::string(text.substr(token.begin, token.end - token.begin)),
                        TokenKindName(token.kind));
  }
  return pieces;
}

// The kind of the single token whose text is `piece`, or "absent".
std::string KindOf(std::string_view text, std::string_view piece) {
  std::string found = "absent";
  for (const auto& [token_text, kind] : Describe(text)) {
    if (token_text == piece) found = kind;
  }
  return found;
}

TEST_CASE("Tokenize splits Vietnamese syllables at spaces and punctuation", "[analyzer][tokenizer]") {
  const std::string text = "Sở Thông tin và Truyền thông tỉnh Quảng Bình, ngày hôm qua.";
  const Pieces expected = {
      {"Sở", "syllable"},     {"Thông", "syllable"}, {"tin", "syllable"},  {"và", "syllable"},
      {"Truyền", "syllable"}, {"thông", "syllable"}, {"tỉnh", "syllable"}, {"Quảng", "syllable"},
      {"Bình", "syllable"},   {",", "punctuation"},  {"ngày", "syllable"}, {"hôm", "syllable"},
      {"qua", "syllable"},    {".", "punctuation"},
  };
  CHECK(Describe(text) == expected);
}

TEST_CASE("Tokenize keeps dates, times and numbers whole", "[analyzer][tokenizer]") {
  auto [text, piece, kind] = GENERATE(table<std::string, std::string, std::string>({
      {"Sáng 22/4/2022, hội nghị khai mạc.", "22/4/2022", "date"},
      {"Chiều 12/10, đoàn công tác đến xã.", "12/10", "date"},
      {"Luật có hiệu lực từ ngày 1-7-2025.", "1-7-2025", "date"},
      {"Ngày 22.12.2024 là hạn chót.", "22.12.2024", "date"},
      {"Phiên họp bắt đầu lúc 14:30 tại hội trường.", "14:30", "time"},
      {"Từ 9h30 sáng nay, hệ thống tạm dừng.", "9h30", "time"},
      {"Đúng 10h, buổi lễ bắt đầu.", "10h", "time"},
      {"Tỉnh giải ngân 2.000 tỷ đồng.", "2.000", "number"},
      {"Dân số đạt 1.234.567 người.", "1.234.567", "number"},
      {"Tăng trưởng 3,5 điểm phần trăm.", "3,5", "number"},
      {"Có 10% hồ sơ nộp trực tuyến.", "10%", "number"},
      {"Cuộc CMCN 4.0 đang diễn ra.", "4.0", "number"},
      {"Diện tích 10ha đất.", "10ha", "syllable"},
  }));
  CAPTURE(text);
  CHECK(KindOf(text, piece) == kind);
}

TEST_CASE("Tokenize rejects impossible dates and times", "[analyzer][tokenizer]") {
  CHECK(KindOf("Mã 32/13/2022 không hợp lệ", "32/13/2022") == "absent");
  CHECK(KindOf("Tỷ lệ 3,5 đạt", "3,5") == "number");
  CHECK(KindOf("Lúc 25:10 hôm đó", "25:10") == "absent");
  CHECK(KindOf("Tỷ số 3:2 nghiêng về đội khách", "3:2") == "absent");
}

TEST_CASE("Tokenize keeps legal document numbers whole", "[analyzer][tokenizer]") {
  auto piece = GENERATE(as<std::string>{}, "505/QĐ-TTg", "30/2020/NĐ-CP", "1203/KH-UBND", "793/BTTTT-THH",
                        "09-NQ/TU", "57-NQ/TW", "01-KH/BCĐTW", "20/2023/QH15", "5104/BTTTT-PTTH&TTĐT",
                        "225-KH/TWĐTN-TNNT", "18/2006/NQ-HĐND");
  const std::string text = "Thực hiện văn bản số " + piece + ", UBND huyện Đồng Lâm đã ban hành.";
  CAPTURE(text);
  CHECK(KindOf(text, piece) == "document_number");
}

TEST_CASE("Tokenize recognises abbreviations", "[analyzer][tokenizer]") {
  auto [text, piece] = GENERATE(table<std::string, std::string>({
      {"UBND tỉnh họp phiên thường kỳ.", "UBND"},
      {"Nghị quyết của HĐND tỉnh.", "HĐND"},
      {"Đẩy mạnh CĐS trong cơ quan.", "CĐS"},
      {"Đại biểu ĐBQH đơn vị tỉnh.", "ĐBQH"},
      {"Sở KH&CN chủ trì.", "KH&CN"},
      {"Sở TT&TT phối hợp.", "TT&TT"},
      {"Tỉnh BR-VT đứng đầu.", "BR-VT"},
      {"Phát triển KT-XH bền vững.", "KT-XH"},
      {"Người dân TP.HCM sử dụng ứng dụng.", "TP.HCM"},
      {"Tại TP. Hồ Chí Minh, dịch vụ mở rộng.", "TP."},
      {"GS.TS. Lê Văn Khải phát biểu.", "GS.TS."},
      {"PGS.TS Trần Thị Mai chủ trì.", "PGS.TS"},
      {"Th.S Phạm Văn Long trình bày.", "Th.S"},
      {"Máy tính, điện thoại, v.v. đều được cấp.", "v.v."},
      {"Đại dịch COVID-19 thúc đẩy chuyển đổi.", "COVID-19"},
      {"Biến thể SARS-CoV-2 lây lan.", "SARS-CoV-2"},
      {"Mạng 5G phủ sóng toàn tỉnh.", "5G"},
      {"Nền tảng IoT được triển khai.", "IoT"},
  }));
  CAPTURE(text);
  CHECK(KindOf(text, piece) == "abbreviation");
}

TEST_CASE("Tokenize does not keep sentence punctuation on an abbreviation", "[analyzer][tokenizer]") {
  const std::string text = "Báo cáo gửi UBND. Sau đó";
  const Pieces pieces = Describe(text);
  REQUIRE(pieces.size() >= 5);
  CHECK(pieces[3] == std::make_pair(std::string("UBND"), std::string("abbreviation")));
  CHECK(pieces[4] == std::make_pair(std::string("."), std::string("punctuation")));
}

TEST_CASE("Tokenize joins only abbreviation-like parts across '-' and '&'", "[analyzer][tokenizer]") {
  CHECK(KindOf("Phủ sóng Wi-Fi miễn phí", "Wi") == "syllable");
  CHECK(KindOf("Phủ sóng Wi-Fi miễn phí", "Wi-Fi") == "absent");
  CHECK(KindOf("Tuyến Hà Nội-Hải Phòng", "Nội") == "syllable");
  CHECK(KindOf("Tuyến Hà Nội-Hải Phòng", "Hải") == "syllable");
  CHECK(KindOf("ĐỔI-MỚI toàn diện", "ĐỔI") == "syllable");
}

TEST_CASE("Tokenize keeps ethnic names with an apostrophe whole", "[analyzer][tokenizer]") {
  CHECK(KindOf("Đồng bào H'Mông ở bản Sà Phìn", "H'Mông") == "syllable");
  CHECK(KindOf("Người M’Nông làm du lịch số", "M’Nông") == "syllable");
  CHECK(KindOf("Anh nói 'A' rồi đi", "A") == "syllable");
}

TEST_CASE("Tokenize treats all-caps syllables with tone marks as syllables", "[analyzer][tokenizer]") {
  CHECK(KindOf("CHUYỂN ĐỔI SỐ", "ĐỔI") == "syllable");
  CHECK(KindOf("CHUYỂN ĐỔI SỐ", "SỐ") == "syllable");
}

TEST_CASE("Tokenize recognises e-mail addresses and URLs without trailing punctuation",
          "[analyzer][tokenizer]") {
  auto [text, piece, kind] = GENERATE(table<std::string, std::string, std::string>({
      {"Liên hệ toasoan@baodongson.vn.", "toasoan@baodongson.vn", "email"},
      {"Gửi ý kiến về nguyen.van-an@sotttt.gov.vn, trước ngày 5/11.", "nguyen.van-an@sotttt.gov.vn", "email"},
      {"Xem tại https://dongson.gov.vn/tin-tuc/cds-2024.html.",
       "https://dongson.gov.vn/tin-tuc/cds-2024.html", "url"},
      {"Truy cập www.dichvucong.gov.vn để nộp hồ sơ.", "www.dichvucong.gov.vn", "url"},
      {"Theo baohatinh.vn, tỉnh đã số hóa hồ sơ.", "baohatinh.vn", "url"},
      {"Cổng chinhphu.vn đăng tải.", "chinhphu.vn", "url"},
      {"(nguồn: http://dongson.vn/a?id=5)", "http://dongson.vn/a?id=5", "url"},
      {"Trang 24h.com.vn đưa tin.", "24h.com.vn", "url"},
  }));
  CAPTURE(text);
  CHECK(KindOf(text, piece) == kind);
}

TEST_CASE("Token offsets slice the original text and skip whitespace", "[analyzer][tokenizer]") {
  const std::string text =
      "  Ngày 5/11/2024, UBND tỉnh Đồng Sơn ban hành Kế hoạch số 1203/KH-UBND\t về CĐS;\n"
      "chi tiết tại https://dongson.gov.vn (đăng lúc 8h15) …  ";
  const std::vector<Token> tokens = Tokenize(text);
  REQUIRE_FALSE(tokens.empty());
  size_t previous_end = 0;
  std::string joined;
  for (const Token& token : tokens) {
    REQUIRE(token.begin < token.end);
    REQUIRE(token.end <= text.size());
    REQUIRE(token.begin >= previous_end);
    for (size_t p = previous_end; p < token.begin; ++p)
      CHECK(std::string(" \t\n").find(text[p]) != std::string::npos);
    const std::string piece = text.substr(token.begin, token.end - token.begin);
    CHECK(piece.find_first_of(" \t\n") == std::string::npos);
    joined += piece;
    previous_end = token.end;
  }
  std::string without_spaces;
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n') without_spaces += c;
  }
  CHECK(joined == without_spaces);
}

TEST_CASE("Tokenize gives NFD text the same tokens as NFC text", "[analyzer][tokenizer]") {
  const std::string nfc = "Chuyển đổi số ở Việt Nam";
  // Same text with every tone and vowel mark as a combining character.
  const std::string nfd =
      "Chuye\xCC\x82\xCC\x89n \xC4\x91o\xCC\x82\xCC\x89i so\xCC\x81 o\xCC\x9B\xCC\x89 "
      "Vie\xCC\xA3\xCC\x82t Nam";
  const std::vector<Token> a = Tokenize(nfc);
  const std::vector<Token> b = Tokenize(nfd);
  REQUIRE(a.size() == b.size());
  REQUIRE(b.size() == 6);
  for (size_t i = 0; i < b.size(); ++i) CHECK(b[i].kind == TokenKind::kSyllable);
  CHECK(nfd.substr(b[5].begin, b[5].end - b[5].begin) == "Nam");
  CHECK(nfd.substr(b[4].begin, b[4].end - b[4].begin) == "Vie\xCC\xA3\xCC\x82t");
}

TEST_CASE("Tokenize turns invalid UTF-8 into symbol tokens and never reads past the end",
          "[analyzer][tokenizer]") {
  const std::string text = std::string("xã\xFF\xFEhội ") + "\xE1\xBB" + " số\xC3";
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<std::string> kinds;
  for (const Token& token : tokens) {
    REQUIRE(token.end <= text.size());
    kinds.emplace_back(TokenKindName(token.kind));
  }
  CHECK(kinds ==
        std::vector<std::string>{"syllable", "symbol", "symbol", "syllable", "symbol", "syllable", "symbol"});
  // Truncated inputs: every prefix of a tricky text tokenizes within bounds.
  const std::string tricky = "Số 505/QĐ-TTg ngày 22/4/2022 lúc 9h30, TP.HCM, a@b.vn https://x.vn/(a)";
  for (size_t n = 0; n <= tricky.size(); ++n) {
    const std::string prefix = tricky.substr(0, n);
    for (const Token& token : Tokenize(prefix)) REQUIRE(token.end <= prefix.size());
  }
}

TEST_CASE("Tokenize appends to a caller-owned vector", "[analyzer][tokenizer]") {
  std::vector<Token> tokens;
  Tokenize("Hà Nội", &tokens);
  Tokenize("mưa", &tokens);
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[2].begin == 0);
  CHECK(tokens[2].end == 4);
}

TEST_CASE("Tokenize keeps punctuation runs and single marks apart", "[analyzer][tokenizer]") {
  const Pieces pieces = Describe("Vì sao?! Thật vậy... «Tốt» – đúng");
  CHECK(KindOf("Vì sao?! Thật vậy...", "...") == "punctuation");
  CHECK(KindOf("Vì sao?! Thật vậy...", "?") == "punctuation");
  CHECK(KindOf("Vì sao?! Thật vậy...", "!") == "punctuation");
  CHECK(KindOf("Tăng 5 % + 3", "+") == "symbol");
  CHECK(KindOf("«Tốt» – đúng", "–") == "punctuation");
  CHECK(KindOf("«Tốt» – đúng", "Tốt") == "syllable");
  CHECK(pieces.size() == 12);
}

TEST_CASE("Tokenize handles long unspaced runs without rescanning them", "[analyzer][tokenizer]") {
  // Each of these would take minutes if every token start rescanned the rest of the run.
  auto unit = GENERATE(as<std::string>{}, "a-", "a.", "a.vn/", "1/", "A-a", "x@");
  std::string text;
  for (int i = 0; i < 100000; ++i) text += unit;
  const std::vector<Token> tokens = Tokenize(text);
  CAPTURE(unit);
  CHECK_FALSE(tokens.empty());
  CHECK(tokens.back().end <= text.size());
}

TEST_CASE("Tokenize keeps its invariants on random mixes of fragments and bytes", "[analyzer][tokenizer]") {
  // Fragments that exercise every scanner, cut and glued at random, plus raw bytes.
  const std::vector<std::string> fragments = {"505/QĐ-TTg", "09-NQ/",
                                              "20/2023/QH", "22/4/20",
                                              "9h3",        "14:",
                                              "1.234.",     "TP.",
                                              "HCM",        "GS.TS",
                                              "v.v.",       "KH&",
                                              "BR-",        "COVID-",
                                              "a@b.",       "https://",
                                              "www.",       "chinhphu.vn/",
                                              "Việt",       "e\xCC\x82\xCC\x81",
                                              "\xC4\x90",   "\xE1\xBB",
                                              "\xF0\x9F",   "\xFF",
                                              " ",          "\n",
                                              ".",          "\"",
                                              "…",          "(",
                                              ")",          "1.",
                                              ";",          "%"};
  std::mt19937 rng(20240605);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int pieces = static_cast<int>(rng() % 12);
    for (int i = 0; i < pieces; ++i) {
      if (rng() % 5 == 0) {
        text += static_cast<char>(rng() % 256);
      } else {
        text += fragments[rng() % fragments.size()];
      }
    }
    size_t previous_end = 0;
    for (const Token& token : Tokenize(text)) {
      REQUIRE(token.begin >= previous_end);
      REQUIRE(token.begin < token.end);
      REQUIRE(token.end <= text.size());
      previous_end = token.end;
    }
  }
}

}  // namespace
}  // namespace dxnews::analyzer
