#include "single_byte_charset.h"

#include <unicode/ucnv.h>

#include <algorithm>

#include "icu_text.h"

namespace dxnews::analyzer::internal {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// TCVN 5712:1993 bytes 0x80-0xFF. Generated at development time from glibc's TCVN5712-1
// (`printf '\xNN' | iconv -f TCVN5712-1 -t UTF-32BE` for every byte); 0xB0-0xB4 are the
// combining tones that follow a base letter.
constexpr std::array<char32_t, 128> kTcvnHigh = {
    /* 80 */ 0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8,
    /* 88 */ 0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128,
    /* 90 */ 0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8,
    /* 98 */ 0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168,
    /* A0 */ 0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,
    /* A8 */ 0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
    /* B0 */ 0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,
    /* B8 */ 0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
    /* C0 */ 0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,
    /* C8 */ 0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
    /* D0 */ 0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,
    /* D8 */ 0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
    /* E0 */ 0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,
    /* E8 */ 0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
    /* F0 */ 0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,
    /* F8 */ 0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
};

// TCVN 5712 also puts capitals at C0 positions; tab, newline and carriage return stay controls.
constexpr std::pair<uint8_t, char32_t> kTcvnControls[] = {
    {0x01, 0x00DA}, {0x02, 0x1EE4}, {0x04, 0x1EEA}, {0x05, 0x1EEC}, {0x06, 0x1EEE}, {0x11, 0x1EE8},
    {0x12, 0x1EF0}, {0x13, 0x1EF2}, {0x14, 0x1EF6}, {0x15, 0x1EF8}, {0x16, 0x00DD}, {0x17, 0x1EF4},
};

std::array<char32_t, 256> AsciiIdentity() {
  std::array<char32_t, 256> table{};
  for (char32_t b = 0; b < 256; ++b) table[b] = b < 0x80 ? b : kReplacement;
  return table;
}

// Builds the table of an ICU single-byte converter by decoding each byte on its own; if ICU
// lacks the converter the upper half stays U+FFFD (counted as invalid, never a crash).
std::array<char32_t, 256> TableFromIcu(const char* name) {
  std::array<char32_t, 256> table = AsciiIdentity();
  UErrorCode err = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(name, &err);
  if (U_FAILURE(err) || converter == nullptr) return table;
  for (int b = 0x80; b < 0x100; ++b) {
    char byte = static_cast<char>(b);
    UChar decoded[4];
    err = U_ZERO_ERROR;
    int32_t n = ucnv_toUChars(converter, decoded, 4, &byte, 1, &err);
    if (U_SUCCESS(err) && n == 1) table[static_cast<size_t>(b)] = decoded[0];
  }
  ucnv_close(converter);
  return table;
}

std::array<char32_t, 256> TcvnTable() {
  std::array<char32_t, 256> table = AsciiIdentity();
  for (size_t i = 0; i < kTcvnHigh.size(); ++i) table[0x80 + i] = kTcvnHigh[i];
  for (const auto& [byte, cp] : kTcvnControls) table[byte] = cp;
  return table;
}

}  // namespace

SingleByteCharset::SingleByteCharset(const std::array<char32_t, 256>& table) : table_(table) {
  for (size_t b = 0; b < table_.size(); ++b) {
    if (table_[b] != kReplacement) inverse_.emplace_back(table_[b], static_cast<uint8_t>(b));
  }
  std::sort(inverse_.begin(), inverse_.end());
}

size_t SingleByteCharset::AppendDecoded(std::string_view bytes, std::string* out) const {
  size_t invalid = 0;
  out->reserve(out->size() + bytes.size() + bytes.size() / 2);
  for (char c : bytes) {
    auto byte = static_cast<uint8_t>(c);
    if (byte < 0x80 && table_[byte] == byte) {
      out->push_back(c);
      continue;
    }
    char32_t cp = table_[byte];
    if (cp == kReplacement) ++invalid;
    AppendUtf8(cp, out);
  }
  return invalid;
}

std::optional<uint8_t> SingleByteCharset::Encode(char32_t cp) const {
  auto it = std::lower_bound(inverse_.begin(), inverse_.end(), std::make_pair(cp, uint8_t{0}));
  if (it == inverse_.end() || it->first != cp) return std::nullopt;
  return it->second;
}

const SingleByteCharset& Windows1252() {
  static const SingleByteCharset charset(TableFromIcu("windows-1252"));
  return charset;
}

const SingleByteCharset& Windows1258() {
  static const SingleByteCharset charset(TableFromIcu("windows-1258"));
  return charset;
}

const SingleByteCharset& Tcvn3() {
  static const SingleByteCharset charset(TcvnTable());
  return charset;
}

}  // namespace dxnews::analyzer::internal
