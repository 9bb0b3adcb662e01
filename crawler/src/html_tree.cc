#include "html_tree.h"

#include <algorithm>
#include <array>

#include "ascii.h"

namespace dxnews::crawler {
namespace {

constexpr std::array<std::string_view, 12> kInvisible = {"script", "style",  "noscript", "template",
                                                         "svg",    "button", "select",   "textarea",
                                                         "iframe", "object", "head",     "title"};

bool IsInvisible(std::string_view tag) {
  return std::find(kInvisible.begin(), kInvisible.end(), tag) != kInvisible.end();
}

void AppendVisible(const HtmlTree& tree, int index, std::string* out) {
  std::vector<int> stack = {index};
  while (!stack.empty()) {
    const HtmlNode& node = tree.nodes[static_cast<size_t>(stack.back())];
    stack.pop_back();
    if (node.is_text) {
      out->append(node.text);
      continue;
    }
    if (IsInvisible(node.tag)) continue;
    if (node.tag == "br" || node.tag == "p" || node.tag == "div" || node.tag == "li") out->push_back(' ');
    for (auto it = node.children.rbegin(); it != node.children.rend(); ++it) stack.push_back(*it);
  }
}

}  // namespace

std::string_view HtmlTree::Attribute(int index, std::string_view name) const {
  for (const auto& [key, value] : nodes[static_cast<size_t>(index)].attributes) {
    if (EqualsIgnoreAsciiCase(key, name)) return value;
  }
  return {};
}

std::string HtmlTree::RawText(int index) const {
  std::string out;
  std::vector<int> stack = {index};
  while (!stack.empty()) {
    const HtmlNode& node = nodes[static_cast<size_t>(stack.back())];
    stack.pop_back();
    if (node.is_text) out.append(node.text);
    for (auto it = node.children.rbegin(); it != node.children.rend(); ++it) stack.push_back(*it);
  }
  return out;
}

std::string HtmlTree::VisibleText(int index) const {
  std::string out;
  AppendVisible(*this, index, &out);
  return CollapseWhitespace(out);
}

std::vector<size_t> SubtreeTextBytes(const HtmlTree& tree) {
  std::vector<size_t> bytes(tree.nodes.size(), 0);
  // Children always come after their parent, so a backward pass sums bottom-up.
  for (size_t i = tree.nodes.size(); i-- > 1;) {
    const HtmlNode& node = tree.nodes[i];
    if (node.is_text) {
      const std::string_view parent = tree.nodes[static_cast<size_t>(node.parent)].tag;
      if (parent != "script" && parent != "style") bytes[i] = node.text.size();
    }
    bytes[static_cast<size_t>(node.parent)] += bytes[i];
  }
  return bytes;
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool nbsp = static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
                      static_cast<unsigned char>(text[i + 1]) == 0xA0;
    if (IsAsciiSpace(c) || nbsp) {
      pending_space = true;
      if (nbsp) ++i;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace dxnews::crawler
