// Private: undoing UTF-8 that was read as Windows-1252 or Windows-1258 and encoded again as UTF-8
// ("chuyển đổi số" -> "chuyá»ƒn Ä‘á»•i sá»‘"), the most common damage on crawled pages.
#ifndef DXNEWS_ANALYZER_MOJIBAKE_REPAIR_H_
#define DXNEWS_ANALYZER_MOJIBAKE_REPAIR_H_

#include <optional>
#include <string>
#include <string_view>

#include "single_byte_charset.h"

namespace dxnews::analyzer::internal {

/// True when valid UTF-8 `text` contains what a UTF-8 letter leaves behind after a trip through
/// Windows-1252/1258: a glyph for a lead byte ("Ã", "Ä", "Æ", "á", "Ă") directly followed by a
/// glyph for a continuation byte ("¢", "‘", "°", "»"). Genuine "Ã" or "Ă" in Vietnamese capitals
/// is followed by a letter, so this rarely fires on good text. A cheap pre-filter, not a verdict.
bool HasMojibakeSigns(std::string_view text);

/// Maps each code point of valid UTF-8 `text` back to its byte in `charset` and returns those
/// bytes when they form valid UTF-8 containing at least one multi-byte sequence; nullopt when a
/// code point has no byte in `charset` or the bytes are not UTF-8.
std::optional<std::string> UndoMisdecoding(std::string_view text, const SingleByteCharset& charset);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_MOJIBAKE_REPAIR_H_
