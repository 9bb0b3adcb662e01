#include "xml_document.h"

#include <algorithm>

#include "ascii.h"

namespace dxnews::crawler {
namespace {

std::string Position(std::string_view xml, std::ptrdiff_t offset) {
  const auto end = static_cast<size_t>(
      std::max<std::ptrdiff_t>(0, std::min<std::ptrdiff_t>(offset, static_cast<std::ptrdiff_t>(xml.size()))));
  size_t line = 1, column = 1;
  for (size_t i = 0; i < end; ++i) {
    if (xml[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column) + " (byte " +
         std::to_string(end) + ")";
}

}  // namespace

Status LoadXml(std::string_view xml, std::size_t max_bytes, std::string_view what, pugi::xml_document& doc) {
  if (xml.size() > max_bytes) {
    return Status::InvalidInput(std::string(what) + ": " + std::to_string(xml.size()) +
                                " bytes exceeds the " + std::to_string(max_bytes) + "-byte limit");
  }
  // parse_default has no parse_doctype: the DOCTYPE is skipped, never interpreted.
  const pugi::xml_parse_result result =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_auto);
  if (!result) {
    return Status::InvalidInput(std::string(what) + ": malformed XML at " + Position(xml, result.offset) +
                                ": " + result.description());
  }
  if (!doc.document_element()) return Status::InvalidInput(std::string(what) + ": no root element");
  return Status();
}

std::string_view LocalName(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node ChildByLocalName(const pugi::xml_node& parent, std::string_view name) {
  for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element && LocalName(child) == name) return child;
  }
  return pugi::xml_node();
}

std::string NodeText(const pugi::xml_node& node) {
  std::string text;
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) text += child.value();
  }
  return std::string(TrimAsciiSpace(text));
}

std::string ChildText(const pugi::xml_node& parent, std::string_view name) {
  return NodeText(ChildByLocalName(parent, name));
}

}  // namespace dxnews::crawler
