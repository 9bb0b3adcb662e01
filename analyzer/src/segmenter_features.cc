#include "segmenter_features.h"

#include <algorithm>

#include "segmenter_hash.h"

namespace dxnews::analyzer::internal {
namespace {

constexpr uint64_t kBeginKey = 0x626567696eULL;
constexpr uint64_t kEndKey = 0x656e64ULL;

// Only syllables form words; the scan stops when the n-gram is not the prefix of a longer word.
void MatchLexicon(const Lexicon& lexicon, EncodedSentence* out) {
  const size_t n = out->tokens.size();
  out->start_len.assign(n, 1);
  out->end_len.assign(n, 1);
  out->cross_len.assign(n, 0);
  const uint64_t seed = out->folded ? kFoldedSeed : kToneSeed;
  for (size_t j = 0; j + 1 < n; ++j) {
    lexicon.Prefetch(Combine(Combine(seed, out->tokens[j].key), out->tokens[j + 1].key));
  }
  for (size_t j = 0; j < n; ++j) {
    uint64_t h = seed;
    for (size_t len = 1; len <= kMaxWordSyllables && j + len <= n; ++len) {
      const TokenInfo& last = out->tokens[j + len - 1];
      if (!last.syllable) break;
      h = Combine(h, last.key);
      if (len < 2) continue;
      const uint8_t flags = lexicon.Find(h);
      if ((flags & kIsWord) != 0) {
        auto l = static_cast<uint8_t>(len);
        out->start_len[j] = std::max(out->start_len[j], l);
        out->end_len[j + len - 1] = std::max(out->end_len[j + len - 1], l);
        for (size_t b = j + 1; b < j + len; ++b) out->cross_len[b] = std::max(out->cross_len[b], l);
      }
      if ((flags & kIsPrefix) == 0) break;
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

void EncodeSentence(const std::vector<std::string_view>& tokens, const SyllableTable& syllables,
                    const Lexicon& lexicon, EncodedSentence* out) {
  bool any_diacritic = false, any_lower = false;
  size_t letter_tokens = 0;
  // Hash everything first and prefetch, so the table's cache misses overlap.
  out->tokens.resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    out->tokens[i].key = HashBytes(tokens[i]);
    syllables.Prefetch(out->tokens[i].key);
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    const TokenFacts facts = syllables.Lookup(tokens[i], out->tokens[i].key);
    const TokenClass& c = facts.cls;
    out->tokens[i] = TokenInfo{facts.key, c.shape, c.syllable};
    any_diacritic = any_diacritic || c.non_ascii_letter;
    any_lower = any_lower || c.has_lower;
    letter_tokens += c.has_letter ? 1 : 0;
  }
  out->folded = !any_diacritic;
  out->caps = letter_tokens >= 2 && !any_lower;
  if (out->caps) {  // "UBND TỈNH PHÁT ĐỘNG": read as sentence case
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

namespace {

// What the features of one boundary are made of.
struct Context {
  uint64_t a, b, c, d;      // keys of tokens i-2 .. i+1
  uint64_t shape_b, shape_c, shapes, caps, lex, lm, cross, first, ns;
};

Context MakeContext(const EncodedSentence& sentence, size_t i) {
  const auto& t = sentence.tokens;
  const size_t n = t.size();
  auto key = [&](size_t k) { return k == 0 ? kBeginKey : k > n ? kEndKey : t[k - 1].key; };  // k = index + 1
  auto shape = [&](size_t k) -> uint64_t {
    return static_cast<uint64_t>(k == 0 || k > n ? Shape::kBoundary : t[k - 1].shape);
  };
  Context x{};
  x.a = key(i - 1), x.b = key(i), x.c = key(i + 1), x.d = key(i + 2);
  // Shape features of ALL-CAPS lines are their own: sentence case there hides names.
  x.caps = sentence.caps ? uint64_t{1} << 20 : 0;
  x.shape_b = shape(i) | x.caps;
  x.shape_c = shape(i + 1) | x.caps;
  x.shapes = shape(i - 1) | shape(i) << 4 | shape(i + 1) << 8 | shape(i + 2) << 12 | x.caps;
  x.cross = sentence.cross_len[i];
  x.lex = x.cross | uint64_t{sentence.start_len[i]} << 8 | uint64_t{sentence.end_len[i - 1]} << 16;
  x.lm = sentence.fmm_join[i] | uint64_t{sentence.bmm_join[i]} << 1;
  x.first = i == 1;
  // ALL-CAPS lines (with diacritics) get their own weights: sharing them cost 0.3 F1 on
  // normal text and gave the same F1 on ALL-CAPS text.
  x.ns = sentence.folded ? kFoldedSeed : sentence.caps ? kCapsSeed : kToneSeed;
  return x;
}

// Keys are already well mixed, so one multiply per value is enough; the top bits are the best
// mixed ones. Mix() per value cost a third of the segmenter's time.
inline uint32_t Feature(uint64_t ns, uint64_t tmpl, uint32_t mask, uint64_t x, uint64_t y = 0, uint64_t z = 0) {
  constexpr uint64_t kMul = 0x9e3779b97f4a7c15ULL;
  uint64_t h = (ns + tmpl) * kMul;
  h = (h ^ x) * kMul;
  h = (h ^ y) * kMul;
  h = (h ^ z) * kMul;
  return static_cast<uint32_t>(h >> 40) & mask;
}

size_t ContextFeatures(const Context& x, uint32_t mask, uint32_t* out) {
  const uint64_t ns = x.ns;
  size_t n = 0;
  out[n++] = Feature(ns, 1, mask, 0);
  out[n++] = Feature(ns, 2, mask, x.b);
  out[n++] = Feature(ns, 3, mask, x.c);
  out[n++] = Feature(ns, 4, mask, x.b, x.c);
  out[n++] = Feature(ns, 5, mask, x.a, x.b);
  out[n++] = Feature(ns, 6, mask, x.c, x.d);
  out[n++] = Feature(ns, 7, mask, x.a, x.b, x.c);
  out[n++] = Feature(ns, 8, mask, x.b, x.c, x.d);
  out[n++] = Feature(ns, 9, mask, x.a);
  out[n++] = Feature(ns, 10, mask, x.d);
  out[n++] = Feature(ns, 13, mask, x.shapes & 0xff0);
  out[n++] = Feature(ns, 14, mask, x.shapes);
  out[n++] = Feature(ns, 16, mask, x.lex);
  out[n++] = Feature(ns, 18, mask, x.lm, x.cross);
  out[n++] = Feature(ns, 19, mask, x.lex & 0xff, x.shapes & 0xff0);
  out[n++] = Feature(ns, 20, mask, x.b, x.shape_c);
  out[n++] = Feature(ns, 21, mask, x.shape_b, x.c);
  return n;
}

void HistoryFeatures(const Context& x, uint64_t pj, uint32_t mask, uint32_t* out) {
  out[0] = Feature(x.ns, 11, mask, pj, x.b, x.c);
  out[1] = Feature(x.ns, 12, mask, pj);
  out[2] = Feature(x.ns, 15, mask, pj, x.shapes & 0xff0, x.first);
  out[3] = Feature(x.ns, 17, mask, x.lex & 0xff, pj);
}

}  // namespace

size_t BoundaryFeatures(const EncodedSentence& sentence, size_t i, bool prev_join, uint32_t mask, uint32_t* out) {
  const Context x = MakeContext(sentence, i);
  size_t n = ContextFeatures(x, mask, out);
  HistoryFeatures(x, prev_join ? 1 : 0, mask, out + n);
  return n + kHistoryFeatures;
}

size_t BoundaryFeaturesBothWays(const EncodedSentence& sentence, size_t i, uint32_t mask, uint32_t* out) {
  const Context x = MakeContext(sentence, i);
  size_t n = ContextFeatures(x, mask, out);
  HistoryFeatures(x, 0, mask, out + n);
  HistoryFeatures(x, 1, mask, out + n + kHistoryFeatures);
  return n;
}

}  // namespace dxnews::analyzer::internal
