// The body of an article: the text blocks of the chosen content roots minus labels ("Tin liên
// quan", "Xem thêm"), link lists, captions and the lead, with trailing bylines and credits moved
// out of the text; and the images of the body with their captions.
#ifndef DXNEWS_CRAWLER_ARTICLE_BODY_H_
#define DXNEWS_CRAWLER_ARTICLE_BODY_H_

#include <string>
#include <vector>

#include "dxnews/crawler/article_extractor.h"
#include "html_tree.h"
#include "text_blocks.h"

namespace dxnews::crawler {

/// Images (<img src|data-src|data-original>) under `roots`, not under skipped nodes, with their
/// captions; the caption elements are appended to `caption_nodes`. URLs resolved against
/// `page_url` when it is absolute.
std::vector<ArticleImage> CollectImages(const HtmlTree& tree, const std::vector<char>& skipped,
                                        const std::vector<int>& roots, const std::string& page_url,
                                        std::vector<int>* caption_nodes);

/// Fills article->paragraphs (and author/credit from byline lines) from `blocks` under `roots`,
/// leaving out blocks inside `excluded` nodes (lead, captions) and headings equal to `title`.
void BuildBody(const HtmlTree& tree, const std::vector<TextBlock>& blocks, const std::vector<int>& roots,
               const std::vector<int>& excluded, ExtractedArticle* article);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_ARTICLE_BODY_H_
