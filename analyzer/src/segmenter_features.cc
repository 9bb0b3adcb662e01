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
  out->tokens.resize(tokens.size());
  bool any_diacritic = false, any_lower = false;
  size_t letter_tokens = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const TokenFacts facts = syllables.Lookup(tokens[i]);
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
  // Shape features of ALL-CAPS lines are their own: sentence case there hides names.
  const uint64_t caps = sentence.caps ? uint64_t{1} << 20 : 0;
  const uint64_t shapes = shape(p - 2) | shape(p - 1) << 4 | shape(p) << 8 | shape(p + 1) << 12 | caps;
  const uint64_t lex = sentence.cross_len[i] | uint64_t{sentence.start_len[i]} << 8 |
                       uint64_t{sentence.end_len[i - 1]} << 16;
  const uint64_t lm = sentence.fmm_join[i] | uint64_t{sentence.bmm_join[i]} << 1;
  // ALL-CAPS lines (with diacritics) get their own weights: sharing them cost 0.3 F1 on
  // normal text and gave the same F1 on ALL-CAPS text.
  const uint64_t ns = sentence.folded ? kFoldedSeed : sentence.caps ? kCapsSeed : kToneSeed;
  size_t count = 0;
  // Keys are already well mixed, so one multiply per value is enough; the top bits are the
  // best mixed ones. Mix() per value cost a third of the segmenter's time.
  auto emit = [&](uint64_t tmpl, uint64_t x, uint64_t y = 0, uint64_t z = 0) {
    constexpr uint64_t kMul = 0x9e3779b97f4a7c15ULL;
    uint64_t h = (ns + tmpl) * kMul;
    h = (h ^ x) * kMul;
    h = (h ^ y) * kMul;
    h = (h ^ z) * kMul;
    out[count++] = static_cast<uint32_t>(h >> 40) & mask;
  };
  emit(1, 0);
  emit(2, b);
  emit(3, c);
  emit(4, b, c);
  emit(5, a, b);
  emit(6, c, d);
  emit(7, a, b, c);
  emit(8, b, c, d);
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
  emit(20, b, shape(p) | caps);
  emit(21, shape(p - 1) | caps, c);
  return count;
}

}  // namespace dxnews::analyzer::internal
