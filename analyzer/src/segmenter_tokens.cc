#include "segmenter_tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "dxnews/analyzer/normalizer.h"
#include "icu_text.h"
#include "segmenter_hash.h"

namespace dxnews::analyzer::internal {
namespace {

struct Letters {
  int count = 0;
  bool first_upper = false, rest_upper = false, digit = false, all_letters = true;
};

// Visits every code point with ICU's classification; ASCII is handled without ICU calls.
Letters Scan(std::string_view token, TokenClass* c) {
  Letters l;
  int32_t i = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(token.data());
  const auto length = static_cast<int32_t>(token.size());
  while (i < length) {
    bool ascii = s[i] < 0x80;
    UChar32 cp;
    U8_NEXT(s, i, length, cp);
    bool letter, upper, lower;
    if (ascii) {
      upper = cp >= 'A' && cp <= 'Z';
      lower = cp >= 'a' && cp <= 'z';
      letter = upper || lower;
      l.digit = l.digit || (cp >= '0' && cp <= '9');
    } else {
      letter = cp >= 0 && (u_isalpha(cp) || u_charType(cp) == U_NON_SPACING_MARK);
      upper = letter && u_isupper(cp);
      lower = letter && u_islower(cp);
      l.digit = l.digit || (cp >= 0 && u_isdigit(cp));
    }
    if (!letter) {
      l.all_letters = false;
      continue;
    }
    c->non_ascii_letter = c->non_ascii_letter || !ascii;
    c->has_lower = c->has_lower || lower;
    if (l.count++ == 0) {
      l.first_upper = upper;
    } else {
      l.rest_upper = l.rest_upper || upper;
    }
  }
  return l;
}

// Upper-cases the first code point only (title) or all of them.
std::string ToUpper(std::string_view lower, bool first_only) {
  std::string out;
  int32_t i = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(lower.data());
  const auto length = static_cast<int32_t>(lower.size());
  while (i < length) {
    UChar32 cp;
    U8_NEXT(s, i, length, cp);
    bool change = !first_only || out.empty();
    AppendUtf8(static_cast<char32_t>(change && cp >= 0 ? u_toupper(cp) : cp), &out);
  }
  return out;
}

uint8_t Pack(const TokenClass& c) {
  return static_cast<uint8_t>(0x80 | static_cast<unsigned>(c.shape) | c.syllable << 3 | c.has_lower << 4 |
                              c.has_letter << 5 | c.non_ascii_letter << 6);
}

TokenClass Unpack(uint64_t tag) {
  TokenClass c;
  c.shape = static_cast<Shape>(tag & 7);
  c.syllable = (tag >> 3) & 1;
  c.has_lower = (tag >> 4) & 1;
  c.has_letter = (tag >> 5) & 1;
  c.non_ascii_letter = (tag >> 6) & 1;
  return c;
}

}  // namespace

TokenClass ClassifyToken(std::string_view token) {
  TokenClass c;
  Letters l = Scan(token, &c);
  c.has_letter = l.count > 0;
  c.syllable = l.all_letters && !token.empty();
  if (l.digit) {
    c.shape = Shape::kNumber;
  } else if (!c.has_letter) {
    c.shape = Shape::kPunct;
  } else if (!l.first_upper) {
    c.shape = l.rest_upper ? Shape::kMixed : Shape::kLower;
  } else if (l.count == 1) {
    c.shape = Shape::kUpper;
  } else if (!l.rest_upper) {
    c.shape = Shape::kTitle;
  } else {
    c.shape = c.has_lower ? Shape::kMixed : Shape::kUpper;
  }
  return c;
}

std::string UpperCase(std::string_view text) { return ToUpper(text, false); }

TokenFacts ComputeFacts(std::string_view token) {
  std::string key;
  AppendLowerKey(token, &key);
  return TokenFacts{ClassifyToken(token), HashBytes(key)};
}

SyllableTable::SyllableTable(const std::vector<std::string>& syllables) {
  size_t capacity = 16;
  // 3 forms each, load factor <= 0.77: small enough to stay in cache, probes stay short.
  while (capacity * 10 < syllables.size() * 3 * 13) capacity *= 2;
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  for (const std::string& s : syllables) {
    Insert(s);
    Insert(ToUpper(s, true));
    Insert(ToUpper(s, false));
  }
}

void SyllableTable::Insert(const std::string& surface) {
  const uint64_t h = HashBytes(surface);
  const uint64_t tag_hash = h & ~uint64_t{0xff};
  size_t i = (h >> 40) & mask_;
  while (slots_[i].tag != 0 && (slots_[i].tag & ~uint64_t{0xff}) != tag_hash) i = (i + 1) & mask_;
  const TokenFacts facts = ComputeFacts(surface);
  slots_[i] = Slot{tag_hash | Pack(facts.cls), facts.key};
}

TokenFacts SyllableTable::Lookup(std::string_view token, uint64_t h) const {
  if (!slots_.empty()) {
    const uint64_t tag_hash = h & ~uint64_t{0xff};
    for (size_t i = (h >> 40) & mask_;; i = (i + 1) & mask_) {
      if ((slots_[i].tag & ~uint64_t{0xff}) == tag_hash && slots_[i].tag != 0) {
        return TokenFacts{Unpack(slots_[i].tag), slots_[i].key};
      }
      if (slots_[i].tag == 0) break;
    }
  }
  return ComputeFacts(token);
}

}  // namespace dxnews::analyzer::internal
