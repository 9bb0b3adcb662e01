#include "gumbo_document.h"

#include <gumbo.h>

#include <utility>
#include <vector>

namespace dxnews::crawler {

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

GumboDocument::GumboDocument(std::unique_ptr<std::string> html, std::unique_ptr<GumboInternalOutput, Deleter> output)
    : html_(std::move(html)), output_(std::move(output)) {}
GumboDocument::GumboDocument(GumboDocument&&) noexcept = default;
GumboDocument& GumboDocument::operator=(GumboDocument&&) noexcept = default;
GumboDocument::~GumboDocument() = default;

Result<GumboDocument> GumboDocument::Parse(std::string_view html) {
  if (html.size() > kMaxHtmlBytes) {
    return Status::InvalidInput("html: " + std::to_string(html.size()) + " bytes exceeds the " +
                                std::to_string(kMaxHtmlBytes) + "-byte limit");
  }
  auto text = std::make_unique<std::string>(html);
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, text->data(), text->size());
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
    for (unsigned i = children->length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(children->data[i - 1]));
  }
}

}  // namespace dxnews::crawler
