#include "content_scorer.h"

#include <algorithm>
#include <unordered_map>

#include "boilerplate.h"

namespace dxnews::crawler {
namespace {

constexpr size_t kMinVotingBytes = 25;
constexpr int kAncestorLevels = 5;
constexpr size_t kTopCandidates = 5;
constexpr size_t kMinAlternatives = 3;

struct Candidate {
  double score = 0;
  size_t text_bytes = 0;
  size_t link_bytes = 0;
};

using Candidates = std::unordered_map<int, Candidate>;

double TagWeight(std::string_view tag) {
  if (tag == "div" || tag == "article" || tag == "section" || tag == "main") return 5;
  if (tag == "pre" || tag == "td" || tag == "blockquote") return 3;
  if (tag == "ol" || tag == "ul" || tag == "dl" || tag == "dd" || tag == "dt" || tag == "li" || tag == "form") return -3;
  if (IsHeadingTag(tag) || tag == "th") return -5;
  return 0;
}

bool IsParagraphTag(std::string_view tag) {
  return tag == "p" || tag == "li" || tag == "dd" || tag == "dt" || tag == "blockquote" || tag == "pre" ||
         tag == "br" || tag == "td" || tag == "th" || tag == "figcaption" || IsHeadingTag(tag);
}

size_t CountCommas(const std::string& text) {
  size_t commas = static_cast<size_t>(std::count(text.begin(), text.end(), ','));
  return commas;
}

Candidate& Touch(const HtmlTree& tree, int index, Candidates* candidates) {
  auto [it, inserted] = candidates->try_emplace(index);
  if (inserted) {
    const HtmlNode& node = tree.nodes[static_cast<size_t>(index)];
    it->second.score = TagWeight(node.tag) + ClassWeight(ClassAndId(tree, index));
  }
  return it->second;
}

// The owner's ancestors (the owner itself when it is a container with direct text).
int FirstVoter(const HtmlTree& tree, int owner) {
  const HtmlNode& node = tree.nodes[static_cast<size_t>(owner)];
  return IsParagraphTag(node.tag) ? node.parent : owner;
}

void Vote(const HtmlTree& tree, const TextBlock& block, Candidates* candidates) {
  const bool votes = block.text.size() >= kMinVotingBytes;
  const double score = 1.0 + static_cast<double>(CountCommas(block.text)) +
                       std::min(3.0, static_cast<double>(block.text.size() / 100));
  int level = 0;
  for (int i = FirstVoter(tree, block.owner); i > 0; i = tree.nodes[static_cast<size_t>(i)].parent, ++level) {
    const HtmlNode& node = tree.nodes[static_cast<size_t>(i)];
    if (node.tag == "body" || node.tag == "html") break;
    Candidate& candidate = Touch(tree, i, candidates);
    candidate.text_bytes += block.text.size();
    candidate.link_bytes += block.link_bytes;
    if (!votes || level >= kAncestorLevels) continue;
    const double divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : level * 3.0);
    candidate.score += score / divider;
  }
}

double FinalScore(const Candidate& candidate) {
  if (candidate.text_bytes == 0) return 0;
  const double density = static_cast<double>(candidate.link_bytes) / static_cast<double>(candidate.text_bytes);
  return candidate.score * (1.0 - density);
}

int FindHinted(const HtmlTree& tree, const Candidates& candidates, const std::string& hint) {
  for (size_t i = 1; i < tree.nodes.size(); ++i) {
    const int index = static_cast<int>(i);
    if (tree.nodes[i].is_text || candidates.count(index) == 0) continue;
    if (MatchesAnyName(ClassAndId(tree, index), hint)) return index;
  }
  return -1;
}

// readability.js: when at least three other strong candidates (>= 75% of the top score, among
// the best five) sit under one ancestor of `top`, that ancestor is the article (paragraphs split
// into cards or sections).
int PromoteCommonAncestor(const HtmlTree& tree, const Candidates& candidates, int top) {
  std::vector<std::pair<double, int>> ranked;
  for (const auto& [index, candidate] : candidates) ranked.emplace_back(FinalScore(candidate), index);
  const size_t keep = std::min<size_t>(ranked.size(), kTopCandidates);
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<long>(keep), ranked.end(),
                    [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
  const double top_score = FinalScore(candidates.at(top));
  std::vector<int> alternatives;
  for (size_t i = 0; i < keep; ++i) {
    if (ranked[i].second != top && ranked[i].first >= 0.75 * top_score) alternatives.push_back(ranked[i].second);
  }
  if (alternatives.size() < kMinAlternatives) return top;
  for (int ancestor = tree.nodes[static_cast<size_t>(top)].parent; ancestor > 0;
       ancestor = tree.nodes[static_cast<size_t>(ancestor)].parent) {
    const std::string_view tag = tree.nodes[static_cast<size_t>(ancestor)].tag;
    if (tag == "body" || tag == "html") break;
    size_t inside = 0;
    for (int alternative : alternatives) inside += IsInside(tree, alternative, ancestor) ? 1 : 0;
    if (inside >= kMinAlternatives) return candidates.count(ancestor) ? ancestor : top;
  }
  return top;
}

// Siblings of `top` that score close to it, and `top`, in document order.
std::vector<int> WithSiblings(const HtmlTree& tree, const Candidates& candidates, int top) {
  const int parent = tree.nodes[static_cast<size_t>(top)].parent;
  if (parent <= 0) return {top};
  const double top_score = FinalScore(candidates.at(top));
  const double threshold = std::max(10.0, top_score * 0.2);
  std::vector<int> roots;
  for (int sibling : tree.nodes[static_cast<size_t>(parent)].children) {
    if (sibling == top) {
      roots.push_back(sibling);
      continue;
    }
    const auto it = candidates.find(sibling);
    if (it != candidates.end() && FinalScore(it->second) >= threshold) roots.push_back(sibling);
  }
  return roots;
}

}  // namespace

std::vector<int> SelectContentRoots(const HtmlTree& tree, const std::vector<TextBlock>& blocks,
                                    const std::string& content_hint) {
  Candidates candidates;
  for (const TextBlock& block : blocks) Vote(tree, block, &candidates);
  if (!content_hint.empty()) {
    const int hinted = FindHinted(tree, candidates, content_hint);
    if (hinted > 0) return {hinted};
  }
  int top = -1;
  double best = 0;
  for (const auto& [index, candidate] : candidates) {
    const double score = FinalScore(candidate);
    if (top < 0 || score > best || (score == best && index < top)) {
      top = index;
      best = score;
    }
  }
  if (top < 0) return {};
  return WithSiblings(tree, candidates, PromoteCommonAncestor(tree, candidates, top));
}

}  // namespace dxnews::crawler
