// Which parts of an HTML page are boilerplate: the class/id vocabulary of content containers and
// of menus, related-news boxes, comments, share bars, ads and footers (English and Vietnamese CMS
// names), hidden elements, and the tags that never hold article text.
#ifndef DXNEWS_CRAWLER_BOILERPLATE_H_
#define DXNEWS_CRAWLER_BOILERPLATE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "html_tree.h"

namespace dxnews::crawler {

/// The lower-cased "class id" text of element `index`.
std::string ClassAndId(const HtmlTree& tree, int index);

/// True when `names` (a ClassAndId string) contains one of the space-separated `words` as a
/// substring (hint lists such as "detail-content fck_detail").
bool MatchesAnyName(std::string_view names, std::string_view words);

/// +25 for content-like names (article, content, detail, body, fck_detail, sapo ...), -25 for
/// boilerplate names (comment, related, share, footer, menu, sidebar, ads ...), 0 otherwise.
int ClassWeight(std::string_view names);

/// True for block-level tags: their text never runs on into their neighbours' text.
bool IsBlockTag(std::string_view tag);

/// True for h1-h6.
bool IsHeadingTag(std::string_view tag);

/// Marks (1) every node inside an element that never holds article text: scripts and styles,
/// nav/footer/aside/form, hidden elements, elements with a boilerplate class/id name and no
/// content name (unless named by hints["content"] or holding most of the page text), and elements
/// named by hints["remove"]. Everything else is 0. With `use_names` false, class/id names other
/// than the hints are ignored (tags, hidden elements and hints only).
std::vector<char> MarkBoilerplate(const HtmlTree& tree, const std::map<std::string, std::string>& hints,
                                  bool use_names);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_BOILERPLATE_H_
