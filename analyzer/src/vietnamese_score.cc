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
    {U"aàáảãạ", false},
    {U"ăằắẳẵặ", true},
    {U"âầấẩẫậ", true},
    {U"eèéẻẽẹ", false},
    {U"êềếểễệ", true},
    {U"iìíỉĩị", false},
    {U"oòóỏõọ", false},
    {U"ôồốổỗộ", true},
    {U"ơờớởỡợ", true},
    {U"uùúủũụ", false},
    {U"ưừứửữự", true},
    {U"yỳýỷỹỵ", false},
}};

// The most frequent non-ASCII syllables of Vietnamese news text, sorted by byte value.
constexpr std::array<std::string_view, 40> kFrequent = {
    "bộ",  "chuyển", "chính", "các",  "có",  "cũng",  "của",   "dân", "dụng", "hiện",
    "hóa", "hội",    "là",    "lý",   "một", "người", "nhiều", "nhà", "nhân", "những",
    "này", "năm",    "phát",  "quản", "sẽ",  "số",    "tại",   "tế",  "tỉnh", "từ",
    "và",  "về",     "với",   "đã",   "đó",  "được",  "đến",   "để",  "đổi",  "ứng",
};

// Every vowel nucleus of a Vietnamese syllable, without tone marks (after "qu" and "gi" the u/i
// belong to the consonant). A misread legacy text breaks these: TCVN3 bytes read as VNI or the
// reverse give "hoaùch", "buứ".
constexpr std::u32string_view kNuclei[] = {
    U"a",   U"ă",   U"â",   U"e",   U"ê",   U"i",   U"o",   U"ô",   U"ơ",   U"u",   U"ư",
    U"y",   U"ai",  U"ao",  U"au",  U"ay",  U"âu",  U"ây",  U"eo",  U"êu",  U"ia",  U"iê",
    U"iu",  U"oa",  U"oă",  U"oe",  U"oi",  U"ôi",  U"ơi",  U"oo",  U"ua",  U"uâ",  U"uê",
    U"ui",  U"uô",  U"uơ",  U"uy",  U"ưa",  U"ưi",  U"ươ",  U"ưu",  U"yê",  U"iêu", U"yêu",
    U"oai", U"oay", U"oao", U"oeo", U"uây", U"uôi", U"uya", U"uyê", U"uyu", U"ươi", U"ươu",
};

struct Letter {
  bool is_letter = false;
  bool modified = false;  // ă â ê ô ơ ư
  bool toned = false;
  char32_t vowel = 0;  // the untoned vowel, 0 for consonants
};

Letter ClassifyLower(char32_t lower) {
  if (lower < 0x80) {
    bool vowel =
        lower == U'a' || lower == U'e' || lower == U'i' || lower == U'o' || lower == U'u' || lower == U'y';
    return {lower >= U'a' && lower <= U'z', false, false, vowel ? lower : 0};
  }
  if (lower == 0x111) return {true, false, false, 0};  // đ
  for (const VowelRow& row : kVowelRows) {
    size_t col = row.letters.find(lower);
    if (col != std::u32string_view::npos) return {true, row.modified, col != 0, row.letters[0]};
  }
  return {};
}

// Nuclei that end the syllable: "ao" may not take a final consonant ("maòng" is cp1252's reading
// of Windows-1258 "mạng").
constexpr std::u32string_view kOpenOnlyNuclei[] = {
    U"ai",  U"ao",  U"au",  U"ay",  U"âu",  U"ây",  U"eo",  U"êu",  U"ia",  U"iu",
    U"oi",  U"ôi",  U"ơi",  U"ui",  U"ưi",  U"ưu",  U"ua",  U"ưa",  U"iêu", U"yêu",
    U"oai", U"oay", U"oao", U"oeo", U"uây", U"uôi", U"uya", U"uyu", U"ươi", U"ươu",
};

template <size_t N>
bool Contains(const std::u32string_view (&set)[N], std::u32string_view item) {
  return std::find(std::begin(set), std::end(set), item) != std::end(set);
}

// True when `vowels` (the untoned vowel run of a word starting with `first_letter`) is a
// Vietnamese nucleus, and an open-only one when `closed` (a consonant follows).
bool IsValidRhyme(std::u32string_view vowels, char32_t first_letter, bool closed) {
  if (vowels.size() > 1 &&
      ((first_letter == U'q' && vowels[0] == U'u') || (first_letter == U'g' && vowels[0] == U'i'))) {
    vowels.remove_prefix(1);
  }
  return Contains(kNuclei, vowels) && !(closed && Contains(kOpenOnlyNuclei, vowels));
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
    specific_ |= letter.is_letter && lower > 0xFF;
    toned_plain_ |= letter.toned && !letter.modified;
    if (lower_.empty()) first_ = lower;
    if (lower_.size() < 16) AppendUtf8(lower, &lower_);
    TrackVowels(letter.vowel);
  }

  void Finish(VietnameseScore* score) {
    if (non_ascii_) {
      bool bad =
          bad_ || tones_ > 1 || (modified_ && toned_plain_) || !IsValidRhyme(vowels_, first_, vowels_done_);
      if (bad) {
        ++score->bad;
      } else {
        ++score->good;
        score->specific += specific_ ? 1 : 0;
        if (std::binary_search(kFrequent.begin(), kFrequent.end(), std::string_view(lower_))) {
          ++score->frequent;
        }
      }
    }
    *this = WordJudge();
  }

  bool empty() const { return lower_.empty(); }

 private:
  // One syllable has one contiguous run of vowels: "người" -> "ươi".
  void TrackVowels(char32_t vowel) {
    if (vowel == 0) {
      if (!vowels_.empty()) vowels_done_ = true;
      return;
    }
    if (vowels_done_ || vowels_.size() >= 4) {
      bad_ = true;
      return;
    }
    vowels_.push_back(vowel);
  }

  std::u32string vowels_;
  bool vowels_done_ = false;
  char32_t first_ = 0;
  std::string lower_;
  bool non_ascii_ = false, bad_ = false, saw_lower_ = false, modified_ = false, toned_plain_ = false;
  bool specific_ = false;
  int tones_ = 0;
};

}  // namespace

double VietnameseScore::Value() const {
  size_t words = good + bad;
  if (words == 0) return 0.0;
  double sum =
      static_cast<double>(good) + 2.0 * static_cast<double>(frequent) - 3.0 * static_cast<double>(bad);
  return sum / static_cast<double>(words);
}

bool VietnameseScore::LooksVietnamese() const {
  return good >= 3 && Value() >= 0.5 && (frequent > 0 || specific > 0);
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
