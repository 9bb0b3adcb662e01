#include "vni_charset.h"

#include <cstdint>

#include "icu_text.h"
#include "single_byte_charset.h"

namespace dxnews::analyzer::internal {
namespace {

// Which base letters a modifier byte may follow.
enum class Attach { kAnyVowel, kAeo, kA };

struct Modifier {
  uint8_t byte;  // the lower-case form; the upper-case form is byte - 0x20
  Attach attach;
  char32_t marks[2];  // combining marks, 0 = none
};

// Combining marks: U+0300 huyền, U+0301 sắc, U+0309 hỏi, U+0303 ngã, U+0323 nặng,
// U+0302 circumflex, U+0306 breve.
constexpr Modifier kModifiers[] = {
    {0xF9, Attach::kAnyVowel, {0x0301, 0}},  // ù: sắc
    {0xF8, Attach::kAnyVowel, {0x0300, 0}},  // ø: huyền
    {0xFB, Attach::kAnyVowel, {0x0309, 0}},  // û: hỏi
    {0xF5, Attach::kAnyVowel, {0x0303, 0}},  // õ: ngã
    {0xEF, Attach::kAnyVowel, {0x0323, 0}},  // ï: nặng
    {0xE2, Attach::kAeo, {0x0302, 0}},       // â: circumflex ("eâ" = ê)
    {0xE1, Attach::kAeo, {0x0302, 0x0301}},  // á: ấ ế ố
    {0xE0, Attach::kAeo, {0x0302, 0x0300}},  // à: ầ ề ồ
    {0xE5, Attach::kAeo, {0x0302, 0x0309}},  // å: ẩ ể ổ
    {0xE3, Attach::kAeo, {0x0302, 0x0303}},  // ã: ẫ ễ ỗ
    {0xE4, Attach::kAeo, {0x0302, 0x0323}},  // ä: ậ ệ ộ ("Vieät")
    {0xEA, Attach::kA, {0x0306, 0}},         // ê: breve ("aê" = ă)
    {0xE9, Attach::kA, {0x0306, 0x0301}},    // é: ắ
    {0xE8, Attach::kA, {0x0306, 0x0300}},    // è: ằ
    {0xFA, Attach::kA, {0x0306, 0x0309}},    // ú: ẳ
    {0xFC, Attach::kA, {0x0306, 0x0303}},    // ü: ẵ
    {0xEB, Attach::kA, {0x0306, 0x0323}},    // ë: ặ
};

// One-byte letters (lower-case byte; the upper-case byte is byte - 0x20 and maps to the capital).
struct Letter {
  uint8_t byte;
  char32_t lower;
  char32_t upper;
};
constexpr Letter kLetters[] = {
    {0xF1, 0x0111, 0x0110},  // ñ: đ
    {0xF6, 0x01B0, 0x01AF},  // ö: ư
    {0xF4, 0x01A1, 0x01A0},  // ô: ơ
    {0xED, 0x00ED, 0x00CD},  // í: í
    {0xEC, 0x00EC, 0x00CC},  // ì: ì
    {0xE6, 0x1EC9, 0x1EC8},  // æ: ỉ
    {0xF3, 0x0129, 0x0128},  // ó: ĩ
    {0xF2, 0x1ECB, 0x1ECA},  // ò: ị
    {0xEE, 0x1EF5, 0x1EF4},  // î: ỵ
};

bool CanAttach(Attach attach, uint8_t base) {
  uint8_t lower = (base >= 'A' && base <= 'Z') ? static_cast<uint8_t>(base + 32) : base;
  switch (attach) {
    case Attach::kA:
      return lower == 'a';
    case Attach::kAeo:
      return lower == 'a' || lower == 'e' || lower == 'o';
    case Attach::kAnyVowel:
      // ô/Ô and ö/Ö are the one-byte ơ/Ơ and ư/Ư, which take tones too.
      return lower == 'a' || lower == 'e' || lower == 'o' || lower == 'u' || lower == 'y' || lower == 0xF4 ||
             lower == 0xF6 || base == 0xD4 || base == 0xD6;
  }
  return false;
}

const Modifier* FindModifier(uint8_t base, uint8_t next) {
  for (const Modifier& m : kModifiers) {
    if ((next == m.byte || next == m.byte - 0x20) && CanAttach(m.attach, base)) return &m;
  }
  return nullptr;
}

char32_t DecodeLetter(uint8_t byte) {
  for (const Letter& letter : kLetters) {
    if (byte == letter.byte) return letter.lower;
    if (byte == letter.byte - 0x20) return letter.upper;
  }
  char32_t cp = Windows1252().Decode(byte);
  return cp;
}

}  // namespace

size_t AppendVniDecoded(std::string_view bytes, std::string* out) {
  size_t invalid = 0;
  out->reserve(out->size() + bytes.size() + bytes.size() / 2);
  size_t i = 0;
  while (i < bytes.size()) {
    auto byte = static_cast<uint8_t>(bytes[i]);
    char32_t cp = byte < 0x80 ? byte : DecodeLetter(byte);
    if (cp == 0xFFFD) ++invalid;
    AppendUtf8(cp, out);
    ++i;
    if (i >= bytes.size()) break;
    const Modifier* modifier = FindModifier(byte, static_cast<uint8_t>(bytes[i]));
    if (modifier == nullptr) continue;
    for (char32_t mark : modifier->marks) {
      if (mark != 0) AppendUtf8(mark, out);
    }
    ++i;
  }
  return invalid;
}

}  // namespace dxnews::analyzer::internal
