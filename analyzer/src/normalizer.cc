#include "dxnews/analyzer/normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <string_view>
#include <vector>

#include "icu_text.h"
#include "utf_codecs.h"

namespace dxnews::analyzer {
namespace {

using internal::AppendUtf8;

// The five toned forms of the plain vowels that take part in tone-placement variation
// ("oa", "oe", "uy"). Column 0 is the bare vowel, columns 1..5 are huyền, sắc, hỏi, ngã, nặng.
constexpr std::array<std::u32string_view, 10> kToneRows = {
    U"aàáảãạ", U"AÀÁẢÃẠ", U"eèéẻẽẹ", U"EÈÉẺẼẸ", U"oòóỏõọ",
    U"OÒÓỎÕỌ", U"uùúủũụ", U"UÙÚỦŨỤ", U"yỳýỷỹỵ", U"YỲÝỶỸỴ"};

struct TonedVowel {
  int row = -1;   // index into kToneRows, -1 when not one of these vowels
  int tone = 0;   // 0 = no tone mark
};

TonedVowel ScanToneRows(char32_t cp) {
  for (int row = 0; row < static_cast<int>(kToneRows.size()); ++row) {
    size_t col = kToneRows[row].find(cp);
    if (col != std::u32string_view::npos) return {row, static_cast<int>(col)};
  }
  return {};
}

// ScanToneRows for every code point of the blocks that hold the toned vowels (Basic Latin to
// Latin Extended-A, and the Vietnamese part of Latin Extended Additional): looking a letter up was
// a fifth of the analysis time when it scanned the rows for every letter of every word.
class ToneTable {
 public:
  ToneTable() {
    for (char32_t cp = 0; cp < kLowEnd; ++cp) low_[cp] = ScanToneRows(cp);
    for (char32_t cp = kHighBegin; cp < kHighEnd; ++cp) high_[cp - kHighBegin] = ScanToneRows(cp);
  }
  TonedVowel Lookup(char32_t cp) const {
    if (cp < kLowEnd) return low_[cp];
    if (cp >= kHighBegin && cp < kHighEnd) return high_[cp - kHighBegin];
    return ScanToneRows(cp);  // not a toned vowel, but ask the rows rather than assume it
  }

 private:
  static constexpr char32_t kLowEnd = 0x180;
  static constexpr char32_t kHighBegin = 0x1EA0;
  static constexpr char32_t kHighEnd = 0x1F00;
  std::array<TonedVowel, kLowEnd> low_{};
  std::array<TonedVowel, kHighEnd - kHighBegin> high_{};
};

const ToneTable kToneTable;  // immutable; a namespace-scope constant so lookups need no guard

TonedVowel LookupToned(char32_t cp) { return kToneTable.Lookup(cp); }

char32_t BaseLetter(const TonedVowel& v) { return kToneRows[v.row][0]; }
char32_t WithTone(const TonedVowel& v, int tone) { return kToneRows[v.row][tone]; }

// u_tolower and u_isalpha of the Latin blocks Vietnamese is written in, asked of ICU once: the
// normaliser asks for every letter of every word, several times per article.
class LatinTable {
 public:
  LatinTable() {
    for (char32_t i = 0; i < kSize; ++i) {
      UChar32 cp = static_cast<UChar32>(FromIndex(i));
      lower_[i] = static_cast<char32_t>(u_tolower(cp));
      alpha_[i] = u_isalpha(cp) != 0;
    }
  }
  char32_t Lower(char32_t cp) const {
    int i = ToIndex(cp);
    return i >= 0 ? lower_[static_cast<size_t>(i)]
                  : static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
  }
  bool IsAlpha(char32_t cp) const {
    int i = ToIndex(cp);
    return i >= 0 ? alpha_[static_cast<size_t>(i)] : u_isalpha(static_cast<UChar32>(cp)) != 0;
  }

 private:
  static constexpr char32_t kLowEnd = 0x250;          // Basic Latin to Latin Extended-B
  static constexpr char32_t kSize = kLowEnd + 0x100;  // + Latin Extended Additional
  static int ToIndex(char32_t cp) {
    if (cp < kLowEnd) return static_cast<int>(cp);
    if (cp >= 0x1E00 && cp < 0x1F00) return static_cast<int>(kLowEnd + cp - 0x1E00);
    return -1;
  }
  static char32_t FromIndex(char32_t i) { return i < kLowEnd ? i : 0x1E00 + (i - kLowEnd); }
  std::array<char32_t, kSize> lower_{};
  std::array<bool, kSize> alpha_{};
};

// Immutable; a namespace-scope constant so that lookups need no initialisation guard. ICU's
// character properties are compiled-in data, usable during static initialisation.
const LatinTable kLatinTable;

const LatinTable& Latin() { return kLatinTable; }

bool IsLetter(char32_t cp) {
  if (cp < 0x80) return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
  return Latin().IsAlpha(cp);
}

// Moves the tone mark of an open syllable ending in oa/oe/uy onto the glide: "hoà" -> "hòa",
// "khoẻ" -> "khỏe", "thuỷ" -> "thủy". `end` is one past the last letter of the syllable.
void CanonicalizeToneAt(char32_t* text, size_t begin, size_t end) {
  if (end - begin < 2) return;
  TonedVowel vowel = LookupToned(text[end - 1]);
  if (vowel.row < 0 || vowel.tone == 0) return;  // most syllables: no toned vowel at the end
  TonedVowel glide = LookupToned(text[end - 2]);
  if (glide.row < 0 || glide.tone != 0) return;
  char32_t g = Latin().Lower(BaseLetter(glide));
  char32_t v = Latin().Lower(BaseLetter(vowel));
  bool pair = (g == U'o' && (v == U'a' || v == U'e')) || (g == U'u' && v == U'y');
  if (!pair) return;
  // After "q" the u belongs to the consonant: "quý" keeps its tone on the y.
  if (g == U'u' && end - begin >= 3) {
    char32_t before = Latin().Lower(text[end - 3]);
    if (before == U'q') return;
  }
  // A vowel before the glide means a longer nucleus ("ngoạy" does not exist, "uya" does): leave it.
  if (end - begin >= 3 && LookupToned(text[end - 3]).row >= 0) return;
  text[end - 2] = WithTone(glide, vowel.tone);
  text[end - 1] = BaseLetter(vowel);
}

void CanonicalizeTones(char32_t* text, size_t size) {
  size_t i = 0;
  while (i < size) {
    if (!IsLetter(text[i])) {
      ++i;
      continue;
    }
    size_t begin = i;
    while (i < size && IsLetter(text[i])) ++i;
    CanonicalizeToneAt(text, begin, i);
  }
}

void CanonicalizeTones(std::u32string& text) { CanonicalizeTones(text.data(), text.size()); }

bool NeedsIcuNfc(char32_t cp) {
  if (cp < 0x300) return false;
  // Latin Extended Additional (every precomposed Vietnamese vowel with a tone) is all NFC_QC=Yes
  // (checked with ICU 72; quick-check values of assigned characters are stable).
  if (cp >= 0x1E00 && cp < 0x1F00) return false;
  return u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NFC_QUICK_CHECK) != UNORM_YES;
}

// Decodes UTF-8 into code points (invalid sequences -> U+FFFD). Returns false when the text
// contains a code point that NFC may change (combining marks, singletons).
bool DecodeUtf8(std::string_view utf8, std::u32string* out) {
  bool nfc_quick = true;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t len = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  out->reserve(out->size() + utf8.size());
  while (i < len) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    char32_t cp = c < 0 ? 0xFFFD : static_cast<char32_t>(c);
    if (nfc_quick && NeedsIcuNfc(cp)) nfc_quick = false;
    out->push_back(cp);
  }
  return nfc_quick;
}

std::u32string ToNfcCodePoints(std::string_view utf8) {
  std::u32string cps;
  if (DecodeUtf8(utf8, &cps)) return cps;
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return cps;  // ICU data missing: keep the decoded text as it is
  icu::UnicodeString normalized = nfc->normalize(internal::ToUnicode(utf8), err);
  if (U_FAILURE(err)) return cps;
  cps.clear();
  DecodeUtf8(internal::ToUtf8(normalized), &cps);
  return cps;
}

bool IsSpaceLike(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

bool IsInvisible(char32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0xAD;
}

// In place: a pending space is written only after the space-like code point it stands for was
// read, so the write position never passes the read position.
void CleanWhitespace(std::u32string& text) {
  size_t out = 0;
  bool pending_space = false;
  for (size_t in = 0; in < text.size(); ++in) {
    const char32_t cp = text[in];
    if (IsInvisible(cp)) continue;
    if (IsSpaceLike(cp)) {
      pending_space = out > 0;
      continue;
    }
    if (pending_space) text[out++] = U' ';
    pending_space = false;
    text[out++] = cp;
  }
  text.resize(out);
}

char32_t LowerCodePoint(char32_t cp) {
  if (cp < 0x80) return (cp >= U'A' && cp <= U'Z') ? cp + 32 : cp;
  return Latin().Lower(cp);
}

void LowerInPlace(std::u32string& text) {
  for (char32_t& cp : text) cp = LowerCodePoint(cp);
}

// AppendLowerKey for a word of at most kShortWord code points that needs no ICU normalisation,
// without heap allocation: it runs for every syllable of every article, several times. With
// `no_spaces`, also fails on anything CleanWhitespace would change, so that it gives
// NormalizeLower too. Returns false (and appends nothing) when it cannot answer.
constexpr size_t kShortWord = 32;
bool AppendShortLowerKey(std::string_view utf8, bool no_spaces, std::string* out) {
  std::array<char32_t, kShortWord> cps;
  size_t n = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t len = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < len) {
    if (n == kShortWord) return false;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    char32_t cp = c < 0 ? 0xFFFD : static_cast<char32_t>(c);
    if (NeedsIcuNfc(cp) || (no_spaces && (IsSpaceLike(cp) || IsInvisible(cp)))) return false;
    cps[n++] = LowerCodePoint(cp);
  }
  CanonicalizeTones(cps.data(), n);
  AppendUtf8(cps.data(), n, out);
  return true;
}

void Encode(const std::u32string& cps, std::string* out) { AppendUtf8(cps.data(), cps.size(), out); }

// Base letter of every code point in U+00C0..U+024F and U+1E00..U+1EFF (0 = drop it).
class FoldTable {
 public:
  FoldTable() {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
    for (char32_t cp = 0; cp < kSize; ++cp) table_[cp] = Compute(nfd, FromIndex(cp));
  }
  char32_t Fold(char32_t cp) const {
    if (cp < 0x80) return (cp >= U'A' && cp <= U'Z') ? cp + 32 : cp;
    if (cp >= 0x300 && cp <= 0x36F) return 0;  // stray combining mark
    if (cp == 0xFFFD) return cp;
    int index = ToIndex(cp);
    if (index < 0) return static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
    return table_[index];
  }

 private:
  static constexpr char32_t kLatin1 = 0x250 - 0xC0;
  static constexpr char32_t kSize = kLatin1 + 0x100;
  static int ToIndex(char32_t cp) {
    if (cp >= 0xC0 && cp < 0x250) return static_cast<int>(cp - 0xC0);
    if (cp >= 0x1E00 && cp < 0x1F00) return static_cast<int>(kLatin1 + cp - 0x1E00);
    return -1;
  }
  static char32_t FromIndex(char32_t i) { return i < kLatin1 ? 0xC0 + i : 0x1E00 + (i - kLatin1); }
  static char32_t Compute(const icu::Normalizer2* nfd, char32_t cp) {
    char32_t lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
    if (lower == 0x111) return U'd';  // đ has a stroke, not a combining mark: NFD keeps it
    if (nfd == nullptr) return lower;
    icu::UnicodeString decomposition;
    if (!nfd->getDecomposition(static_cast<UChar32>(lower), decomposition)) return lower;
    return static_cast<char32_t>(decomposition.char32At(0));
  }
  std::array<char32_t, kSize> table_{};
};

const FoldTable& GetFoldTable() {
  static const FoldTable table;  // immutable after construction
  return table;
}

void FoldInPlace(std::u32string& text) {
  const FoldTable& table = GetFoldTable();
  size_t out = 0;
  for (char32_t cp : text) {
    char32_t folded = table.Fold(cp);
    if (folded != 0) text[out++] = folded;
  }
  text.resize(out);
}

}  // namespace

std::string Normalize(std::string_view utf8) {
  std::u32string cps = ToNfcCodePoints(utf8);
  CleanWhitespace(cps);
  CanonicalizeTones(cps);
  std::string out;
  Encode(cps, &out);
  return out;
}

std::string NormalizeLower(std::string_view utf8) {
  std::string short_word;
  if (utf8.size() <= kShortWord && AppendShortLowerKey(utf8, /*no_spaces=*/true, &short_word))
    return short_word;
  std::u32string cps = ToNfcCodePoints(utf8);
  CleanWhitespace(cps);
  LowerInPlace(cps);
  CanonicalizeTones(cps);
  std::string out;
  Encode(cps, &out);
  return out;
}

void AppendLowerKey(std::string_view utf8, std::string* out) {
  // ASCII fast path: no tone marks, no NFC work.
  bool ascii = true;
  for (char c : utf8) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    for (char c : utf8) out->push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
    return;
  }
  if (utf8.size() <= kShortWord && AppendShortLowerKey(utf8, /*no_spaces=*/false, out)) return;
  std::u32string cps = ToNfcCodePoints(utf8);
  LowerInPlace(cps);
  CanonicalizeTones(cps);
  Encode(cps, out);
}

std::string Fold(std::string_view utf8) {
  std::u32string cps = ToNfcCodePoints(utf8);
  CleanWhitespace(cps);
  FoldInPlace(cps);
  std::string out;
  Encode(cps, &out);
  return out;
}

void AppendFoldKey(std::string_view utf8, std::string* out) {
  std::u32string cps = ToNfcCodePoints(utf8);
  FoldInPlace(cps);
  Encode(cps, out);
}

std::string ToNfc(std::string_view utf8) {
  internal::Utf8Scan scan = internal::ScanUtf8(utf8);
  std::string valid;
  if (scan.invalid_bytes != 0) {
    // ICU's normalizeUTF8 copies ill-formed bytes through unchanged; replace them first.
    internal::AppendSanitizedUtf8(utf8, &valid);
    utf8 = valid;
  }
  if (scan.nfc_quick_yes) return std::string(utf8);
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  std::string out;
  if (U_SUCCESS(err)) {
    icu::StringByteSink<std::string> sink(&out);
    nfc->normalizeUTF8(0, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), sink, nullptr, err);
  }
  if (U_SUCCESS(err)) return out;
  return std::string(utf8);  // ICU data missing: keep the text as it is
}

bool SameText(std::string_view a, std::string_view b) { return NormalizeLower(a) == NormalizeLower(b); }

}  // namespace dxnews::analyzer
