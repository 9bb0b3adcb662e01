#include "vietnamese_score.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "icu_text.h"

namespace dxnews::analyzer::internal {
namespace {

// Lower-case vowels, bare then huyền, sắc, hỏi, ngã, nặng. `modified` marks the vowels with a
// circumflex, breve or horn, which always carry the tone when present: "tôi", never "tôì".
struct VowelRow {
  std::u32string_view letters;
  bool modified;
};
constexpr std::array<VowelRow, 12> kVowelRows = {{
    {U"aàáảãạ", false}, {U"ăằắẳẵặ", true}, {U"âầấẩẫậ", true}, {U"eèéẻẽẹ", false},
    {U"êềếểễệ", true},  {U"iìíỉĩị", false}, {U"oòóỏõọ", false}, {U"ôồốổỗộ", true},
    {U"ơờớởỡợ", true},  {U"uùúủũụ", false}, {U"ưừứửữự", true}, {U"yỳýỷỹỵ", false},
}};

// The most frequent non-ASCII syllables of Vietnamese news text, sorted by byte value.
constexpr std::array<std::string_view, 40> kFrequent = {
    "bộ", "chuyển", "chính", "các", "có", "cũng", "của", "dân", "dụng", "hiện",
    "hóa", "hội", "là", "lý", "một", "người", "nhiều", "nhà", "nhân", "những",
    "này", "năm", "phát", "quản", "sẽ", "số", "tại", "tế", "tỉnh", "từ",
    "và", "về", "với", "đã", "đó", "được", "đến", "để", "đổi", "ứng",
};

struct Letter {
  bool is_letter = false;
  bool modified = false;  // ă â ê ô ơ ư
  bool toned = false;
};

Letter ClassifyLower(char32_t lower) {
  if (lower < 0x80) return {lower >= U'a' && lower <= U'z', false, false};
  if (lower == 0x111) return {true, false, false};  // đ
  for (const VowelRow& row : kVowelRows) {
    size_t col = row.letters.find(lower);
    if (col != std::u32string_view::npos) return {true, row.modified, col != 0};
  }
  return {};
}

bool IsSeparator(UChar32 c) {
  if (c < 0x80) return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  return c == 0xA0 || (c >= 0x2000 && c <= 0x206F) || c == 0x3000;
}

class WordJudge {
 public:
  void Add(UChar32 c) {
    char32_t lower = c < 0 ? 0xFFFD : static_cast<char32_t>(u_tolower(c));
    Letter letter = ClassifyLower(lower);
    non_ascii_ |= c >= 0x80 || c < 0;
    bad_ |= !letter.is_letter;
    bool upper = lower != static_cast<char32_t>(c);
    bad_ |= upper && saw_lower_;  // "chuyÓn": a capital inside a lower-case word
    saw_lower_ |= !upper;
    tones_ += letter.toned ? 1 : 0;
    modified_ |= letter.modified;
    toned_plain_ |= letter.toned && !letter.modified;
    if (lower_.size() < 16) AppendUtf8(lower, &lower_);
  }

  void Finish(VietnameseScore* score) {
    if (non_ascii_) {
      bool bad = bad_ || tones_ > 1 || (modified_ && toned_plain_);
      if (bad) {
        ++score->bad;
      } else {
        ++score->good;
        if (std::binary_search(kFrequent.begin(), kFrequent.end(), std::string_view(lower_))) {
          ++score->frequent;
        }
      }
    }
    *this = WordJudge();
  }

  bool empty() const { return lower_.empty(); }

 private:
  std::string lower_;
  bool non_ascii_ = false, bad_ = false, saw_lower_ = false, modified_ = false, toned_plain_ = false;
  int tones_ = 0;
};

}  // namespace

double VietnameseScore::Value() const {
  size_t words = good + bad;
  if (words == 0) return 0.0;
  double sum = static_cast<double>(good) + 2.0 * static_cast<double>(frequent) - 3.0 * static_cast<double>(bad);
  return sum / static_cast<double>(words);
}

VietnameseScore ScoreVietnamese(std::string_view text) {
  VietnameseScore score;
  WordJudge word;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto len = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c >= 0 && IsSeparator(c)) {
      if (!word.empty()) word.Finish(&score);
      continue;
    }
    word.Add(c);
  }
  if (!word.empty()) word.Finish(&score);
  return score;
}

}  // namespace dxnews::analyzer::internal
