// PlaceMatcher: the index of written forms and the token-sequence matching rules (see
// place_extractor.h for the rules; MainProvince() lives in main_province.cc).
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "char_class.h"
#include "dxnews/analyzer/place_extractor.h"
#include "dxnews/analyzer/tokenizer.h"
#include "place_index.h"
#include "token_words.h"

namespace dxnews::analyzer {
namespace {

using internal::TokenWords;

/// First words of forms that carry their own place cue ("tỉnh X", "TP X", "Thủ đô Hà Nội").
bool IsPrefixWord(const std::string& key) {
  static const std::unordered_set<std::string> kPrefixes = {"tỉnh", "thành", "phố", "tp", "tp.",
                                                            "thủ",  "đô",    "cố",  "xứ"};
  return kPrefixes.count(key) > 0;
}

/// Capitalised syllables that start or continue a person's name, so that a place right after
/// them is a given name: "Nguyễn Văn Hà Nam", "Trần Thị Thái Bình", "Lê Minh Hà Nam".
bool IsPersonNamePart(const std::string& key) {
  static const std::unordered_set<std::string> kNameParts = {
      "nguyễn", "trần", "lê",    "phạm", "hoàng", "huỳnh", "phan", "vũ",   "võ",    "đặng", "bùi", "đỗ",
      "hồ",     "ngô",  "dương", "lý",   "đinh",  "trịnh", "mai",  "thái", "văn",   "thị",  "đức", "hữu",
      "công",   "đình", "quốc",  "minh", "ngọc",  "xuân",  "kim",  "thu",  "thanh", "hồng"};
  return kNameParts.count(key) > 0;
}

/// True when token i is capitalised with lower-case letters after the first ("Dương", not
/// "DƯƠNG"): a Title-case word that continues a proper name.
bool IsTitleCase(const TokenWords& words, size_t i) {
  if (!words.IsCapitalized(i)) return false;
  const std::string_view s = words.Text(i);
  size_t pos = internal::DecodeAt(s, 0).length;
  bool lower_seen = false;
  while (pos < s.size()) {
    const internal::CodePoint cp = internal::DecodeAt(s, pos);
    if (cp.cls == internal::CharClass::kUpper) return false;
    lower_seen = lower_seen || cp.cls == internal::CharClass::kLetter;
    pos += cp.length;
  }
  return lower_seen;
}

/// True when tokens a and b sit on the same line (no newline between them).
bool SameLine(std::string_view text, const TokenWords& words, size_t a, size_t b) {
  const size_t from = words.token(a).end;
  const size_t to = words.token(b).begin;
  return to >= from && text.substr(from, to - from).find('\n') == std::string_view::npos;
}

/// A place cue right before token i: "tại", "ở", "tỉnh", "TP", "TP.", "thành phố", "địa bàn".
bool HasPlaceCue(const TokenWords& words, size_t i) {
  if (i == 0) return false;
  size_t j = i - 1;
  if (words.Is(j, ".") && j > 0 && words.Is(j - 1, "tp")) return true;
  const std::string& key = words.Key(j);
  if (key == "tại" || key == "ở" || key == "tỉnh" || key == "tp" || key == "tp.") return true;
  if (j == 0) return false;
  return words.Is2(j - 1, "thành", "phố") || words.Is2(j - 1, "địa", "bàn");
}

/// True when `form` matches the tokens from `at` and passes the case and context rules.
bool AcceptForm(std::string_view text, const TokenWords& words, size_t at, const internal::PlaceForm& form) {
  const size_t n = form.keys.size();
  if (at + n > words.size()) return false;
  for (size_t k = 0; k < n; ++k) {
    if (words.Key(at + k) != form.keys[k]) return false;
    if (form.capitalized[k] && !words.IsCapitalized(at + k)) return false;
  }
  if (form.ambiguous && !HasPlaceCue(words, at)) return false;
  if (form.prefixed) return true;
  if (at > 0 && SameLine(text, words, at - 1, at) && words.IsCapitalized(at - 1) &&
      IsPersonNamePart(words.Key(at - 1))) {
    return false;
  }
  const size_t next = at + n;
  return !(next < words.size() && words.kind(next) == TokenKind::kSyllable &&
           SameLine(text, words, next - 1, next) && IsTitleCase(words, next));
}

}  // namespace

PlaceMatcher::PlaceMatcher(const ProvinceRegistry& registry)
    : index_(std::make_unique<Index>(Index{registry, {}})) {
  for (const PlaceNameVariant& v : registry.NameVariants()) {
    const std::vector<Token> tokens = Tokenize(v.text);
    if (tokens.empty()) continue;
    const TokenWords words(v.text, tokens);
    internal::PlaceForm form{v.old_id, {}, {}, v.ambiguous, IsPrefixWord(words.Key(0))};
    for (size_t i = 0; i < words.size(); ++i) {
      form.keys.push_back(words.Key(i));
      form.capitalized.push_back(!IsPrefixWord(words.Key(i)) && words.IsCapitalized(i));
    }
    std::vector<internal::PlaceForm>& bucket = index_->by_first_key[form.keys[0]];
    const bool duplicate = std::any_of(bucket.begin(), bucket.end(), [&](const auto& f) {
      return f.keys == form.keys && f.old_id == form.old_id;
    });
    if (!duplicate) bucket.push_back(std::move(form));
  }
  for (auto& [key, bucket] : index_->by_first_key) {
    std::stable_sort(bucket.begin(), bucket.end(),
                     [](const auto& a, const auto& b) { return a.keys.size() > b.keys.size(); });
  }
}

PlaceMatcher::~PlaceMatcher() = default;
PlaceMatcher::PlaceMatcher(PlaceMatcher&&) noexcept = default;
PlaceMatcher& PlaceMatcher::operator=(PlaceMatcher&&) noexcept = default;

const ProvinceRegistry& PlaceMatcher::registry() const { return index_->registry; }

std::vector<PlaceMatch> PlaceMatcher::FindAll(std::string_view text, const std::vector<Token>& tokens) const {
  return FindAll(TokenWords(text, tokens));
}

std::vector<PlaceMatch> PlaceMatcher::FindAll(const TokenWords& words) const {
  const std::string_view text = words.text();
  std::vector<PlaceMatch> out;
  for (size_t i = 0; i < words.size();) {
    size_t advance = 1;
    const auto it = index_->by_first_key.find(words.Key(i));
    if (it != index_->by_first_key.end()) {
      for (const internal::PlaceForm& form : it->second) {
        if (!AcceptForm(text, words, i, form)) continue;
        advance = form.keys.size();
        out.push_back({form.old_id, words.token(i).begin, words.token(i + advance - 1).end});
        break;
      }
    }
    i += advance;
  }
  return out;
}

std::vector<PlaceMention> PlaceMatcher::Extract(std::string_view text,
                                                const std::vector<Token>& tokens) const {
  return Extract(FindAll(text, tokens));
}

std::vector<PlaceMention> PlaceMatcher::Extract(const std::vector<PlaceMatch>& matches) const {
  std::vector<PlaceMention> out;
  std::unordered_map<std::string, size_t> slot;
  for (const PlaceMatch& m : matches) {
    auto [it, inserted] = slot.emplace(m.old_id, out.size());
    if (inserted) {
      const Province* old_unit = index_->registry.FindById(ProvinceEra::kBefore2025, m.old_id);
      const Province* new_unit = index_->registry.NewUnitOf(m.old_id);
      out.push_back({m.old_id, old_unit ? old_unit->name : std::string(),
                     new_unit ? new_unit->id : std::string(), new_unit ? new_unit->name : std::string(), 0,
                     m.begin});
    }
    ++out[it->second].mentions;
  }
  return out;
}

}  // namespace dxnews::analyzer
