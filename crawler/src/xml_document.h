// Safe loading of untrusted XML (feeds, sitemaps) with pugixml, and element lookup by local name.
// pugixml never reads a DTD, so there is no entity expansion and no external entity (XXE) access:
// "&xxe;" stays literal text. Only this header and the parsers that include it see pugixml types.
#ifndef DXNEWS_CRAWLER_XML_DOCUMENT_H_
#define DXNEWS_CRAWLER_XML_DOCUMENT_H_

#include <cstddef>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "dxnews/core/status.h"

namespace dxnews::crawler {

/// Parses `xml` into `doc`. `what` names the input in messages ("feed https://..."). Returns
/// kInvalidInput if `xml` is larger than `max_bytes`, is not well-formed (the message gives line,
/// column and byte offset), or has no root element.
Status LoadXml(std::string_view xml, std::size_t max_bytes, std::string_view what, pugi::xml_document& doc);

/// The element name without its namespace prefix: "news:title" -> "title".
std::string_view LocalName(const pugi::xml_node& node);

/// The first child element whose local name is `name`; an empty node if there is none.
pugi::xml_node ChildByLocalName(const pugi::xml_node& parent, std::string_view name);

/// The text of the first child element named `name` (local name): every text and CDATA child
/// concatenated, with surrounding whitespace trimmed. Empty if absent.
std::string ChildText(const pugi::xml_node& parent, std::string_view name);

/// The concatenated text and CDATA children of `node`, trimmed.
std::string NodeText(const pugi::xml_node& node);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_XML_DOCUMENT_H_
