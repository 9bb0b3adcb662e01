#include "gumbo_document.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>
#include <vector>

#include "ascii.h"

namespace dxnews::crawler {
namespace {

constexpr int kMaxRecordedErrors = 16;

// Elements that never hold children (void) or are closed by their next sibling; neither can make
// the tree deeper when left unclosed.
constexpr std::array<std::string_view, 34> kNonNesting = {
    "area",  "base",  "br", "col", "embed", "hr",  "img",      "input",    "link", "meta", "param", "source",
    "track", "wbr",   "p",  "li",  "dt",    "dd",  "option",   "optgroup", "tr",   "td",   "th",    "tbody",
    "thead", "tfoot", "rb", "rp",  "rt",    "rtc", "colgroup", "caption",  "html", "head"};
constexpr std::array<std::string_view, 4> kRawText = {"script", "style", "textarea", "title"};

bool IsOneOf(std::string_view name, const std::string_view* begin, const std::string_view* end) {
  return std::find(begin, end, name) != end;
}

// An upper-bound estimate of element nesting: unmatched start tags of elements that can nest.
// Gumbo checks element scopes by walking the stack of open elements, so its time grows with
// depth x tags; 160000 nested <div>s took 106 s. Real pages nest a few dozen levels deep.
std::size_t EstimateNesting(std::string_view html) {
  std::size_t depth = 0, max_depth = 0;
  for (size_t pos = html.find('<'); pos != std::string_view::npos; pos = html.find('<', pos + 1)) {
    const bool end_tag = pos + 1 < html.size() && html[pos + 1] == '/';
    size_t name_end = pos + (end_tag ? 2 : 1);
    std::string name;
    for (; name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end])); ++name_end) {
      name += AsciiLower(html[name_end]);
    }
    if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0]))) continue;
    if (end_tag) {
      depth -= depth > 0 ? 1 : 0;
    } else if (IsOneOf(name, kRawText.begin(), kRawText.end())) {
      const size_t close = html.find("</", name_end);  // raw text ends at the first end tag
      if (close == std::string_view::npos) break;
      pos = close;
    } else if (!IsOneOf(name, kNonNesting.begin(), kNonNesting.end())) {
      max_depth = std::max(max_depth, ++depth);
    }
  }
  return max_depth;
}

}  // namespace

std::string_view HtmlElement::tag_name() const { return gumbo_normalized_tagname(node_->v.element.tag); }

std::optional<std::string_view> HtmlElement::Attribute(std::string_view name) const {
  const GumboVector& attributes = node_->v.element.attributes;
  for (unsigned i = 0; i < attributes.length; ++i) {
    const auto* attribute = static_cast<const GumboAttribute*>(attributes.data[i]);
    if (name == attribute->name) return std::string_view(attribute->value);
  }
  return std::nullopt;
}

void GumboDocument::Deleter::operator()(GumboInternalOutput* output) const {
  gumbo_destroy_output(&kGumboDefaultOptions, output);
}

GumboDocument::GumboDocument(std::unique_ptr<std::string> html,
                             std::unique_ptr<GumboInternalOutput, Deleter> output)
    : html_(std::move(html)), output_(std::move(output)) {}
GumboDocument::GumboDocument(GumboDocument&&) noexcept = default;
GumboDocument& GumboDocument::operator=(GumboDocument&&) noexcept = default;
GumboDocument::~GumboDocument() = default;

Result<GumboDocument> GumboDocument::Parse(std::string_view html) {
  if (html.size() > kMaxHtmlBytes) {
    return Status::InvalidInput("html: " + std::to_string(html.size()) + " bytes exceeds the " +
                                std::to_string(kMaxHtmlBytes) + "-byte limit");
  }
  if (EstimateNesting(html) > kMaxHtmlNesting) {
    return Status::InvalidInput("html: elements nested deeper than " + std::to_string(kMaxHtmlNesting) +
                                " levels");
  }
  auto text = std::make_unique<std::string>(html);
  // Each recorded parse error copies the stack of open elements, so unclosed nesting
  // ("<div>" x 40000) cost 12 GB and a minute with the default unlimited error list. We never
  // read the errors; stop recording them early.
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = kMaxRecordedErrors;
  GumboOutput* output = gumbo_parse_with_options(&options, text->data(), text->size());
  if (output == nullptr) return Status::InvalidInput("html: the parser returned no document");
  return GumboDocument(std::move(text), std::unique_ptr<GumboInternalOutput, Deleter>(output));
}

void GumboDocument::ForEachElement(const std::function<void(const HtmlElement&)>& visit) const {
  std::vector<const GumboNode*> stack = {output_->document};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    const GumboVector* children = nullptr;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
      visit(HtmlElement(node));
      children = &node->v.element.children;
    } else if (node->type == GUMBO_NODE_DOCUMENT) {
      children = &node->v.document.children;
    }
    if (children == nullptr) continue;
    // Push in reverse so that the first child is visited first.
    for (unsigned i = children->length; i > 0; --i)
      stack.push_back(static_cast<const GumboNode*>(children->data[i - 1]));
  }
}

namespace {

void AppendNode(const GumboNode* node, int parent, HtmlTree* tree) {
  HtmlNode copy;
  copy.parent = parent;
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
    copy.is_text = true;
    copy.text = node->v.text.text;
  } else {
    copy.tag = gumbo_normalized_tagname(node->v.element.tag);
    const GumboVector& attributes = node->v.element.attributes;
    copy.attributes.reserve(attributes.length);
    for (unsigned i = 0; i < attributes.length; ++i) {
      const auto* attribute = static_cast<const GumboAttribute*>(attributes.data[i]);
      copy.attributes.emplace_back(attribute->name, attribute->value);
    }
  }
  tree->nodes.push_back(std::move(copy));
  if (parent >= 0) tree->nodes[static_cast<size_t>(parent)].children.push_back(static_cast<int>(tree->nodes.size() - 1));
}

}  // namespace

HtmlTree GumboDocument::ToTree() const {
  HtmlTree tree;
  tree.nodes.emplace_back();  // the document
  std::vector<std::pair<const GumboNode*, int>> stack;
  const GumboVector& top = output_->document->v.document.children;
  for (unsigned i = top.length; i > 0; --i) stack.emplace_back(static_cast<const GumboNode*>(top.data[i - 1]), 0);
  while (!stack.empty()) {
    const auto [node, parent] = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_COMMENT || node->type == GUMBO_NODE_DOCUMENT) continue;
    AppendNode(node, parent, &tree);
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
    const int self = static_cast<int>(tree.nodes.size() - 1);
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i > 0; --i)
      stack.emplace_back(static_cast<const GumboNode*>(children.data[i - 1]), self);
  }
  return tree;
}

}  // namespace dxnews::crawler
