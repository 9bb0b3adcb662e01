#include "article_body.h"

#include <algorithm>
#include <array>

#include "article_dates.h"
#include "ascii.h"
#include "boilerplate.h"
#include "byline.h"
#include "dxnews/crawler/url.h"

namespace dxnews::crawler {
namespace {

constexpr size_t kMaxCaptionBytes = 400;
constexpr size_t kMaxLabelBytes = 40;

constexpr std::array<std::string_view, 16> kLabels = {
    "Tin liên quan", "TIN LIÊN QUAN", "Xem thêm", "XEM THÊM", "Đọc thêm", "Chia sẻ", "Bình luận", "Tags",
    "Thẻ:", "Từ khóa", "Tin cùng chuyên mục", "Quảng cáo", "Advertisement", "Share", "Related", "Bài liên quan"};

bool IsLabel(const std::string& text) {
  if (text.size() > kMaxLabelBytes) return false;
  return std::any_of(kLabels.begin(), kLabels.end(), [&](std::string_view label) { return text.rfind(label, 0) == 0; });
}

bool IsPhotoCredit(const std::string& text) {
  if (text.size() > 60) return false;
  for (std::string_view prefix : {"Ảnh:", "(Ảnh:", "Ảnh minh họa", "(Ảnh minh họa", "Đồ họa:", "Nguồn ảnh:"}) {
    if (text.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

bool InsideAny(const HtmlTree& tree, int node, const std::vector<int>& ancestors) {
  return std::any_of(ancestors.begin(), ancestors.end(), [&](int a) { return IsInside(tree, node, a); });
}

std::string ImageSource(const HtmlTree& tree, int img) {
  for (std::string_view name : {"data-src", "data-original", "data-lazy-src", "src"}) {
    const std::string_view value = TrimAsciiSpace(tree.Attribute(img, name));
    if (!value.empty() && value.rfind("data:", 0) != 0) return std::string(value);
  }
  return "";
}

int FindDescendant(const HtmlTree& tree, int root, std::string_view tag, std::string_view name) {
  for (int child : tree.nodes[static_cast<size_t>(root)].children) {
    const HtmlNode& node = tree.nodes[static_cast<size_t>(child)];
    if (node.is_text) continue;
    if (node.tag == tag || (!name.empty() && ClassAndId(tree, child).find(name) != std::string::npos)) return child;
    const int found = FindDescendant(tree, child, tag, name);
    if (found >= 0) return found;
  }
  return -1;
}

// The element holding the caption of `img`: a figcaption, a caption-classed element, or the
// CMS image table itself (whose only text is the caption). -1 when none.
int FindCaption(const HtmlTree& tree, const std::vector<size_t>& text_bytes, int img) {
  int node = tree.nodes[static_cast<size_t>(img)].parent;
  for (int level = 0; level < 4 && node > 0; ++level, node = tree.nodes[static_cast<size_t>(node)].parent) {
    const HtmlNode& n = tree.nodes[static_cast<size_t>(node)];
    const std::string names = ClassAndId(tree, node);
    const bool image_box = names.find("img") != std::string::npos || names.find("image") != std::string::npos ||
                           names.find("photo") != std::string::npos || names.find("pic") != std::string::npos;
    if (n.tag == "figure" || n.tag == "table" || image_box) {
      const int caption = FindDescendant(tree, node, "figcaption", "caption");
      if (caption >= 0) return caption;
    }
    if (n.tag == "table" && text_bytes[static_cast<size_t>(node)] <= 2 * kMaxCaptionBytes &&
        tree.VisibleText(node).size() <= kMaxCaptionBytes)
      return node;
    if (n.tag == "figure" || n.tag == "p" || n.tag == "table") break;
  }
  return -1;
}

std::string ResolveUrl(const std::string& page_url, const std::string& reference) {
  if (page_url.empty()) return reference;
  Result<Url> resolved = Resolve(page_url, reference);
  return resolved.ok() ? resolved.value().ToString() : reference;
}

void MoveTrailingBylines(ExtractedArticle* article) {
  std::vector<std::string>& paragraphs = article->paragraphs;
  for (int round = 0; round < 3 && !paragraphs.empty(); ++round) {
    const std::string& last = paragraphs.back();
    std::string credit = ParseCreditLine(last);
    std::string author = credit.empty() ? ParseBylineLine(last) : "";
    if (credit.empty() && author.empty() && paragraphs.size() >= 2 && IsBareName(last)) author = last;
    if (!credit.empty() && article->credit.empty()) {
      article->credit = std::move(credit);
    } else if (!author.empty() && article->author.empty()) {
      article->author = std::move(author);
    } else {
      break;
    }
    paragraphs.pop_back();
  }
  if (!paragraphs.empty()) {
    std::string author = ParseBylineLine(paragraphs.front());
    if (!author.empty()) {
      if (article->author.empty()) article->author = std::move(author);
      paragraphs.erase(paragraphs.begin());
    }
  }
}

}  // namespace

std::vector<ArticleImage> CollectImages(const HtmlTree& tree, const std::vector<char>& skipped,
                                        const std::vector<int>& roots, const std::string& page_url,
                                        std::vector<int>* caption_nodes) {
  std::vector<ArticleImage> images;
  const std::vector<size_t> text_bytes = SubtreeTextBytes(tree);
  for (size_t i = 1; i < tree.nodes.size(); ++i) {
    const int index = static_cast<int>(i);
    if (tree.nodes[i].tag != "img" || skipped[i] || !InsideAny(tree, index, roots)) continue;
    const std::string source = ImageSource(tree, index);
    if (source.empty()) continue;
    const int caption = FindCaption(tree, text_bytes, index);
    ArticleImage image{ResolveUrl(page_url, source), caption >= 0 ? tree.VisibleText(caption) : ""};
    if (caption >= 0) caption_nodes->push_back(caption);
    images.push_back(std::move(image));
  }
  return images;
}

void BuildBody(const HtmlTree& tree, const std::vector<TextBlock>& blocks, const std::vector<int>& roots,
               const std::vector<int>& excluded, ExtractedArticle* article) {
  for (const TextBlock& block : blocks) {
    if (!InsideAny(tree, block.owner, roots) || InsideAny(tree, block.owner, excluded)) continue;
    if (block.link_bytes * 2 > block.text.size() || IsLabel(block.text) || IsPhotoCredit(block.text) ||
        IsDateLine(block.text))
      continue;
    const HtmlNode& owner = tree.nodes[static_cast<size_t>(block.owner)];
    if (IsHeadingTag(owner.tag) && block.text == article->title) continue;
    article->paragraphs.push_back(block.text);
  }
  MoveTrailingBylines(article);
}

}  // namespace dxnews::crawler
