// Private bridge between UTF-8 std::string and ICU: the only place that converts UErrorCode into
// Status and the only UTF-8 <-> UTF-16 conversion in the project.
#ifndef DXNEWS_ANALYZER_ICU_TEXT_H_
#define DXNEWS_ANALYZER_ICU_TEXT_H_

#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <string>
#include <string_view>

#include "dxnews/core/status.h"

namespace dxnews::analyzer::internal {

/// UTF-8 -> ICU string; invalid sequences become U+FFFD.
icu::UnicodeString ToUnicode(std::string_view utf8);

/// ICU string -> UTF-8 (unpaired surrogates become U+FFFD).
std::string ToUtf8(const icu::UnicodeString& text);

/// OK when U_SUCCESS(code); otherwise an error naming `what` and ICU's error name.
Status IcuStatus(UErrorCode code, std::string_view what);

/// Appends code point `cp` to `out` as UTF-8 (U+FFFD for surrogates and out-of-range values).
void AppendUtf8(char32_t cp, std::string* out);
/// Appends `count` code points as UTF-8, as AppendUtf8 does each, growing `out` once.
void AppendUtf8(const char32_t* cps, size_t count, std::string* out);

}  // namespace dxnews::analyzer::internal

#endif  // DXNEWS_ANALYZER_ICU_TEXT_H_
