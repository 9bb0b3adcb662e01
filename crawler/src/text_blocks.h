// Text blocks: the visible text of a page cut at block-level element boundaries (and <br>), each
// with the element that owns it and how much of it is link text.
#ifndef DXNEWS_CRAWLER_TEXT_BLOCKS_H_
#define DXNEWS_CRAWLER_TEXT_BLOCKS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "html_tree.h"

namespace dxnews::crawler {

struct TextBlock {
  int owner = 0;          ///< the nearest block-level element around the text
  std::string text;       ///< whitespace collapsed, never empty
  size_t link_bytes = 0;  ///< bytes of `text` inside <a>
};

/// The blocks of the whole document in document order, skipping nodes marked in `skipped`
/// (see MarkBoilerplate).
std::vector<TextBlock> CollectTextBlocks(const HtmlTree& tree, const std::vector<char>& skipped);

/// True when `ancestor` is `node` or one of its ancestors.
bool IsInside(const HtmlTree& tree, int node, int ancestor);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_TEXT_BLOCKS_H_
