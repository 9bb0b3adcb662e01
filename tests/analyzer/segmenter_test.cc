// Tests of the word segmenter with the built-in model. Inputs are sentences written for these
// tests (invented names); the dev-F1 test reads ../shared/data and skips without it.
#include "dxnews/analyzer/segmenter.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dxnews/analyzer/normalizer.h"

namespace {

using dxnews::analyzer::Segmenter;

const Segmenter& BuiltinSegmenter() {
  static const Segmenter segmenter = [] {
    auto loaded = Segmenter::LoadBuiltin();
    REQUIRE(loaded.ok());
    return std::move(loaded).value();
  }();
  return segmenter;
}

std::vector<std::string> SplitSpaces(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string t;
  while (in >> t) out.push_back(t);
  return out;
}

// Segments space-separated tokens and returns them with "_" between joined syllables.
std::string Seg(const std::string& text) {
  std::vector<std::string> tokens = SplitSpaces(text);
  std::vector<std::string_view> views(tokens.begin(), tokens.end());
  std::vector<bool> joins;
  BuiltinSegmenter().Segment(views, &joins);
  REQUIRE(joins.size() == tokens.size());
  std::string out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) out += joins[i] ? "_" : " ";
    out += tokens[i];
  }
  return out;
}

bool HasWord(const std::string& segmented, const std::string& word) {
  return (" " + segmented + " ").find(" " + word + " ") != std::string::npos;
}

}  // namespace

TEST_CASE("Segmenter joins clear multi-syllable words", "[analyzer][unit]") {
  std::string out = Seg("Thủ tướng yêu cầu các bộ , ngành đẩy mạnh chuyển đổi số và phát triển kinh tế số .");
  CHECK(HasWord(out, "Thủ_tướng"));
  CHECK(HasWord(out, "yêu_cầu"));
  CHECK(HasWord(out, "đẩy_mạnh"));
  CHECK(HasWord(out, "chuyển_đổi_số"));
  CHECK(HasWord(out, "phát_triển"));
  CHECK(HasWord(out, "kinh_tế_số"));
  CHECK(HasWord(out, "các"));
  CHECK(HasWord(out, "và"));
}

TEST_CASE("Segmenter joins proper names and place names", "[analyzer][unit]") {
  std::string out = Seg("Chiều qua , ông Trần Minh Khôi đã đến thăm huyện Cần Giờ và tỉnh Bà Rịa - Vũng Tàu .");
  CHECK(HasWord(out, "Trần_Minh_Khôi"));
  CHECK(HasWord(out, "Cần_Giờ"));
  CHECK(HasWord(out, "Bà_Rịa"));
  CHECK(HasWord(out, "Vũng_Tàu"));
  CHECK(HasWord(out, "-"));
}

TEST_CASE("Segmenter never joins numbers or punctuation", "[analyzer][unit]") {
  std::vector<std::string> tokens = SplitSpaces("Năm 2024 , 35 triệu người ( 72 % ) đã dùng dịch vụ công trực tuyến !");
  std::vector<std::string_view> views(tokens.begin(), tokens.end());
  std::vector<bool> joins;
  BuiltinSegmenter().Segment(views, &joins);
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool letters_only = tokens[i].find_first_of("0123456789,()%!") == std::string::npos;
    bool prev_letters = i > 0 && tokens[i - 1].find_first_of("0123456789,()%!") == std::string::npos;
    if (!letters_only || !prev_letters) CHECK_FALSE(joins[i]);
  }
  CHECK_FALSE(joins[0]);
}

TEST_CASE("Segmenter keeps every token and only joins", "[analyzer][unit]") {
  std::string text = "Sở Thông tin và Truyền thông TP. HCM tổ chức hội thảo về chính quyền số ngày 12/3 .";
  std::string out = Seg(text);
  std::string restored = out;
  for (char& c : restored) c = c == '_' ? ' ' : c;
  CHECK(restored == text);
  CHECK(HasWord(out, "TP."));
  CHECK(HasWord(out, "12/3"));
}

TEST_CASE("Segmenter handles ALL-CAPS headlines", "[analyzer][unit]") {
  std::string out = Seg("TỈNH ĐẨY MẠNH CHUYỂN ĐỔI SỐ TRONG CẢI CÁCH HÀNH CHÍNH");
  CHECK(HasWord(out, "ĐẨY_MẠNH"));
  CHECK(HasWord(out, "CHUYỂN_ĐỔI_SỐ"));
  CHECK(HasWord(out, "CẢI_CÁCH"));
  CHECK(HasWord(out, "HÀNH_CHÍNH"));
}

TEST_CASE("Segmenter handles text without diacritics", "[analyzer][unit]") {
  std::string text = "thu tuong yeu cau day manh chuyen doi so va cai cach hanh chinh";
  std::string out = Seg(text);
  std::string restored = out;
  for (char& c : restored) c = c == '_' ? ' ' : c;
  CHECK(restored == text);
  CHECK(HasWord(out, "chuyen_doi_so"));
  CHECK(HasWord(out, "thu_tuong"));
}

TEST_CASE("Segmenter accepts empty and one-token input", "[analyzer][unit]") {
  std::vector<bool> joins{true, true};
  BuiltinSegmenter().Segment({}, &joins);
  CHECK(joins.empty());
  BuiltinSegmenter().Segment({"số"}, &joins);
  REQUIRE(joins.size() == 1);
  CHECK_FALSE(joins[0]);
}

TEST_CASE("Segmenter::FromModel rejects bytes that are not a model", "[analyzer][unit]") {
  auto bad = Segmenter::FromModel("not a model at all");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == dxnews::Status::Code::kInvalidInput);
  CHECK_FALSE(Segmenter::FromModel("").ok());
  CHECK_FALSE(Segmenter::FromModel(std::string("DXSEGM01\x14\0\0\0\x01\0\0\0\0\0\0\0", 20)).ok());
}

TEST_CASE("Segmenter reaches word F1 >= 0.95 on vi-ud-vtb dev", "[analyzer][unit]") {
  std::ifstream in(DXNEWS_SHARED_DIR "/data/vi-ud-vtb/vi_vtb-ud-dev.conllu");
  if (!in) {
    WARN("skipped: " DXNEWS_SHARED_DIR "/data/vi-ud-vtb/vi_vtb-ud-dev.conllu not found");
    return;
  }
  long gold_words = 0, system_words = 0, correct = 0;
  std::vector<std::string> tokens;
  std::vector<bool> gold;
  auto score = [&] {
    if (tokens.empty()) return;
    std::vector<bool> joins;
    BuiltinSegmenter().Segment(std::vector<std::string_view>(tokens.begin(), tokens.end()), &joins);
    for (size_t i = 0; i < tokens.size(); ++i) {
      bool gold_start = !gold[i], sys_start = !joins[i];
      gold_words += gold_start;
      system_words += sys_start;
      if (!gold_start || !sys_start) continue;
      size_t end = i + 1;
      bool same = true;
      for (; end < tokens.size() && (gold[end] || joins[end]); ++end) same = same && gold[end] == joins[end];
      correct += same && (end == tokens.size() || (!gold[end] && !joins[end]));
    }
    tokens.clear();
    gold.clear();
  };
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) score();
    if (line.empty() || line[0] == '#') continue;
    std::istringstream cols(line);
    std::string id, form;
    std::getline(cols, id, '\t');
    std::getline(cols, form, '\t');
    if (id.find_first_of("-.") != std::string::npos) continue;
    std::vector<std::string> syllables = SplitSpaces(form);
    for (size_t k = 0; k < syllables.size(); ++k) {
      tokens.push_back(syllables[k]);
      gold.push_back(k > 0);
    }
  }
  score();
  double f1 = 2.0 * double(correct) / double(gold_words + system_words);
  INFO("gold " << gold_words << " system " << system_words << " correct " << correct);
  CHECK(gold_words > 20000);
  CHECK(f1 >= 0.95);
}

TEST_CASE("Segmenter survives odd tokens: invalid UTF-8, combining marks, long tokens", "[analyzer][unit]") {
  std::string long_token(5000, 'a');
  std::vector<std::string> tokens = {"\xff\xfe", "Ha\xcc\x80", "N\xe1\xbb\x99i", long_token, "", "\xe1\xbb", "số",
                                     "hóa", "hoá", "e-mail", "TP.HCM", "😀", "số"};
  std::vector<std::string_view> views(tokens.begin(), tokens.end());
  std::vector<bool> joins;
  BuiltinSegmenter().Segment(views, &joins);
  REQUIRE(joins.size() == tokens.size());
  CHECK_FALSE(joins[0]);
  CHECK_FALSE(joins[1]);   // after invalid UTF-8
  CHECK_FALSE(joins[5]);   // after the empty token
  CHECK_FALSE(joins[6]);   // after a truncated sequence
  CHECK_FALSE(joins[10]);  // "TP.HCM" has punctuation
  CHECK_FALSE(joins[12]);  // after an emoji
}

TEST_CASE("Segmenter treats tone placement variants alike", "[analyzer][unit]") {
  // "hoá" (new style) and "hóa" (old style) are the same syllable for the model.
  std::string new_style = Seg("đẩy mạnh số hoá dữ liệu");
  const std::string hoa_new = "hoá";
  REQUIRE(new_style.find(hoa_new) != std::string::npos);
  new_style.replace(new_style.find(hoa_new), hoa_new.size(), "hóa");
  CHECK(Seg("đẩy mạnh số hóa dữ liệu") == new_style);
  CHECK(HasWord(new_style, "số_hóa"));
}
