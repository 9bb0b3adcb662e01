// PlaceMatcher::MainProvince(): which province an article is about. Each mention scores by where
// it stands (title x4, lead x2, body x1, a dateline "HÀ TĨNH - " +4); "tỉnh ta", "tỉnh nhà" and
// "thành phố ta" add to the leader. The leader wins only with a clear lead (at least 4 points and
// twice the runner-up) and some sign of local government in the text (a prefixed mention such as
// "tỉnh Hậu Giang" / "TP Huế", or "UBND", "HĐND", "Tỉnh ủy", "Thành ủy"); otherwise the story is
// national: a Hà Nội conference or a list of provinces does not make a provincial story.
#include <algorithm>
#include <map>
#include <string>

#include "dxnews/analyzer/place_extractor.h"
#include "token_words.h"

namespace dxnews::analyzer {
namespace {

using internal::TokenWords;

constexpr size_t kDerivedLeadBytes = 600;

/// The end of the lead: the layout's, or two lines after the title (at most 600 bytes).
size_t LeadEnd(std::string_view text, const ArticleLayout& layout) {
  if (layout.lead_end > 0) return layout.lead_end;
  size_t pos = layout.title_end;
  for (int line = 0; line < 2 && pos < text.size(); ++line) {
    const size_t nl = text.find('\n', pos + 1);
    pos = nl == std::string_view::npos ? text.size() : nl;
  }
  return std::min(pos, layout.title_end + kDerivedLeadBytes);
}

/// True when the match starts a line and a dash follows it: "HẬU GIANG - Sáng 5/10 ...".
bool IsDateline(std::string_view text, const PlaceMatch& m) {
  const size_t line_start = m.begin == 0 ? 0 : text.rfind('\n', m.begin - 1);
  const size_t from = line_start == std::string_view::npos || m.begin == 0 ? 0 : line_start + 1;
  if (text.substr(from, m.begin - from).find_first_not_of(" \t") != std::string_view::npos) {
    return false;
  }
  const std::string_view after = text.substr(m.end, 6);
  return after.rfind(" -", 0) == 0 || after.rfind(" \xE2\x80\x93", 0) == 0;
}

/// True when the form matched starts with its own cue: "tỉnh", "thành phố", "TP".
bool IsPrefixedMention(std::string_view text, const PlaceMatch& m) {
  const std::string_view s = text.substr(m.begin, m.end - m.begin);
  for (std::string_view p : {"tỉnh ", "Tỉnh ", "thành phố ", "Thành phố ", "TP", "Tp"}) {
    if (s.rfind(p, 0) == 0) return true;
  }
  return false;
}

struct LocalSignals {
  bool government = false;  ///< UBND, HĐND, Tỉnh ủy, Thành ủy
  int own_province = 0;     ///< "tỉnh ta", "tỉnh nhà", "thành phố ta"
};

LocalSignals ScanLocalSignals(const TokenWords& words) {
  LocalSignals out;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& k = words.Key(i);
    if (k == "ubnd" || k == "hđnd" || words.Is2(i, "tỉnh", "ủy") || words.Is2(i, "thành", "ủy")) {
      out.government = true;
    }
    if (words.Is2(i, "tỉnh", "ta") || words.Is2(i, "tỉnh", "nhà") ||
        (words.Is2(i, "thành", "phố") && words.Is(i + 2, "ta"))) {
      ++out.own_province;
    }
  }
  return out;
}

}  // namespace

std::string PlaceMatcher::MainProvince(std::string_view text, const std::vector<Token>& tokens,
                                       const ArticleLayout& layout) const {
  return MainProvince(text, tokens, FindAll(text, tokens), layout);
}

std::string PlaceMatcher::MainProvince(std::string_view text, const std::vector<Token>& tokens,
                                       const std::vector<PlaceMatch>& matches,
                                       const ArticleLayout& layout) const {
  if (matches.empty()) return std::string();  // without building the words
  return MainProvince(TokenWords(text, tokens), matches, layout);
}

std::string PlaceMatcher::MainProvince(const TokenWords& words, const std::vector<PlaceMatch>& matches,
                                       const ArticleLayout& layout) const {
  if (matches.empty()) return std::string();
  const std::string_view text = words.text();
  const size_t lead_end = LeadEnd(text, layout);
  std::map<std::string, int> score;
  std::map<std::string, bool> prefixed;
  for (const PlaceMatch& m : matches) {
    int points = m.begin < layout.title_end ? 4 : m.begin < lead_end ? 2 : 1;
    if (IsDateline(text, m)) points += 4;
    score[m.old_id] += points;
    prefixed[m.old_id] = prefixed[m.old_id] || IsPrefixedMention(text, m);
  }
  std::string leader;
  int best = 0;
  int second = 0;
  for (const auto& [id, s] : score) {
    if (s > best) {
      second = best;
      best = s;
      leader = id;
    } else if (s > second) {
      second = s;
    }
  }
  const LocalSignals local = ScanLocalSignals(words);
  best += 2 * local.own_province;
  const bool clear_lead = best >= 4 && best >= 2 * second;
  const bool local_story = prefixed[leader] || local.government || local.own_province > 0;
  return clear_lead && local_story ? leader : std::string();
}

}  // namespace dxnews::analyzer
