// Summarize(): keyword weight + lead bonus + length normalisation. See summarizer.h.
#include "dxnews/analyzer/summarizer.h"

#include <algorithm>
#include <cmath>

#include "dxnews/analyzer/normalizer.h"
#include "dxnews/analyzer/tokenizer.h"
#include "word_extractors.h"

namespace dxnews::analyzer {
namespace {

/// The lead bonus of the i-th qualifying sentence, as a share of the best keyword score.
double LeadBonus(size_t rank) { return rank == 0 ? 0.6 : rank == 1 ? 0.3 : rank == 2 ? 0.15 : 0.0; }

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

/// True when `s` ends in . ! ? or an ellipsis, possibly followed by closing quotes or brackets.
bool EndsSentence(std::string_view s) {
  static constexpr std::string_view kClosers[] = {"\"", "'", ")", "\u201D", "\u2019"};
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view c : kClosers) {
      if (s.size() >= c.size() && s.substr(s.size() - c.size()) == c) {
        s.remove_suffix(c.size());
        stripped = true;
      }
    }
  }
  if (s.size() >= 3 && s.substr(s.size() - 3) == "\u2026") return true;
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
}

/// Headlines, captions and credits: never summary sentences.
bool IsBoilerplate(std::string_view lower) {
  static constexpr std::string_view kOpeners[] = {"ảnh:", "(ảnh", "ảnh minh họa", "tin:", "tin, ảnh",
                                                  "bài, ảnh", "bài và ảnh", "(theo", "nguồn:",
                                                  "video:", "clip:", "đồ họa"};
  for (std::string_view opener : kOpeners) {
    if (StartsWith(lower, opener)) return true;
  }
  if (lower.find("(ảnh:") != std::string_view::npos || lower.find("ảnh: ") != std::string_view::npos) return true;
  return !EndsSentence(lower);
}

/// The words (lower case) of tokens [first, last) with spaces around, for " word " lookups, and
/// their count.
std::string WordLine(const internal::TokenWords& tokens, size_t first, size_t last, size_t* words) {
  std::string line = " ";
  *words = 0;
  for (size_t i = first; i < last; ++i) {
    if (tokens.kind(i) == TokenKind::kPunctuation) continue;
    line += tokens.Lower(i);
    line += ' ';
    ++*words;
  }
  return line;
}

/// True when `line` (a WordLine()) contains `needle` (" word "). It looks for "word " and then
/// at the byte before: find() of the whole needle stops at every space of the line.
bool HasWord(std::string_view line, std::string_view needle) {
  const std::string_view tail = needle.substr(1);
  for (size_t at = line.find(tail, 1); at != std::string_view::npos; at = line.find(tail, at + 1)) {
    if (line[at - 1] == ' ') return true;
  }
  return false;
}

/// The summary of `text`; `word_line(i, &words)` gives WordLine() of sentence i and `lower(i)`
/// its NormalizeLower().
template <typename WordLineOf, typename LowerOf>
std::string SummarizeWith(std::string_view text, const std::vector<Sentence>& sentences,
                          const std::vector<Keyword>& keywords, size_t max_sentences, const WordLineOf& word_line,
                          const LowerOf& lower) {
  struct Scored {
    size_t index;
    double score;
  };
  std::vector<std::string> needles;  // " word " per keyword, made once
  needles.reserve(keywords.size());
  for (const Keyword& k : keywords) needles.push_back(" " + k.word + " ");
  std::vector<Scored> scored;
  for (size_t i = 0; i < sentences.size(); ++i) {
    size_t words = 0;
    const std::string line = word_line(i, &words);
    if (words < kMinSummaryWords || words > kMaxSummaryWords || IsBoilerplate(lower(i))) continue;
    double weight = 0;
    for (size_t k = 0; k < keywords.size(); ++k) {
      if (HasWord(line, needles[k])) weight += keywords[k].score;
    }
    scored.push_back({i, weight / std::sqrt(static_cast<double>(words))});
  }
  double best = 0;
  for (const Scored& s : scored) best = std::max(best, s.score);
  for (size_t rank = 0; rank < scored.size(); ++rank) scored[rank].score += LeadBonus(rank) * best;
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
  scored.resize(std::min(scored.size(), max_sentences));
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) { return a.index < b.index; });
  std::string out;
  for (const Scored& s : scored) {
    if (!out.empty()) out += ' ';
    out += Normalize(text.substr(sentences[s.index].begin, sentences[s.index].end - sentences[s.index].begin));
  }
  return out;
}

}  // namespace

std::string Summarize(std::string_view text, const std::vector<Sentence>& sentences,
                      const std::vector<Keyword>& keywords, size_t max_sentences) {
  const auto sentence_text = [&](size_t i) {
    return text.substr(sentences[i].begin, sentences[i].end - sentences[i].begin);
  };
  return SummarizeWith(
      text, sentences, keywords, max_sentences,
      [&](size_t i, size_t* words) {
        const std::vector<Token> tokens = Tokenize(sentence_text(i));
        return WordLine(internal::TokenWords(sentence_text(i), tokens), 0, tokens.size(), words);
      },
      [&](size_t i) { return NormalizeLower(sentence_text(i)); });
}

std::string Summarize(std::string_view text, const std::vector<Token>& tokens,
                      const std::vector<Sentence>& sentences, const std::vector<Keyword>& keywords,
                      size_t max_sentences) {
  return internal::Summarize(internal::TokenWords(text, tokens), sentences, keywords, max_sentences);
}

std::string internal::Summarize(const TokenWords& words, const std::vector<Sentence>& sentences,
                                const std::vector<Keyword>& keywords, size_t max_sentences) {
  return SummarizeWith(
      words.text(), sentences, keywords, max_sentences,
      [&](size_t i, size_t* count) {
        return WordLine(words, sentences[i].first_token, sentences[i].last_token, count);
      },
      [&](size_t i) { return words.LowerSpan(sentences[i].first_token, sentences[i].last_token); });
}

}  // namespace dxnews::analyzer
