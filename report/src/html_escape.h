// Escaping text for HTML and SVG (XML) output of the report renderers.
#ifndef DXNEWS_REPORT_SRC_HTML_ESCAPE_H_
#define DXNEWS_REPORT_SRC_HTML_ESCAPE_H_

#include <string>
#include <string_view>

namespace dxnews::report::internal {

/// & < > " ' replaced by their entities; safe inside elements and quoted attributes.
std::string HtmlEscape(std::string_view text);

}  // namespace dxnews::report::internal

#endif  // DXNEWS_REPORT_SRC_HTML_ESCAPE_H_
