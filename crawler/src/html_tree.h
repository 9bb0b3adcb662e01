// HtmlTree: a plain, owning copy of a parsed HTML document (elements and text), so that code
// outside gumbo_document.cc can walk parents, children and text without seeing Gumbo types.
#ifndef DXNEWS_CRAWLER_HTML_TREE_H_
#define DXNEWS_CRAWLER_HTML_TREE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dxnews::crawler {

/// One element or text node. Comments are dropped; whitespace-only text is kept as text.
struct HtmlNode {
  bool is_text = false;
  std::string_view tag;  ///< lower-case tag name; empty for text and for unknown tags
  std::string text;      ///< text nodes only
  std::vector<std::pair<std::string, std::string>> attributes;  ///< elements only, as written
  int parent = -1;
  std::vector<int> children;
};

/// The nodes in document order; node 0 is the document itself (tag empty, not text).
struct HtmlTree {
  std::vector<HtmlNode> nodes;

  /// The value of attribute `name` of node `index`, or "" if absent.
  std::string_view Attribute(int index, std::string_view name) const;
  /// All text under node `index`, concatenated as written (script and style included).
  std::string RawText(int index) const;
  /// The text under `index` with whitespace runs collapsed to one space and trimmed; script,
  /// style and other non-content elements skipped; <br> and block boundaries become spaces.
  std::string VisibleText(int index) const;
};

/// Bytes of text under each node (index as in tree.nodes), script and style text excluded.
/// One pass over the tree.
std::vector<size_t> SubtreeTextBytes(const HtmlTree& tree);

/// Collapses runs of ASCII whitespace and U+00A0 to one space and trims both ends.
std::string CollapseWhitespace(std::string_view text);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_HTML_TREE_H_
