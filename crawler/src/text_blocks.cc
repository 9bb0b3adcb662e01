#include "text_blocks.h"

#include "boilerplate.h"

namespace dxnews::crawler {
namespace {

// Accumulates the text of the block being read.
class BlockBuilder {
 public:
  explicit BlockBuilder(std::vector<TextBlock>* out) : out_(out) {}

  void Append(const std::string& text, bool in_link) {
    raw_ += text;
    if (in_link) link_raw_ += text;
  }
  void Flush(int owner) {
    std::string text = CollapseWhitespace(raw_);
    if (!text.empty()) {
      const size_t links = std::min(CollapseWhitespace(link_raw_).size(), text.size());
      out_->push_back(TextBlock{owner, std::move(text), links});
    }
    raw_.clear();
    link_raw_.clear();
  }

 private:
  std::vector<TextBlock>* out_;
  std::string raw_;
  std::string link_raw_;
};

}  // namespace

std::vector<TextBlock> CollectTextBlocks(const HtmlTree& tree, const std::vector<char>& skipped) {
  std::vector<TextBlock> blocks;
  BlockBuilder builder(&blocks);
  std::vector<int> owners = {0};
  int link_depth = 0;
  // Entries >= 0 enter a node; ~index leaves it.
  std::vector<int> stack = {0};
  while (!stack.empty()) {
    const int entry = stack.back();
    stack.pop_back();
    const int index = entry >= 0 ? entry : ~entry;
    const HtmlNode& node = tree.nodes[static_cast<size_t>(index)];
    const bool block = index == 0 || IsBlockTag(node.tag);
    if (entry < 0) {  // leaving an element
      if (node.tag == "a") --link_depth;
      if (block) {
        builder.Flush(owners.back());
        owners.pop_back();
      }
      continue;
    }
    if (skipped[static_cast<size_t>(index)]) continue;
    if (node.is_text) {
      builder.Append(node.text, link_depth > 0);
      continue;
    }
    if (block) {
      builder.Flush(owners.back());
      owners.push_back(index);
    }
    if (node.tag == "a") ++link_depth;
    stack.push_back(~index);
    for (auto it = node.children.rbegin(); it != node.children.rend(); ++it) stack.push_back(*it);
  }
  return blocks;
}

bool IsInside(const HtmlTree& tree, int node, int ancestor) {
  for (int i = node; i >= 0; i = tree.nodes[static_cast<size_t>(i)].parent) {
    if (i == ancestor) return true;
  }
  return false;
}

}  // namespace dxnews::crawler
