#include <catch2/catch.hpp>

#include <string>

#include "dxnews/analyzer/normalizer.h"

namespace dxnews::analyzer {
namespace {

TEST_CASE("Normalize puts the tone of open oa/oe/uy syllables on the glide (old style)", "[analyzer][normalizer]") {
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      {"hoà", "hòa"},
      {"Thanh Hoá", "Thanh Hóa"},
      {"thuỷ", "thủy"},
      {"khoẻ", "khỏe"},
      {"Uỷ ban", "Ủy ban"},
      {"UỶ BAN", "ỦY BAN"},
      {"hoạ sĩ", "họa sĩ"},
      {"tự động hoá", "tự động hóa"},
      {"hòa", "hòa"},                 // already canonical
      {"hoàn thành", "hoàn thành"},   // closed syllable: both styles agree
      {"huỳnh", "huỳnh"},
      {"quý", "quý"},                 // after q the u is part of the consonant
      {"Quỳnh", "Quỳnh"},
      {"ngoài", "ngoài"},             // triphthong, tone on the middle vowel
      {"khuya", "khuya"},
  }));
  CHECK(Normalize(input) == expected);
}

TEST_CASE("hoà and hòa compare equal, as do thuỷ/thủy and khoẻ/khỏe", "[analyzer][normalizer]") {
  CHECK(SameText("hoà", "hòa"));
  CHECK(SameText("thuỷ", "thủy"));
  CHECK(SameText("khoẻ", "khỏe"));
  CHECK(SameText("Hòa Bình", "HOÀ BÌNH"));
  CHECK_FALSE(SameText("hòa", "hóa"));
}

TEST_CASE("NFD input normalises to the same text as NFC input", "[analyzer][normalizer]") {
  // "Việt Nam" with every mark as a combining character: e + U+0323 (nặng) + U+0302 (circumflex).
  std::string nfd = "Vie\xCC\xA3\xCC\x82t Nam";
  CHECK(Normalize(nfd) == "Việt Nam");
  // "hoà" in NFD with the tone on the a: o, a + U+0300.
  CHECK(Normalize("hoa\xCC\x80") == "hòa");
  CHECK(SameText("chuy\xC3\xAA\xCC\x89n \xC4\x91o\xCC\x82\xCC\x89i", "chuyển đổi"));
}

TEST_CASE("NormalizeLower lower-cases Vietnamese letters including Đ", "[analyzer][normalizer]") {
  CHECK(NormalizeLower("ĐỔI MỚI SÁNG TẠO") == "đổi mới sáng tạo");
  CHECK(NormalizeLower("Ủy Ban Nhân Dân") == "ủy ban nhân dân");
  CHECK(NormalizeLower("UỶ BAN") == "ủy ban");
}

TEST_CASE("Fold gives the diacritic-free search key with đ -> d", "[analyzer][normalizer]") {
  CHECK(Fold("Đổi") == "doi");
  CHECK(Fold("Chuyển Đổi Số") == "chuyen doi so");
  CHECK(Fold("chuyển đổi số") == Fold("CHUYỂN ĐỔI SỐ"));
  CHECK(Fold("Hoà") == Fold("hòa"));
  CHECK(Fold("người dân ưu tiên ăn ở") == "nguoi dan uu tien an o");
  CHECK(Fold("TP.HCM 505/QĐ-TTg") == "tp.hcm 505/qd-ttg");
}

TEST_CASE("Normalize cleans up Unicode whitespace and invisible characters", "[analyzer][normalizer]") {
  CHECK(Normalize("  Hà\xC2\xA0Nội\t\tmưa ") == "Hà Nội mưa");
  CHECK(Normalize("chuyển\xE2\x80\x8B đổi") == "chuyển đổi");  // zero-width space
  CHECK(Normalize("") == "");
}

TEST_CASE("Normalize replaces malformed UTF-8 with U+FFFD and never crashes", "[analyzer][normalizer]") {
  CHECK(Normalize("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(Normalize("\xC3") == "\xEF\xBF\xBD");                 // truncated sequence
  CHECK(Normalize("\xED\xA0\x80") .find("\xEF\xBF\xBD") != std::string::npos);  // encoded surrogate
  CHECK(Fold("\xF8\x88\x80\x80\x80 x").find("x") != std::string::npos);
}

TEST_CASE("AppendLowerKey agrees with NormalizeLower on single words", "[analyzer][normalizer]") {
  for (const char* word : {"Hoà", "THUỶ", "Nội", "UBND", "505/QĐ-TTg"}) {
    std::string key;
    AppendLowerKey(word, &key);
    CHECK(key == NormalizeLower(word));
  }
}

}  // namespace
}  // namespace dxnews::analyzer
