#include "segmenter_features.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string>

#include "dxnews/analyzer/normalizer.h"
#include "segmenter_hash.h"

namespace dxnews::analyzer::internal {
namespace {

constexpr uint64_t kBeginKey = 0x626567696eULL;
constexpr uint64_t kEndKey = 0x656e64ULL;

struct TokenClass {
  Shape shape = Shape::kPunct;
  bool syllable = false;
  bool has_lower = false;
  bool has_letter = false;
  bool non_ascii_letter = false;  // a letter with (or made of) a diacritic: "ộ", "đ"
};

TokenClass Classify(std::string_view token) {
  TokenClass c;
  bool all_letters = !token.empty(), digit = false, first_upper = false, rest_upper = false;
  bool rest_lower = true;
  int32_t i = 0, letters = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(token.data());
  const auto length = static_cast<int32_t>(token.size());
  while (i < length) {
    bool ascii = s[i] < 0x80;
    UChar32 cp;
    U8_NEXT(s, i, length, cp);
    bool letter = cp >= 0 && (u_isalpha(cp) || u_charType(cp) == U_NON_SPACING_MARK);
    if (!letter) {
      all_letters = false;
      digit = digit || (cp >= 0 && u_isdigit(cp));
      continue;
    }
    c.non_ascii_letter = c.non_ascii_letter || !ascii;
    bool upper = u_isupper(cp);
    c.has_lower = c.has_lower || u_islower(cp);
    if (letters++ == 0) {
      first_upper = upper;
    } else {
      rest_upper = rest_upper || upper;
      rest_lower = rest_lower && !upper;
    }
  }
  c.has_letter = letters > 0;
  c.syllable = all_letters;
  if (digit) {
    c.shape = Shape::kNumber;
  } else if (!c.has_letter) {
    c.shape = Shape::kPunct;
  } else if (!first_upper) {
    c.shape = rest_upper ? Shape::kMixed : Shape::kLower;
  } else if (letters == 1 || rest_lower) {
    c.shape = letters == 1 ? Shape::kUpper : Shape::kTitle;
  } else {
    c.shape = c.has_lower ? Shape::kMixed : Shape::kUpper;
  }
  return c;
}

// Tokens that have a key but no lexicon entry stop the lexicon scan: only syllables form words.
void MatchLexicon(const Lexicon& lexicon, EncodedSentence* out) {
  const size_t n = out->tokens.size();
  out->start_len.assign(n, 1);
  out->end_len.assign(n, 1);
  out->cross_len.assign(n, 0);
  const uint64_t seed = out->folded ? kFoldedSeed : kToneSeed;
  for (size_t j = 0; j < n; ++j) {
    uint64_t h = seed;
    for (size_t len = 1; len <= kMaxWordSyllables && j + len <= n; ++len) {
      const TokenInfo& last = out->tokens[j + len - 1];
      if (!last.syllable) break;
      h = Combine(h, last.key);
      if (len < 2 || !lexicon.Contains(h)) continue;
      auto l = static_cast<uint8_t>(len);
      out->start_len[j] = std::max(out->start_len[j], l);
      out->end_len[j + len - 1] = std::max(out->end_len[j + len - 1], l);
      for (size_t b = j + 1; b < j + len; ++b) out->cross_len[b] = std::max(out->cross_len[b], l);
    }
  }
}

// Longest-match segmentations from both ends: classic dictionary baselines, used as features.
void LongestMatches(EncodedSentence* out) {
  const size_t n = out->tokens.size();
  out->fmm_join.assign(n, 0);
  out->bmm_join.assign(n, 0);
  for (size_t j = 0; j < n;) {
    size_t len = out->start_len[j];
    for (size_t k = j + 1; k < j + len; ++k) out->fmm_join[k] = 1;
    j += len;
  }
  for (size_t end = n; end > 0;) {
    size_t len = out->end_len[end - 1];
    for (size_t k = end - len + 1; k < end; ++k) out->bmm_join[k] = 1;
    end -= len;
  }
}

}  // namespace

void EncodeSentence(const std::vector<std::string_view>& tokens, const Lexicon& lexicon, EncodedSentence* out) {
  out->tokens.resize(tokens.size());
  bool any_diacritic = false, any_lower = false;
  size_t letter_tokens = 0;
  std::string key;
  for (size_t i = 0; i < tokens.size(); ++i) {
    TokenClass c = Classify(tokens[i]);
    key.clear();
    AppendLowerKey(tokens[i], &key);
    out->tokens[i] = TokenInfo{HashBytes(key), c.shape, c.syllable};
    any_diacritic = any_diacritic || c.non_ascii_letter;
    any_lower = any_lower || c.has_lower;
    letter_tokens += c.has_letter ? 1 : 0;
  }
  out->folded = !any_diacritic;
  if (letter_tokens >= 2 && !any_lower) {  // "UBND TỈNH PHÁT ĐỘNG": read as sentence case
    bool first = true;
    for (TokenInfo& t : out->tokens) {
      if (t.shape != Shape::kUpper) continue;
      t.shape = first ? Shape::kTitle : Shape::kLower;
      first = false;
    }
  }
  MatchLexicon(lexicon, out);
  LongestMatches(out);
}

size_t BoundaryFeatures(const EncodedSentence& sentence, size_t i, bool prev_join, uint32_t mask, uint32_t* out) {
  const auto& t = sentence.tokens;
  const size_t n = t.size();
  auto key = [&](ptrdiff_t k) {
    if (k < 0) return kBeginKey;
    return static_cast<size_t>(k) >= n ? kEndKey : t[static_cast<size_t>(k)].key;
  };
  auto shape = [&](ptrdiff_t k) -> uint64_t {
    if (k < 0 || static_cast<size_t>(k) >= n) return static_cast<uint64_t>(Shape::kBoundary);
    return static_cast<uint64_t>(t[static_cast<size_t>(k)].shape);
  };
  const auto p = static_cast<ptrdiff_t>(i);
  const uint64_t a = key(p - 2), b = key(p - 1), c = key(p), d = key(p + 1);
  const uint64_t pj = prev_join ? 1 : 0;
  const uint64_t shapes = shape(p - 2) | shape(p - 1) << 4 | shape(p) << 8 | shape(p + 1) << 12;
  const uint64_t lex = sentence.cross_len[i] | uint64_t{sentence.start_len[i]} << 8 |
                       uint64_t{sentence.end_len[i - 1]} << 16;
  const uint64_t lm = sentence.fmm_join[i] | uint64_t{sentence.bmm_join[i]} << 1;
  const uint64_t ns = sentence.folded ? kFoldedSeed : kToneSeed;
  size_t count = 0;
  auto emit = [&](uint64_t tmpl, uint64_t x, uint64_t y = 0, uint64_t z = 0) {
    uint64_t h = Combine(Combine(Combine(ns + tmpl, x), y), z);
    out[count++] = static_cast<uint32_t>(h ^ (h >> 32)) & mask;
  };
  emit(1, 0);
  emit(2, b);
  emit(3, c);
  emit(4, b, c);
  emit(5, a, b);
  emit(6, c, d);
  emit(7, Combine(a, b), c);
  emit(8, b, Combine(c, d));
  emit(9, a);
  emit(10, d);
  emit(11, pj, b, c);
  emit(12, pj);
  emit(13, shapes & 0xff0);
  emit(14, shapes);
  emit(15, pj, shapes & 0xff0, i == 1);
  emit(16, lex);
  emit(17, lex & 0xff, pj);
  emit(18, lm, sentence.cross_len[i]);
  emit(19, lex & 0xff, shapes & 0xff0);
  emit(20, b, shape(p));
  emit(21, shape(p - 1), c);
  return count;
}

}  // namespace dxnews::analyzer::internal
