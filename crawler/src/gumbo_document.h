// GumboDocument: RAII ownership of a Gumbo HTML parse tree plus document-order element traversal.
// The only code that includes <gumbo.h> is gumbo_document.cc; callers see tag names and attributes.
#ifndef DXNEWS_CRAWLER_GUMBO_DOCUMENT_H_
#define DXNEWS_CRAWLER_GUMBO_DOCUMENT_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "dxnews/core/result.h"
#include "html_tree.h"

struct GumboInternalNode;
struct GumboInternalOutput;

namespace dxnews::crawler {

/// HTML documents larger than this are rejected as kInvalidInput.
inline constexpr std::size_t kMaxHtmlBytes = 4 * 1024 * 1024;
/// HTML whose estimated element nesting (unclosed start tags of elements that can nest) exceeds this
/// is rejected as kInvalidInput: Gumbo's run time grows with nesting depth x tag count.
inline constexpr std::size_t kMaxHtmlNesting = 1000;

/// A borrowed view of one element; valid only while the GumboDocument that produced it lives.
class HtmlElement {
 public:
  /// The lower-case tag name ("a", "link", "base"); empty for tags unknown to HTML5.
  std::string_view tag_name() const;

  /// The value of attribute `name` (lower-case), entity-decoded; nullopt if the element lacks it.
  std::optional<std::string_view> Attribute(std::string_view name) const;

 private:
  friend class GumboDocument;
  explicit HtmlElement(const GumboInternalNode* node) : node_(node) {}
  const GumboInternalNode* node_;
};

/// A parsed HTML document. Gumbo follows the HTML5 algorithm, so any byte sequence yields a tree.
class GumboDocument {
 public:
  /// Parses `html` (UTF-8). Returns kInvalidInput if it is larger than kMaxHtmlBytes or nested
  /// deeper than kMaxHtmlNesting.
  static Result<GumboDocument> Parse(std::string_view html);

  GumboDocument(GumboDocument&&) noexcept;
  GumboDocument& operator=(GumboDocument&&) noexcept;
  ~GumboDocument();

  /// Calls `visit` for every element (template contents included) in document order. Iterative, so
  /// deeply nested markup cannot overflow the stack here.
  void ForEachElement(const std::function<void(const HtmlElement&)>& visit) const;

  /// An owning copy of the whole tree (template contents included). Iterative.
  HtmlTree ToTree() const;

 private:
  struct Deleter {
    void operator()(GumboInternalOutput* output) const;
  };
  GumboDocument(std::unique_ptr<std::string> html, std::unique_ptr<GumboInternalOutput, Deleter> output);

  // Gumbo keeps pointers into the source text, so it lives on the heap and never moves.
  std::unique_ptr<std::string> html_;
  std::unique_ptr<GumboInternalOutput, Deleter> output_;
};

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_GUMBO_DOCUMENT_H_
