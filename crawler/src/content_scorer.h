// Readability-style choice of the article body: paragraph-like text blocks vote for their
// ancestors (length and commas), class/id names weigh the candidates, link density discounts
// them, and the best candidate plus its strong siblings is the body.
#ifndef DXNEWS_CRAWLER_CONTENT_SCORER_H_
#define DXNEWS_CRAWLER_CONTENT_SCORER_H_

#include <string>
#include <vector>

#include "html_tree.h"
#include "text_blocks.h"

namespace dxnews::crawler {

/// The elements whose blocks make up the body, in document order (the best candidate and the
/// siblings that score close to it). When `content_hint` (space-separated id/class names) names an
/// element holding text, that element alone. Empty when the page has no text.
std::vector<int> SelectContentRoots(const HtmlTree& tree, const std::vector<TextBlock>& blocks,
                                    const std::string& content_hint);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_CONTENT_SCORER_H_
