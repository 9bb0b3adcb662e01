// Private: the cheap, structural clues about a byte string's encoding: byte-order marks, the
// charset parameter of a Content-Type value, a <meta> charset in the first 4 KB of HTML, and the
// zero-byte pattern of UTF-16 without BOM. Deciding between the clues is decoder.cc's job.
#ifndef DXNEWS_ANALYZER_CHARSET_SNIFFER_H_
#define DXNEWS_ANALYZER_CHARSET_SNIFFER_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "dxnews/analyzer/decoder.h"

namespace dxnews::analyzer::internal {

/// A byte-order mark at the start of the bytes.
struct Bom {
  Encoding encoding;
  size_t length;  ///< bytes to skip
};

/// The UTF-8 (EF BB BF), UTF-16LE (FF FE) or UTF-16BE (FE FF) BOM that `bytes` starts with.
std::optional<Bom> DetectBom(std::string_view bytes);

/// The value of the charset parameter in a Content-Type value ("text/html; charset=UTF-8" ->
/// "UTF-8"), quotes removed; empty when there is none.
std::string_view CharsetFromContentType(std::string_view content_type);

/// How many leading bytes of an HTML document are searched for a <meta> charset.
inline constexpr size_t kMetaScanBytes = 4096;

/// The charset label of the first <meta charset=...> or <meta http-equiv="Content-Type"
/// content="...; charset=..."> that starts within the first kMetaScanBytes of `html`; empty when
/// there is none. A hand scan, not an HTML parser: comments and scripts are not skipped.
std::string_view CharsetFromMeta(std::string_view html);

/// kUtf16Le or kUtf16Be when the bytes look like BOM-less UTF-16 text: in the first 1 KB, many
/// code units have a zero high byte (ASCII letters, spaces, markup) and almost none a zero low
/// byte. nullopt otherwise.
std::optional<Encoding> SniffUtf16(std::string_view bytes);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_CHARSET_SNIFFER_H_
