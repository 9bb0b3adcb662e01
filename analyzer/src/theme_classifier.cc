// ThemeClassifier::Classify() and Gate(): trigger matching over token keys, false-friend masks,
// scoring and the choice of primary themes. Loading lives in theme_lexicon.cc.
#include "dxnews/analyzer/theme_classifier.h"

#include <algorithm>
#include <map>
#include <utility>

#include "dxnews/analyzer/normalizer.h"
#include "dxnews/analyzer/tokenizer.h"
#include "theme_lexicon.h"

namespace dxnews::analyzer {
namespace {

using internal::LexPhrase;
using internal::LexTrigger;

constexpr double kTitleWeight = 3;
constexpr double kMinTokens = 300;     // shorter texts are scored as if this long
constexpr double kPrimaryRatio = 0.5;  // a second/third primary reaches half the top score
constexpr size_t kMaxPrimary = 3;
constexpr double kStrongWeight = 2;  // triggers at least this heavy are strong evidence

/// The keys of one tokenized text.
struct KeyedText {
  std::vector<std::string> lower;   ///< NormalizeLower()
  std::vector<std::string> exact;   ///< Normalize(), for case-sensitive abbreviations
  std::vector<std::string> folded;  ///< Fold(), only in folded mode
  size_t non_ascii_syllables = 0;
  size_t syllables = 0;
};

KeyedText MakeKeys(std::string_view text, const std::vector<Token>& tokens) {
  KeyedText out;
  for (const Token& t : tokens) {
    const std::string_view piece = text.substr(t.begin, t.end - t.begin);
    out.exact.push_back(Normalize(piece));
    out.lower.push_back(NormalizeLower(piece));
    out.folded.push_back(Fold(piece));
    if (t.kind == TokenKind::kSyllable) {
      ++out.syllables;
      const bool ascii = std::all_of(piece.begin(), piece.end(),
                                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      if (!ascii) ++out.non_ascii_syllables;
    }
  }
  return out;
}

/// True when `phrase` matches the text at token `at`.
bool MatchesAt(const KeyedText& text, size_t at, const LexPhrase& phrase, bool folded) {
  const size_t n = phrase.keys.size();
  if (at + n > text.lower.size()) return false;
  for (size_t k = 0; k < n; ++k) {
    const bool same = phrase.case_sensitive ? text.exact[at + k] == phrase.keys[k]
                      : folded              ? text.folded[at + k] == phrase.folded[k]
                                            : text.lower[at + k] == phrase.keys[k];
    if (!same) return false;
  }
  return true;
}

/// Marks the tokens covered by any of `negatives`.
void MarkNegatives(const KeyedText& text, const std::vector<LexPhrase>& negatives, bool folded,
                   std::vector<bool>* mask) {
  for (size_t i = 0; i < text.lower.size(); ++i) {
    for (const LexPhrase& p : negatives) {
      if (!MatchesAt(text, i, p, folded)) continue;
      std::fill(mask->begin() + i, mask->begin() + i + p.keys.size(), true);
    }
  }
}

/// Per-theme tallies while scanning.
struct Tally {
  double raw = 0;
  bool strong = false;
  std::map<std::string, int> evidence;
};

class Scanner {
 public:
  Scanner(const internal::ThemeLexicon& lex, std::vector<Tally>* tallies) : lex_(lex), tallies_(*tallies) {}

  /// Adds every trigger match of `text`, each worth its weight times `factor`.
  void Scan(const KeyedText& text, bool folded, double factor) {
    const size_t n = text.lower.size();
    std::vector<std::vector<bool>> masks(lex_.themes.size(), std::vector<bool>(n, false));
    for (size_t t = 0; t < lex_.themes.size(); ++t) {
      MarkNegatives(text, lex_.themes[t].negatives, folded, &masks[t]);
    }
    std::vector<size_t> next_free(lex_.themes.size(), 0);
    for (size_t i = 0; i < n; ++i) {
      std::map<size_t, const LexTrigger*> best;  // theme -> longest trigger at i
      Collect(lex_.by_first_key, text.lower[i], text, i, false, &best);
      if (text.exact[i] != text.lower[i]) Collect(lex_.by_first_key, text.exact[i], text, i, false, &best);
      if (folded) Collect(lex_.by_first_folded, text.folded[i], text, i, true, &best);
      for (const auto& [theme, trigger] : best) {
        const size_t len = trigger->phrase.keys.size();
        if (next_free[theme] > i || Blocked(masks[0], i, len) || Blocked(masks[theme], i, len)) {
          continue;
        }
        next_free[theme] = i + len;
        Tally& tally = tallies_[theme];
        tally.raw += trigger->weight * factor;
        tally.strong = tally.strong || trigger->weight >= kStrongWeight;
        ++tally.evidence[trigger->phrase.text];
      }
    }
  }

 private:
  using Index = std::unordered_map<std::string, std::vector<size_t>>;

  void Collect(const Index& index, const std::string& key, const KeyedText& text, size_t at, bool folded,
               std::map<size_t, const LexTrigger*>* best) const {
    const auto it = index.find(key);
    if (it == index.end()) return;
    for (size_t id : it->second) {
      const LexTrigger& trigger = lex_.triggers[id];
      if (!MatchesAt(text, at, trigger.phrase, folded && !trigger.phrase.case_sensitive)) continue;
      const LexTrigger*& slot = (*best)[trigger.theme];
      if (slot == nullptr || slot->phrase.keys.size() < trigger.phrase.keys.size()) slot = &trigger;
    }
  }

  static bool Blocked(const std::vector<bool>& mask, size_t at, size_t len) {
    return std::any_of(mask.begin() + at, mask.begin() + at + len, [](bool b) { return b; });
  }

  const internal::ThemeLexicon& lex_;
  std::vector<Tally>& tallies_;
};

/// Text written without diacritics: fewer than 5% of at least 8 syllables carry any.
bool IsFolded(const KeyedText& a, const KeyedText& b) {
  const size_t syllables = a.syllables + b.syllables;
  return syllables >= 8 && (a.non_ascii_syllables + b.non_ascii_syllables) * 20 < syllables;
}

ThemeScore ToScore(const std::string& id, Tally tally, double tokens) {
  ThemeScore out;
  out.id = id;
  out.score = tally.raw * 1000 / std::max(tokens, kMinTokens);
  for (auto& [term, count] : tally.evidence) out.evidence.push_back({term, count});
  std::stable_sort(out.evidence.begin(), out.evidence.end(),
                   [](const ThemeEvidence& a, const ThemeEvidence& b) { return a.count > b.count; });
  return out;
}

std::vector<Tally> ScanAll(const internal::ThemeLexicon& lex, std::string_view title,
                           const std::vector<Token>& title_tokens, std::string_view body,
                           const std::vector<Token>& body_tokens) {
  std::vector<Tally> tallies(lex.themes.size());
  const KeyedText title_keys = MakeKeys(title, title_tokens);
  const KeyedText body_keys = MakeKeys(body, body_tokens);
  const bool folded = IsFolded(title_keys, body_keys);
  Scanner scanner(lex, &tallies);
  scanner.Scan(title_keys, folded, kTitleWeight);
  scanner.Scan(body_keys, folded, 1);
  return tallies;
}

}  // namespace

std::vector<ThemeScore> ThemeClassifier::Classify(std::string_view title,
                                                  const std::vector<Token>& title_tokens,
                                                  std::string_view body,
                                                  const std::vector<Token>& body_tokens) const {
  std::vector<Tally> tallies = ScanAll(*lexicon_, title, title_tokens, body, body_tokens);
  const double tokens = static_cast<double>(title_tokens.size() + body_tokens.size());
  std::vector<std::pair<ThemeScore, bool>> scored;  // score, has strong evidence
  for (size_t t = 1; t < tallies.size(); ++t) {
    if (tallies[t].raw <= 0) continue;
    const bool strong = tallies[t].strong;
    scored.emplace_back(ToScore(lexicon_->themes[t].info.id, std::move(tallies[t]), tokens), strong);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first.score > b.first.score; });
  std::vector<ThemeScore> out;
  for (auto& [score, strong] : scored) {
    const bool first = out.empty();
    const size_t primaries = static_cast<size_t>(
        std::count_if(out.begin(), out.end(), [](const ThemeScore& s) { return s.primary; }));
    score.primary =
        first || (strong && primaries < kMaxPrimary && score.score >= kPrimaryRatio * out.front().score);
    out.push_back(std::move(score));
  }
  return out;
}

std::vector<ThemeScore> ThemeClassifier::Classify(std::string_view title, std::string_view body) const {
  return Classify(title, Tokenize(title), body, Tokenize(body));
}

ThemeScore ThemeClassifier::Gate(std::string_view title, const std::vector<Token>& title_tokens,
                                 std::string_view body, const std::vector<Token>& body_tokens) const {
  std::vector<Tally> tallies = ScanAll(*lexicon_, title, title_tokens, body, body_tokens);
  const bool strong = tallies[0].strong;
  const double tokens = static_cast<double>(title_tokens.size() + body_tokens.size());
  ThemeScore out = ToScore("dx", std::move(tallies[0]), tokens);
  out.primary = strong;
  return out;
}

}  // namespace dxnews::analyzer
