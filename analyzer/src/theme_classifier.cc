// ThemeClassifier::Classify() and Gate(): trigger matching over token keys, false-friend masks,
// scoring and the choice of primary themes. Loading lives in theme_lexicon.cc.
#include "dxnews/analyzer/theme_classifier.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <utility>

#include "dxnews/analyzer/normalizer.h"
#include "dxnews/analyzer/sentence_splitter.h"
#include "dxnews/analyzer/tokenizer.h"
#include "theme_lexicon.h"
#include "token_words.h"

namespace dxnews::analyzer {
namespace {

using internal::LexPhrase;
using internal::LexTrigger;

constexpr double kTitleWeight = 3;
constexpr double kMinTokens = 300;     // shorter texts are scored as if this long
constexpr double kPrimaryRatio = 0.5;  // a second/third primary reaches half the top score
constexpr size_t kMaxPrimary = 3;
constexpr double kStrongWeight = 2;  // triggers at least this heavy are strong evidence
constexpr size_t kMinSentences = 2;  // a second/third primary has evidence in this many sentences
constexpr size_t kDxWindow = 4;      // most tokens between a sector word and "chuyển đổi số"
constexpr double kSentenceCap = 3;   // most one sentence adds to a theme, before the title factor

/// The keys of tokens [first, first + size()) of a text: the title or the body of an article.
class KeyedText {
 public:
  /// The lower-case keys come from `words`; the exact keys are made here, and only for the
  /// tokens whose lower-case key is not their own text (upper case, NFD, old tone placement):
  /// the others are already in Normalize() form. `folded` stays empty (AddFoldedKeys() fills it,
  /// only for text that needs it). REQUIRES: `words` outlives this object.
  KeyedText(const internal::TokenWords& words, size_t first, size_t last) : words_(words), first_(first) {
    exact_.resize(last - first);
    for (size_t i = 0; i < size(); ++i) {
      const std::string_view piece = Text(i);
      if (piece != lower(i)) exact_[i] = Normalize(piece);
      if (words.kind(first + i) == TokenKind::kSyllable) {
        ++syllables;
        const bool ascii = std::all_of(piece.begin(), piece.end(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (!ascii) ++non_ascii_syllables;
      }
    }
  }

  size_t size() const { return exact_.size(); }
  /// The original text of token i.
  std::string_view Text(size_t i) const { return words_.Text(first_ + i); }
  /// NormalizeLower() of token i.
  const std::string& lower(size_t i) const { return words_.Lower(first_ + i); }
  /// Normalize() of token i, for case-sensitive abbreviations.
  const std::string& exact(size_t i) const { return exact_[i].empty() ? lower(i) : exact_[i]; }

  std::vector<std::string> folded;  ///< Fold(), only in folded mode
  size_t non_ascii_syllables = 0;
  size_t syllables = 0;

 private:
  const internal::TokenWords& words_;
  size_t first_;
  std::vector<std::string> exact_;  // "" where it is the lower-case key
};

/// Fills the folded keys of `keys`, read only in folded mode.
void AddFoldedKeys(KeyedText* keys) {
  keys->folded.reserve(keys->size());
  for (size_t i = 0; i < keys->size(); ++i) keys->folded.push_back(Fold(keys->Text(i)));
}

/// True when `phrase` matches the text at token `at`.
bool MatchesAt(const KeyedText& text, size_t at, const LexPhrase& phrase, bool folded) {
  const size_t n = phrase.keys.size();
  if (at + n > text.size()) return false;
  for (size_t k = 0; k < n; ++k) {
    const bool same = phrase.case_sensitive ? text.exact(at + k) == phrase.keys[k]
                      : folded              ? text.folded[at + k] == phrase.folded[k]
                                            : text.lower(at + k) == phrase.keys[k];
    if (!same) return false;
  }
  return true;
}

/// Marks in masks[t] the tokens covered by any false friend of theme t. Only the false friends
/// whose first key is the token's are tried (none is case-sensitive).
void MarkNegatives(const internal::ThemeLexicon& lex, const KeyedText& text, bool folded,
                   std::vector<std::vector<bool>>* masks) {
  const auto& index = folded ? lex.negatives_by_first_folded : lex.negatives_by_first_key;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto it = index.find(folded ? text.folded[i] : text.lower(i));
    if (it == index.end()) continue;
    for (const auto& [theme, negative] : it->second) {
      const LexPhrase& p = lex.themes[theme].negatives[negative];
      if (!MatchesAt(text, i, p, folded)) continue;
      std::vector<bool>& mask = (*masks)[theme];
      std::fill(mask.begin() + i, mask.begin() + i + p.keys.size(), true);
    }
  }
}

/// One trigger match: which theme, in which sentence (0 = the title), at what weight.
struct Hit {
  const LexTrigger* trigger = nullptr;
  size_t sentence = 0;
  double factor = 1;  ///< kTitleWeight in the title
  size_t begin = 0;   ///< first token
  size_t end = 0;     ///< one past the last token
};

class Scanner {
 public:
  Scanner(const internal::ThemeLexicon& lex, std::vector<Hit>* hits) : lex_(lex), hits_(*hits) {}

  /// Records every trigger match of `text`; token i lies in sentence `sentence_of[i]`.
  void Scan(const KeyedText& text, const std::vector<size_t>& sentence_of, bool folded, double factor) {
    const size_t n = text.size();
    std::vector<std::vector<bool>> masks(lex_.themes.size(), std::vector<bool>(n, false));
    MarkNegatives(lex_, text, folded, &masks);
    std::vector<size_t> next_free(lex_.themes.size(), 0);
    for (size_t i = 0; i < n; ++i) {
      std::map<size_t, const LexTrigger*> best;  // theme -> longest trigger at i
      Collect(lex_.by_first_key, text.lower(i), text, i, false, &best);
      if (text.exact(i) != text.lower(i)) Collect(lex_.by_first_key, text.exact(i), text, i, false, &best);
      if (folded) Collect(lex_.by_first_folded, text.folded[i], text, i, true, &best);
      for (const auto& [theme, trigger] : best) {
        const size_t len = trigger->phrase.keys.size();
        if (next_free[theme] > i || Blocked(masks[0], i, len) || Blocked(masks[theme], i, len)) {
          continue;
        }
        next_free[theme] = i + len;
        hits_.push_back({trigger, sentence_of[i], factor, i, i + len});
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
  std::vector<Hit>& hits_;
};

/// One theme's evidence summed over the article.
struct Tally {
  double raw = 0;
  bool strong = false;
  size_t sentences = 0;  ///< distinct sentences (the title counts as one) with evidence
  std::map<std::string, int> evidence;
};

/// True when a strong umbrella trigger of the same sentence lies within kDxWindow tokens of `hit`.
bool NearUmbrella(const Hit& hit, const std::vector<Hit>& umbrella) {
  return std::any_of(umbrella.begin(), umbrella.end(), [&](const Hit& u) {
    if (u.sentence != hit.sentence) return false;
    const size_t gap = u.begin >= hit.end ? u.begin - hit.end : hit.begin >= u.end ? hit.begin - u.end : 0;
    return gap <= kDxWindow;
  });
}

/// Sums the hits per theme. Near an umbrella trigger ("giúp doanh nghiệp vận tải chuyển đổi
/// số", "chuyển đổi số trong các trường học") a trigger counts at its dx_weight (if higher). One
/// sentence adds at most kSentenceCap, times the title factor, so a list ("4G, 5G, cáp quang,
/// băng rộng") weighs like one clear mention, not like a paragraph per item.
std::vector<Tally> Aggregate(const std::vector<Hit>& hits, size_t themes) {
  std::vector<Hit> umbrella;
  for (const Hit& h : hits) {
    // Only the clear umbrella terms ("chuyển đổi số", "CĐS"), not "công nghệ số" or "số hóa".
    if (h.trigger->theme != 0 || h.trigger->weight < kStrongWeight) continue;
    umbrella.push_back(h);
  }
  struct SentenceSum {
    double sum = 0;
    double factor = 1;
  };
  std::map<std::pair<size_t, size_t>, SentenceSum> per_sentence;  // by (theme, sentence)
  std::vector<Tally> tallies(themes);
  for (const Hit& h : hits) {
    const LexTrigger& trigger = *h.trigger;
    double weight = trigger.weight;
    if (trigger.dx_weight > weight && trigger.theme != 0 && NearUmbrella(h, umbrella)) {
      weight = trigger.dx_weight;
    }
    SentenceSum& sentence = per_sentence[{trigger.theme, h.sentence}];
    sentence.sum += weight;
    sentence.factor = h.factor;
    Tally& tally = tallies[trigger.theme];
    tally.strong = tally.strong || weight >= kStrongWeight;
    ++tally.evidence[trigger.phrase.text];
  }
  for (const auto& [key, sentence] : per_sentence) {
    Tally& tally = tallies[key.first];
    tally.raw += std::min(sentence.sum, kSentenceCap) * sentence.factor;
    ++tally.sentences;
  }
  return tallies;
}

/// Token first_token + i lies in sentence result[i], for the tokens [first_token, last_token) of
/// `sentences` (no sentence crosses first_token): `first_id` for their first sentence, then
/// counting up.
std::vector<size_t> SentenceOfTokens(const std::vector<Sentence>& sentences, size_t first_token,
                                     size_t last_token, size_t first_id) {
  std::vector<size_t> out(last_token - first_token, first_id);
  size_t id = first_id;
  for (const Sentence& s : sentences) {
    if (s.first_token < first_token) continue;
    std::fill(out.begin() + static_cast<std::ptrdiff_t>(s.first_token - first_token),
              out.begin() + static_cast<std::ptrdiff_t>(s.last_token - first_token), id++);
  }
  return out;
}

/// Text written without diacritics: fewer than 5% of at least 8 syllables carry any.
bool IsFolded(const KeyedText& a, const KeyedText& b) {
  const size_t syllables = a.syllables + b.syllables;
  return syllables >= 8 && (a.non_ascii_syllables + b.non_ascii_syllables) * 20 < syllables;
}

ThemeScore ToScore(const std::string& id, Tally tally, double tokens) {
  ThemeScore out;
  out.id = id;
  out.score = tally.raw * 1000 / std::max(tokens, kMinTokens);
  out.sentences = tally.sentences;
  out.strong = tally.strong;
  for (auto& [term, count] : tally.evidence) out.evidence.push_back({term, count});
  std::stable_sort(out.evidence.begin(), out.evidence.end(),
                   [](const ThemeEvidence& a, const ThemeEvidence& b) { return a.count > b.count; });
  return out;
}

/// The tallies of a title and a body; body token i lies in sentence body_sentence_of[i].
std::vector<Tally> ScanAll(const internal::ThemeLexicon& lex, KeyedText* title, KeyedText* body,
                           const std::vector<size_t>& body_sentence_of) {
  const bool folded = IsFolded(*title, *body);
  if (folded) {
    AddFoldedKeys(title);
    AddFoldedKeys(body);
  }
  std::vector<Hit> hits;
  Scanner scanner(lex, &hits);
  scanner.Scan(*title, std::vector<size_t>(title->size(), 0), folded, kTitleWeight);
  scanner.Scan(*body, body_sentence_of, folded, 1);
  return Aggregate(hits, lex.themes.size());
}

/// ScanAll() of a title and a body tokenized apart.
std::vector<Tally> ScanAll(const internal::ThemeLexicon& lex, std::string_view title,
                           const std::vector<Token>& title_tokens, std::string_view body,
                           const std::vector<Token>& body_tokens) {
  const internal::TokenWords title_words(title, title_tokens);
  const internal::TokenWords body_words(body, body_tokens);
  KeyedText title_keys(title_words, 0, title_tokens.size());
  KeyedText body_keys(body_words, 0, body_tokens.size());
  return ScanAll(lex, &title_keys, &body_keys,
                 SentenceOfTokens(SplitSentences(body, body_tokens), 0, body_tokens.size(), 1));
}

/// The best theme is primary; so is each next one (kMaxPrimary in all) that reaches kPrimaryRatio
/// of the best score, has strong evidence and is discussed in at least two sentences: a theme
/// named once in passing ("theo Chương trình Chuyển đổi số quốc gia") is context, not subject.
void MarkPrimary(std::vector<ThemeScore>* ranked) {
  size_t primaries = 0;
  for (ThemeScore& s : *ranked) {
    s.primary = primaries == 0 || (primaries < kMaxPrimary && s.strong && s.sentences >= kMinSentences &&
                                   s.score >= kPrimaryRatio * ranked->front().score);
    if (s.primary) ++primaries;
  }
}

/// The themes (all but the umbrella, tallies[0]) with a hit, highest score first, primaries marked.
std::vector<ThemeScore> RankThemes(const internal::ThemeLexicon& lex, std::vector<Tally>* tallies,
                                   double tokens) {
  std::vector<ThemeScore> out;
  for (size_t t = 1; t < tallies->size(); ++t) {
    if ((*tallies)[t].raw > 0) out.push_back(ToScore(lex.themes[t].info.id, std::move((*tallies)[t]), tokens));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const ThemeScore& a, const ThemeScore& b) { return a.score > b.score; });
  MarkPrimary(&out);
  return out;
}

/// The umbrella gate from tallies[0]: primary when it has strong evidence.
ThemeScore GateScore(std::vector<Tally>* tallies, double tokens) {
  ThemeScore out = ToScore("dx", std::move(tallies->front()), tokens);
  out.primary = out.strong;
  return out;
}

double TokenCount(const std::vector<Token>& title_tokens, const std::vector<Token>& body_tokens) {
  return static_cast<double>(title_tokens.size() + body_tokens.size());
}

ThemeVerdict ToVerdict(const internal::ThemeLexicon& lex, std::vector<Tally>* tallies, double tokens) {
  ThemeVerdict out;
  out.gate = GateScore(tallies, tokens);
  out.themes = RankThemes(lex, tallies, tokens);
  return out;
}

}  // namespace

std::vector<ThemeScore> ThemeClassifier::Classify(std::string_view title,
                                                  const std::vector<Token>& title_tokens,
                                                  std::string_view body,
                                                  const std::vector<Token>& body_tokens) const {
  std::vector<Tally> tallies = ScanAll(*lexicon_, title, title_tokens, body, body_tokens);
  return RankThemes(*lexicon_, &tallies, TokenCount(title_tokens, body_tokens));
}

std::vector<ThemeScore> ThemeClassifier::Classify(std::string_view title, std::string_view body) const {
  return Classify(title, Tokenize(title), body, Tokenize(body));
}

ThemeScore ThemeClassifier::Gate(std::string_view title, const std::vector<Token>& title_tokens,
                                 std::string_view body, const std::vector<Token>& body_tokens) const {
  std::vector<Tally> tallies = ScanAll(*lexicon_, title, title_tokens, body, body_tokens);
  return GateScore(&tallies, TokenCount(title_tokens, body_tokens));
}

ThemeVerdict ThemeClassifier::ClassifyWithGate(std::string_view title, const std::vector<Token>& title_tokens,
                                               std::string_view body,
                                               const std::vector<Token>& body_tokens) const {
  std::vector<Tally> tallies = ScanAll(*lexicon_, title, title_tokens, body, body_tokens);
  return ToVerdict(*lexicon_, &tallies, TokenCount(title_tokens, body_tokens));
}

ThemeVerdict ThemeClassifier::ClassifyWithGate(const internal::TokenWords& words, size_t title_tokens,
                                               const std::vector<Sentence>& sentences) const {
  KeyedText title_keys(words, 0, title_tokens);
  KeyedText body_keys(words, title_tokens, words.size());
  std::vector<Tally> tallies = ScanAll(*lexicon_, &title_keys, &body_keys,
                                       SentenceOfTokens(sentences, title_tokens, words.size(), 1));
  return ToVerdict(*lexicon_, &tallies, static_cast<double>(words.size()));
}

}  // namespace dxnews::analyzer
