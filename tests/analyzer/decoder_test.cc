#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>

#include "charset_sniffer.h"
#include "dxnews/analyzer/decoder.h"
#include "dxnews/analyzer/normalizer.h"
#include "vietnamese_score.h"

namespace dxnews::analyzer {
namespace {

// Our own sentences (invented names). The legacy byte strings below were produced at development
// time: TCVN3 with `iconv -t TCVN5712-1`, Windows-1258 with Python's cp1258 codec on
// tone-decomposed text, VNI with a small independent Python encoder (base letter + mark byte).
constexpr std::string_view kS1 =
    "Ông Lê Văn Khải, Giám đốc Sở Thông tin tỉnh Hòa Lâm, cho biết năm nay người dân được hướng "
    "dẫn dùng dịch vụ công trực tuyến.";
constexpr std::string_view kS2 =
    "Chuyển đổi số giúp các xã vùng cao của huyện Nậm Pạc kết nối với những thị trường mới, "
    "không chỉ trong tỉnh.";
constexpr std::string_view kS3 =
    "Chuyển đổi số giúp người dân tỉnh Hòa Lâm không phải đi xa để làm thủ tục.";

constexpr std::string_view kS1Tcvn3 =
    "\xA4ng L\xAA V\xA8n Kh\xB6i, Gi\xB8m \xAE\xE8" "c S\xEB Th\xABng tin t\xD8nh H\xDF" "a L\xA9m, cho "
    "bi\xD5t n\xA8m nay ng\xAD\xEAi d\xA9n \xAE\xAD\xEE" "c h\xAD\xEDng d\xC9n d\xEFng d\xDE" "ch v\xF4 "
    "c\xABng tr\xF9" "c tuy\xD5n.";
constexpr std::string_view kS2Tcvn3 =
    "Chuy\xD3n \xAE\xE6i s\xE8 gi\xF3p c\xB8" "c x\xB7 v\xEFng cao c\xF1" "a huy\xD6n N\xCBm P\xB9" "c "
    "k\xD5t n\xE8i v\xEDi nh\xF7ng th\xDE tr\xAD\xEAng m\xEDi, kh\xABng ch\xD8 trong t\xD8nh.";
constexpr std::string_view kS1Cp1258 =
    "\xD4ng L\xEA V\xE3n Kha\xD2i, Gi\xE1m \xF0\xF4\xEC" "c S\xF5\xD2 Th\xF4ng tin ti\xD2nh Ho\xCC" "a "
    "L\xE2m, cho bi\xEA\xECt n\xE3m nay ng\xFD\xF5\xCCi d\xE2n \xF0\xFD\xF5\xF2" "c h\xFD\xF5\xECng "
    "d\xE2\xDEn d\xF9ng di\xF2" "ch vu\xF2 c\xF4ng tr\xFD\xF2" "c tuy\xEA\xECn.";
constexpr std::string_view kS2Cp1258 =
    "Chuy\xEA\xD2n \xF0\xF4\xD2i s\xF4\xEC gi\xFAp c\xE1" "c xa\xDE v\xF9ng cao cu\xD2" "a "
    "huy\xEA\xF2n N\xE2\xF2m Pa\xF2" "c k\xEA\xECt n\xF4\xECi v\xF5\xECi nh\xFD\xDEng thi\xF2 "
    "tr\xFD\xF5\xCCng m\xF5\xECi, kh\xF4ng chi\xD2 trong ti\xD2nh.";
constexpr std::string_view kS1Vni =
    "O\xC2ng Le\xE2 Va\xEAn Kha\xFBi, Gia\xF9m \xF1o\xE1" "c S\xF4\xFB Tho\xE2ng tin t\xE6nh Ho\xF8" "a "
    "La\xE2m, cho bie\xE1t na\xEAm nay ng\xF6\xF4\xF8i da\xE2n \xF1\xF6\xF4\xEF" "c h\xF6\xF4\xF9ng "
    "da\xE3n du\xF8ng d\xF2" "ch vu\xEF co\xE2ng tr\xF6\xEF" "c tuye\xE1n.";
constexpr std::string_view kS2Vni =
    "Chuye\xE5n \xF1o\xE5i so\xE1 giu\xF9p ca\xF9" "c xa\xF5 vu\xF8ng cao cu\xFB" "a huye\xE4n "
    "Na\xE4m Pa\xEF" "c ke\xE1t no\xE1i v\xF4\xF9i nh\xF6\xF5ng th\xF2 tr\xF6\xF4\xF8ng m\xF4\xF9i, "
    "kho\xE2ng ch\xE6 trong t\xE6nh.";
// kS3 encoded as UTF-8, read as Windows-1252 (WHATWG: 0x9D -> U+009D), then saved as UTF-8.
constexpr std::string_view kS3Mojibake1252 =
    "Chuy\xC3\xA1\xC2\xBB\xC6\x92n \xC3\x84\xE2\x80\x98\xC3\xA1\xC2\xBB\xE2\x80\xA2i "
    "s\xC3\xA1\xC2\xBB\xE2\x80\x98 gi\xC3\x83\xC2\xBAp ng\xC3\x86\xC2\xB0\xC3\xA1\xC2\xBB\xC2\x9Di "
    "d\xC3\x83\xC2\xA2n t\xC3\xA1\xC2\xBB\xE2\x80\xB0nh H\xC3\x83\xC2\xB2" "a L\xC3\x83\xC2\xA2m "
    "kh\xC3\x83\xC2\xB4ng ph\xC3\xA1\xC2\xBA\xC2\xA3i \xC3\x84\xE2\x80\x98i xa "
    "\xC3\x84\xE2\x80\x98\xC3\xA1\xC2\xBB\xC6\x92 l\xC3\x83\xC2\xA0m th\xC3\xA1\xC2\xBB\xC2\xA7 "
    "t\xC3\xA1\xC2\xBB\xC2\xA5" "c.";
// The same through Windows-1258 ("dĂ¢n" for "dân").
constexpr std::string_view kS3Mojibake1258 =
    "Chuy\xC3\xA1\xC2\xBB\xC6\x92n \xC3\x84\xE2\x80\x98\xC3\xA1\xC2\xBB\xE2\x80\xA2i "
    "s\xC3\xA1\xC2\xBB\xE2\x80\x98 gi\xC4\x82\xC2\xBAp ng\xC3\x86\xC2\xB0\xC3\xA1\xC2\xBB\xC2\x9Di "
    "d\xC4\x82\xC2\xA2n t\xC3\xA1\xC2\xBB\xE2\x80\xB0nh H\xC4\x82\xC2\xB2" "a L\xC4\x82\xC2\xA2m "
    "kh\xC4\x82\xC2\xB4ng ph\xC3\xA1\xC2\xBA\xC2\xA3i \xC3\x84\xE2\x80\x98i xa "
    "\xC3\x84\xE2\x80\x98\xC3\xA1\xC2\xBB\xC6\x92 l\xC4\x82\xC2\xA0m th\xC3\xA1\xC2\xBB\xC2\xA7 "
    "t\xC3\xA1\xC2\xBB\xC2\xA5" "c.";

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// An independent UTF-8 well-formedness check (Unicode Table 3-7), so the tests do not trust the
// decoder's own validator.
bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto b = static_cast<uint8_t>(s[i]);
    size_t n = b < 0x80 ? 1 : (b >= 0xC2 && b <= 0xDF) ? 2 : (b >= 0xE0 && b <= 0xEF) ? 3
             : (b >= 0xF0 && b <= 0xF4) ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    auto b1 = n > 1 ? static_cast<uint8_t>(s[i + 1]) : 0x80;
    uint8_t lo = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
    uint8_t hi = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
    if (n > 1 && (b1 < lo || b1 > hi)) return false;
    for (size_t k = 2; k < n; ++k) {
      if ((static_cast<uint8_t>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

std::string Utf16Bytes(std::u16string_view text, bool big_endian) {
  std::string out;
  for (char16_t unit : text) {
    char hi = static_cast<char>(unit >> 8), lo = static_cast<char>(unit & 0xFF);
    out += big_endian ? std::string{hi, lo} : std::string{lo, hi};
  }
  return out;
}

constexpr std::u16string_view kS2Utf16 =
    u"Chuyển đổi số giúp các xã vùng cao của huyện Nậm Pạc kết nối với những thị trường mới, "
    u"không chỉ trong tỉnh.";

size_t Count(std::string_view hay, std::string_view needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

DecodeHints Header(std::string_view content_type) {
  DecodeHints hints;
  hints.content_type = content_type;
  return hints;
}

DecodeHints Html(std::string_view content_type = {}) {
  DecodeHints hints = Header(content_type);
  hints.html = true;
  return hints;
}

DecodeHints Forced(Encoding encoding) {
  DecodeHints hints;
  hints.forced = encoding;
  return hints;
}

TEST_CASE("DecodeToUtf8 returns empty UTF-8 for empty input", "[analyzer][decoder]") {
  DecodedText out = DecodeToUtf8("");
  CHECK(out.utf8.empty());
  CHECK(out.encoding == Encoding::kUtf8);
  CHECK(out.source == DetectionSource::kDefault);
  CHECK(out.invalid_bytes == 0);
  CHECK_FALSE(out.repaired_mojibake);
}

TEST_CASE("DecodeToUtf8 passes valid UTF-8 through unchanged", "[analyzer][decoder]") {
  DecodedText out = DecodeToUtf8(kS1);
  CHECK(out.utf8 == kS1);
  CHECK(out.encoding == Encoding::kUtf8);
  CHECK(out.source == DetectionSource::kSniffed);
  CHECK(out.invalid_bytes == 0);
  CHECK_FALSE(out.repaired_mojibake);

  DecodedText declared = DecodeToUtf8(kS1, Header("text/html; charset=UTF-8"));
  CHECK(declared.source == DetectionSource::kHttpHeader);

  DecodedText ascii = DecodeToUtf8("Ha Noi 2025");
  CHECK(ascii.utf8 == "Ha Noi 2025");
  CHECK(ascii.source == DetectionSource::kDefault);
}

TEST_CASE("DecodeToUtf8 composes decomposed UTF-8 into NFC", "[analyzer][decoder]") {
  // "Việt Nam" typed as "Vie" + U+0323 + U+0302 + "t Nam", and "hỏi" as "ho" + U+0309 + "i".
  DecodedText out = DecodeToUtf8("Vie\xCC\xA3\xCC\x82t Nam ho\xCC\x89i");
  CHECK(out.utf8 == "Việt Nam hỏi");
  CHECK(ToNfc("Vie\xCC\xA3\xCC\x82t") == "Việt");
  CHECK(ToNfc("hòa") == "hòa");  // NFC alone keeps the tone placement
  CHECK(ToNfc("a\xFF" "e\xCC\x81\xE1") == "a\xEF\xBF\xBD" "é\xEF\xBF\xBD");  // ill-formed -> U+FFFD
}

TEST_CASE("DecodeToUtf8 honours and strips byte-order marks", "[analyzer][decoder]") {
  SECTION("UTF-8 BOM") {
    DecodedText out = DecodeToUtf8(std::string("\xEF\xBB\xBF") + std::string(kS2));
    CHECK(out.utf8 == kS2);
    CHECK(out.source == DetectionSource::kBom);
  }
  SECTION("UTF-16LE and UTF-16BE BOM, even against a wrong header") {
    DecodedText le = DecodeToUtf8("\xFF\xFE" + Utf16Bytes(kS2Utf16, false), Header("text/html; charset=iso-8859-1"));
    CHECK(le.utf8 == kS2);
    CHECK(le.encoding == Encoding::kUtf16Le);
    CHECK(le.source == DetectionSource::kBom);
    DecodedText be = DecodeToUtf8("\xFE\xFF" + Utf16Bytes(kS2Utf16, true));
    CHECK(be.utf8 == kS2);
    CHECK(be.encoding == Encoding::kUtf16Be);
  }
}

TEST_CASE("DecodeToUtf8 sniffs UTF-16 without BOM from its zero bytes", "[analyzer][decoder]") {
  DecodedText le = DecodeToUtf8(Utf16Bytes(kS2Utf16, false));
  CHECK(le.utf8 == kS2);
  CHECK(le.encoding == Encoding::kUtf16Le);
  CHECK(le.source == DetectionSource::kSniffed);
  DecodedText be = DecodeToUtf8(Utf16Bytes(kS2Utf16, true), Header("text/plain; charset=utf-16be"));
  CHECK(be.utf8 == kS2);
  CHECK(be.source == DetectionSource::kHttpHeader);
}

TEST_CASE("DecodeToUtf8 counts an unpaired surrogate and an odd byte in UTF-16", "[analyzer][decoder]") {
  // "Hà" + lone high surrogate D835 + "!" + a dangling odd byte.
  std::string bytes("\xFF\xFEH\x00\xE0\x00\x35\xD8!\x00\x41", 11);
  DecodedText out = DecodeToUtf8(bytes);
  CHECK(out.utf8 == "Hà\xEF\xBF\xBD!\xEF\xBF\xBD");
  CHECK(out.invalid_bytes == 3);
}

TEST_CASE("DecodeToUtf8 reads TCVN3 (.VnTime) text whatever is declared", "[analyzer][decoder]") {
  auto [bytes, expected] = GENERATE(table<std::string_view, std::string_view>({
      {kS1Tcvn3, kS1},
      {kS2Tcvn3, kS2},
  }));
  DecodedText sniffed = DecodeToUtf8(bytes);
  CHECK(sniffed.utf8 == expected);
  CHECK(sniffed.encoding == Encoding::kTcvn3);
  CHECK(sniffed.source == DetectionSource::kSniffed);
  CHECK(sniffed.invalid_bytes == 0);

  DecodedText lied = DecodeToUtf8(bytes, Header("text/html; charset=windows-1252"));
  CHECK(lied.utf8 == expected);
  CHECK(lied.source == DetectionSource::kSniffed);

  DecodedText declared = DecodeToUtf8(bytes, Header("text/html; charset=TCVN3"));
  CHECK(declared.utf8 == expected);
  CHECK(declared.source == DetectionSource::kHttpHeader);
}

TEST_CASE("DecodeToUtf8 reads Windows-1258 with separate tone bytes into NFC", "[analyzer][decoder]") {
  auto [bytes, expected] = GENERATE(table<std::string_view, std::string_view>({
      {kS1Cp1258, kS1},
      {kS2Cp1258, kS2},
  }));
  DecodedText declared = DecodeToUtf8(bytes, Header("text/html; charset=windows-1258"));
  CHECK(declared.utf8 == expected);
  CHECK(declared.encoding == Encoding::kWindows1258);
  CHECK(declared.source == DetectionSource::kHttpHeader);

  DecodedText sniffed = DecodeToUtf8(bytes);
  CHECK(sniffed.utf8 == expected);
  CHECK(sniffed.encoding == Encoding::kWindows1258);
  CHECK(sniffed.source == DetectionSource::kSniffed);

  // Declared as Latin-1, which is not Vietnamese: the bytes win.
  CHECK(DecodeToUtf8(bytes, Header("text/html; charset=ISO-8859-1")).encoding == Encoding::kWindows1258);
}

TEST_CASE("DecodeToUtf8 reads VNI-Windows base letter + mark bytes", "[analyzer][decoder]") {
  auto [bytes, expected] = GENERATE(table<std::string_view, std::string_view>({
      {kS1Vni, kS1},
      {kS2Vni, kS2},
      {"Xin cha\xF8o ca\xF9" "c ba\xEFn, chu\xF9" "c m\xF6\xF8ng Vie\xE4t Nam", "Xin chào các bạn, chúc mừng Việt Nam"},
  }));
  DecodedText out = DecodeToUtf8(bytes);
  CHECK(out.utf8 == expected);
  CHECK(out.encoding == Encoding::kVni);
  CHECK(out.source == DetectionSource::kSniffed);
  CHECK(DecodeToUtf8(bytes, Forced(Encoding::kVni)).utf8 == expected);
}

TEST_CASE("DecodeToUtf8 sniffs short legacy titles without frequent syllables", "[analyzer][decoder]") {
  // Regression: these fell back to windows-1252 (no frequent syllable), VNI titles were read as
  // TCVN3, and "maòng" (cp1252 for 1258 "mạng") passed as a syllable.
  auto [bytes, encoding, expected] = GENERATE(table<std::string_view, Encoding, std::string_view>({
      {"X\xB7 T\xA9n L\xB9" "c l\xBEp camera an ninh", Encoding::kTcvn3, "Xã Tân Lạc lắp camera an ninh"},
      {"Xa\xF5 Ta\xE2n La\xEF" "c la\xE9p camera an ninh", Encoding::kVni, "Xã Tân Lạc lắp camera an ninh"},
      {"Xa\xDE T\xE2n La\xF2" "c l\xE3\xECp camera an ninh", Encoding::kWindows1258, "Xã Tân Lạc lắp camera an ninh"},
      {"N\xABng d\xA9n b\xB8n h\xB5ng qua m\xB9ng", Encoding::kTcvn3, "Nông dân bán hàng qua mạng"},
      {"No\xE2ng da\xE2n ba\xF9n ha\xF8ng qua ma\xEFng", Encoding::kVni, "Nông dân bán hàng qua mạng"},
      {"N\xF4ng d\xE2n b\xE1n h\xE0ng qua ma\xF2ng", Encoding::kWindows1258, "Nông dân bán hàng qua mạng"},
  }));
  DecodedText out = DecodeToUtf8(bytes);
  CHECK(out.utf8 == expected);
  CHECK(out.encoding == encoding);
}

TEST_CASE("DecodeToUtf8 does not call English with one stray dash byte TCVN3", "[analyzer][decoder]") {
  // Regression: 0x97 (an em dash in cp1252) is "Ộ" in TCVN3, and one "good" word was enough.
  DecodedText out = DecodeToUtf8("<p>Read more \x97 about the new library hours</p>");
  CHECK(out.encoding == Encoding::kWindows1252);
  CHECK(out.source == DetectionSource::kDefault);
  CHECK(out.utf8 == "<p>Read more — about the new library hours</p>");
}

TEST_CASE("DecodeToUtf8 prefers valid multi-byte UTF-8 over a single-byte declaration", "[analyzer][decoder]") {
  auto label = GENERATE("iso-8859-1", "windows-1252", "windows-1258", "tcvn3", "us-ascii");
  std::string header = std::string("text/html; charset=") + label;
  DecodedText out = DecodeToUtf8(kS2, Header(header));
  CHECK(out.utf8 == kS2);
  CHECK(out.encoding == Encoding::kUtf8);
  CHECK(out.source == DetectionSource::kSniffed);
}

TEST_CASE("DecodeToUtf8 keeps a declared Latin-1 for Western text", "[analyzer][decoder]") {
  DecodedText out = DecodeToUtf8("Caf\xE9 cr\xE8me \xE0 Paris", Header("text/plain; charset=latin1"));
  CHECK(out.utf8 == "Café crème à Paris");
  CHECK(out.encoding == Encoding::kWindows1252);
  CHECK(out.source == DetectionSource::kHttpHeader);

  DecodedText undeclared = DecodeToUtf8("Caf\xE9 cr\xE8me \xE0 Paris");
  CHECK(undeclared.encoding == Encoding::kWindows1252);
  CHECK(undeclared.source == DetectionSource::kDefault);
}

TEST_CASE("DecodeToUtf8 finds the charset in <meta> tags", "[analyzer][decoder]") {
  std::string body = "<html><head><title>x</title>";
  SECTION("meta charset") {
    std::string html = body + "<META charset='windows-1258'></head><body>" + std::string(kS1Cp1258);
    DecodedText out = DecodeToUtf8(html, Html());
    CHECK(out.encoding == Encoding::kWindows1258);
    CHECK(out.source == DetectionSource::kMetaTag);
    CHECK(out.utf8.find(kS1) != std::string::npos);
  }
  SECTION("meta http-equiv, and the HTTP header wins over it") {
    std::string html = body + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=TCVN3\">" +
                       std::string(kS2Tcvn3);
    DecodedText out = DecodeToUtf8(html, Html());
    CHECK(out.source == DetectionSource::kMetaTag);
    CHECK(out.utf8.find(kS2) != std::string::npos);
    CHECK(DecodeToUtf8(html, Html("text/html; charset=tcvn3")).source == DetectionSource::kHttpHeader);
  }
  SECTION("meta is ignored unless the hints say HTML") {
    std::string html = body + "<meta charset=\"windows-1258\">" + std::string(kS1Cp1258);
    CHECK(DecodeToUtf8(html).source == DetectionSource::kSniffed);
  }
}

TEST_CASE("DecodeToUtf8 repairs double-encoded UTF-8", "[analyzer][decoder]") {
  auto bytes = GENERATE(kS3Mojibake1252, kS3Mojibake1258);
  DecodedText out = DecodeToUtf8(bytes);
  CHECK(out.utf8 == kS3);
  CHECK(out.repaired_mojibake);
  CHECK(out.encoding == Encoding::kUtf8);
  CHECK(out.invalid_bytes == 0);
}

TEST_CASE("DecodeToUtf8 leaves text with legitimate Ã and Ä alone", "[analyzer][decoder]") {
  std::string_view text = "SÃO PAULO e Äänekoski: hai thành phố kết nghĩa.";
  DecodedText out = DecodeToUtf8(text);
  CHECK(out.utf8 == text);
  CHECK_FALSE(out.repaired_mojibake);
}

TEST_CASE("DecodeToUtf8 replaces and counts malformed UTF-8", "[analyzer][decoder]") {
  auto [bytes, replacements, invalid] = GENERATE(table<std::string_view, size_t, size_t>({
      {"a\xC0\xAF" "b", 2, 2},                // overlong "/": C0 is never a lead byte
      {"a\xE0\x80\xAF" "b", 3, 3},            // overlong three-byte form
      {"s\xE1\xBB", 1, 2},                    // truncated "ố" at the end: one maximal subpart
      {"\x80x\xBF", 2, 2},                    // lone continuation bytes
      {"\xED\xA0\x80" "z", 3, 3},             // encoded surrogate U+D800
      {"\xF4\x90\x80\x80", 4, 4},             // beyond U+10FFFF
      {"\xFF\xFE", 2, 2},                     // a UTF-16 BOM is not UTF-8
  }));
  DecodedText out = DecodeToUtf8(bytes, Forced(Encoding::kUtf8));
  CHECK(IsValidUtf8(out.utf8));
  CHECK(Count(out.utf8, kReplacement) == replacements);
  CHECK(out.invalid_bytes == invalid);
}

TEST_CASE("DecodeToUtf8 keeps damaged UTF-8 as UTF-8 when most of it is valid", "[analyzer][decoder]") {
  std::string bytes = std::string(kS1) + "\xE1\xBB" + " " + std::string(kS2) + "\x80";
  DecodedText out = DecodeToUtf8(bytes, Header("text/html; charset=utf-8"));
  CHECK(out.encoding == Encoding::kUtf8);
  CHECK(out.source == DetectionSource::kHttpHeader);
  CHECK(out.invalid_bytes == 3);
  CHECK(out.utf8 == std::string(kS1) + std::string(kReplacement) + " " + std::string(kS2) +
                        std::string(kReplacement));
}

TEST_CASE("DecodeToUtf8 always returns valid UTF-8 for arbitrary bytes", "[analyzer][decoder]") {
  std::string bytes;
  uint32_t state = 12345;
  for (int i = 0; i < 20000; ++i) {
    state = state * 1103515245u + 12345u;  // a fixed linear congruential sequence
    bytes.push_back(static_cast<char>(state >> 24));
  }
  auto forced = GENERATE(Encoding::kUtf8, Encoding::kUtf16Le, Encoding::kUtf16Be, Encoding::kWindows1258,
                         Encoding::kWindows1252, Encoding::kTcvn3, Encoding::kVni);
  for (size_t len : {size_t{0}, size_t{1}, size_t{2}, size_t{3}, size_t{257}, bytes.size()}) {
    std::string_view input(bytes.data(), len);
    CHECK(IsValidUtf8(DecodeToUtf8(input, Forced(forced)).utf8));
    CHECK(IsValidUtf8(DecodeToUtf8(input, Html("text/html; charset=x")).utf8));
  }
  std::string all;
  for (int b = 0; b < 256; ++b) all.push_back(static_cast<char>(b));
  CHECK(IsValidUtf8(DecodeToUtf8(all, Forced(forced)).utf8));
  CHECK(IsValidUtf8(DecodeToUtf8(all).utf8));
}

TEST_CASE("EncodingFromLabel accepts WHATWG and Vietnamese labels", "[analyzer][decoder]") {
  auto [label, expected] = GENERATE(table<std::string_view, Encoding>({
      {"utf-8", Encoding::kUtf8},
      {"UTF8", Encoding::kUtf8},
      {" \"utf-8\" ", Encoding::kUtf8},
      {"utf-16", Encoding::kUtf16Le},
      {"UTF-16BE", Encoding::kUtf16Be},
      {"Windows-1258", Encoding::kWindows1258},
      {"latin1", Encoding::kWindows1252},
      {"ISO-8859-1", Encoding::kWindows1252},
      {"us-ascii", Encoding::kWindows1252},
      {"tcvn3", Encoding::kTcvn3},
      {"TCVN5712-1", Encoding::kTcvn3},
      {"vni-windows", Encoding::kVni},
  }));
  CHECK(EncodingFromLabel(label) == expected);
}

TEST_CASE("EncodingFromLabel rejects unknown labels and round-trips EncodingName", "[analyzer][decoder]") {
  CHECK_FALSE(EncodingFromLabel("").has_value());
  CHECK_FALSE(EncodingFromLabel("shift_jis").has_value());
  CHECK_FALSE(EncodingFromLabel("utf-8x").has_value());
  for (Encoding e : {Encoding::kUtf8, Encoding::kUtf16Le, Encoding::kUtf16Be, Encoding::kWindows1258,
                     Encoding::kWindows1252, Encoding::kTcvn3, Encoding::kVni}) {
    CHECK(EncodingFromLabel(EncodingName(e)) == e);
  }
  CHECK(std::string_view(DetectionSourceName(DetectionSource::kMetaTag)) == "meta-tag");
}

TEST_CASE("charset clue finders parse headers, meta tags and BOMs", "[analyzer][decoder]") {
  using internal::CharsetFromContentType;
  using internal::CharsetFromMeta;
  CHECK(CharsetFromContentType("text/html; charset=UTF-8") == "UTF-8");
  CHECK(CharsetFromContentType("text/html;Charset = \"windows-1258\"; foo=bar") == "windows-1258");
  CHECK(CharsetFromContentType("text/html").empty());
  CHECK(CharsetFromContentType("text/html; charset=").empty());
  CHECK(CharsetFromMeta("<meta name=x><meta charset=utf-8>") == "utf-8");
  CHECK(CharsetFromMeta("<head><meta http-equiv='Content-Type' content='text/html; charset=tcvn3'>") == "tcvn3");
  std::string late = std::string(5000, ' ') + "<meta charset=utf-8>";
  CHECK(CharsetFromMeta(late).empty());  // only the first 4 KB are searched
  CHECK(CharsetFromMeta("<meta charset").empty());
  CHECK(internal::DetectBom("\xEF\xBB").has_value() == false);
  CHECK(internal::SniffUtf16("plain ASCII text, no zeros") == std::nullopt);
}

TEST_CASE("ScoreVietnamese ranks the right decoding above the wrong ones", "[analyzer][decoder]") {
  using internal::ScoreVietnamese;
  double right = ScoreVietnamese(kS2).Value();
  CHECK(right > 1.0);
  // TCVN3 bytes shown as Windows-1252, and VNI bytes shown as Windows-1252.
  CHECK(ScoreVietnamese("Chuy\xC3\x93n \xC2\xAE\xC3\xA6i s\xC3\xA8").Value() < 0.0);
  CHECK(ScoreVietnamese("Vie\xC3\xA4t Nam").Value() < 0.0);
  CHECK(ScoreVietnamese("only ascii words").Value() == 0.0);
}

}  // namespace
}  // namespace dxnews::analyzer
