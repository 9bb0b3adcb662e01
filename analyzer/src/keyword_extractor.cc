// ExtractKeywords(): TF-IDF over segmented words. See keyword_extractor.h.
#include "dxnews/analyzer/keyword_extractor.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "word_extractors.h"

namespace dxnews::analyzer {
namespace {

/// Single-syllable words weigh this much of a multi-syllable word with the same TF-IDF.
constexpr double kSingleSyllableWeight = 0.5;

struct Tally {
  int count = 0;
  size_t first = 0;  ///< order of first occurrence
  size_t syllables = 0;
};

/// The keyword form of tokens [first, last), or "" when it cannot be a keyword.
std::string CandidateWord(const internal::TokenWords& words, size_t first, size_t last) {
  std::string word;
  for (size_t t = first; t < last; ++t) {
    const bool ok = words.kind(t) == TokenKind::kSyllable ||
                    (last == first + 1 && words.kind(t) == TokenKind::kAbbreviation);
    if (!ok) return "";
    if (t > first) word += ' ';
    word += words.Lower(t);
  }
  // One letter ("a", "đ", "x") is never a keyword; ASCII or Vietnamese, a letter is <= 2 bytes.
  const bool one_letter = last == first + 1 && (word.size() == 1 || (word.size() == 2 && (word[0] & 0x80)));
  // any_of rather than find_first_of("0123456789"), which searches the set for every byte.
  const bool digit = std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (one_letter || digit || IsStopWord(word)) return "";
  return word;
}

double InverseDocumentFrequency(const std::string& word) {
  const double docs = DocumentCount();
  return std::log((docs + 1.0) / (DocumentFrequency(word) + 1.0)) + 1.0;
}

}  // namespace

std::vector<bool> SegmentText(const Segmenter& segmenter, std::string_view text,
                              const std::vector<Token>& tokens, const std::vector<Sentence>& sentences) {
  std::vector<bool> joins(tokens.size(), false);
  std::vector<std::string_view> pieces;
  std::vector<bool> sentence_joins;
  for (const Sentence& s : sentences) {
    pieces.clear();
    for (size_t t = s.first_token; t < s.last_token; ++t) {
      pieces.push_back(text.substr(tokens[t].begin, tokens[t].end - tokens[t].begin));
    }
    segmenter.Segment(pieces, &sentence_joins);
    for (size_t i = 0; i < pieces.size(); ++i) joins[s.first_token + i] = sentence_joins[i];
  }
  return joins;
}

std::vector<std::string> CandidateWords(std::string_view text, const std::vector<Token>& tokens,
                                        const std::vector<bool>& joins) {
  return internal::CandidateWords(internal::TokenWords(text, tokens), joins);
}

std::vector<std::string> internal::CandidateWords(const TokenWords& words, const std::vector<bool>& joins) {
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size();) {
    size_t j = i + 1;
    while (j < words.size() && j < joins.size() && joins[j]) ++j;
    std::string word = CandidateWord(words, i, j);
    if (!word.empty()) out.push_back(std::move(word));
    i = j;
  }
  return out;
}

std::vector<Keyword> ExtractKeywords(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<bool>& joins, size_t k) {
  return internal::ExtractKeywords(internal::TokenWords(text, tokens), joins, k);
}

std::vector<Keyword> internal::ExtractKeywords(const TokenWords& words, const std::vector<bool>& joins, size_t k) {
  std::unordered_map<std::string, Tally> tallies;
  for (std::string& word : CandidateWords(words, joins)) {
    const size_t syllables = static_cast<size_t>(std::count(word.begin(), word.end(), ' ')) + 1;
    ++tallies.try_emplace(std::move(word), Tally{0, tallies.size(), syllables}).first->second.count;
  }
  std::vector<std::pair<Keyword, size_t>> ranked;
  for (const auto& [word, tally] : tallies) {
    const double weight = tally.syllables > 1 ? 1.0 : kSingleSyllableWeight;
    ranked.push_back({Keyword{word, tally.count * InverseDocumentFrequency(word) * weight}, tally.first});
  }
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first.score != b.first.score ? a.first.score > b.first.score : a.second < b.second;
  });
  std::vector<Keyword> out;
  for (size_t i = 0; i < ranked.size() && i < k; ++i) out.push_back(std::move(ranked[i].first));
  return out;
}

}  // namespace dxnews::analyzer
