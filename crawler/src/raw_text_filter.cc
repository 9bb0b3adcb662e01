#include "raw_text_filter.h"

#include "ascii.h"

namespace dxnews::crawler {
namespace {

// Case-insensitive search for an ASCII `needle` (lower case) from `from`.
size_t FindIgnoreCase(std::string_view text, std::string_view needle, size_t from) {
  for (size_t pos = text.find('<', from); pos != std::string_view::npos; pos = text.find('<', pos + 1)) {
    if (StartsWithIgnoreAsciiCase(text.substr(pos), needle)) return pos;
  }
  return std::string_view::npos;
}

// True when `<name` at `pos` starts a start tag of `name` (not "<scripts" or "<styles").
bool StartsTag(std::string_view html, size_t pos, std::string_view name) {
  if (!StartsWithIgnoreAsciiCase(html.substr(pos + 1), name)) return false;
  const size_t after = pos + 1 + name.size();
  return after < html.size() && (IsAsciiSpace(html[after]) || html[after] == '>' || html[after] == '/');
}

}  // namespace

std::string DropUnreadRawText(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  size_t copied = 0;
  for (size_t pos = html.find('<'); pos != std::string_view::npos; pos = html.find('<', pos + 1)) {
    if (html.substr(pos, 4) == "<!--") {
      const size_t end = html.find("-->", pos + 4);
      if (end == std::string_view::npos) break;
      out.append(html, copied, pos - copied);
      copied = end + 3;
      pos = end + 2;
      continue;
    }
    std::string_view close_tag;
    for (std::string_view name : {"script", "style", "svg"}) {
      if (StartsTag(html, pos, name)) close_tag = name == "script" ? "</script" : name == "style" ? "</style" : "</svg";
    }
    if (close_tag.empty()) continue;
    const size_t tag_end = html.find('>', pos);
    if (tag_end == std::string_view::npos) break;
    const std::string tag = AsciiToLower(html.substr(pos, tag_end - pos));
    if (tag.back() == '/') continue;  // <svg ... /> has no body
    const size_t close = FindIgnoreCase(html, close_tag, tag_end + 1);
    if (close == std::string_view::npos) break;
    if (tag.find("ld+json") == std::string::npos) {
      out.append(html, copied, tag_end + 1 - copied);
      copied = close;
    }
    pos = close;
  }
  out.append(html, copied, std::string_view::npos);
  return out;
}

}  // namespace dxnews::crawler
