// Byte decoding: turns the raw bytes of a fetched page or file into valid NFC UTF-8, whatever
// encoding they arrived in (UTF-8 with or without BOM, UTF-16, Windows-1258/1252, and the legacy
// Vietnamese font encodings TCVN3 and VNI). The declared charset (HTTP header, <meta>) is only a
// hint: the bytes are checked against it, so a page that lies about its charset, a page typed
// with .VnTime (TCVN3) fonts, or UTF-8 that was double-encoded ("chuyá»ƒn Ä‘á»•i sá»‘") still
// comes out as readable Vietnamese.
#ifndef DXNEWS_ANALYZER_DECODER_H_
#define DXNEWS_ANALYZER_DECODER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dxnews::analyzer {

/// The encodings the decoder reads. Latin-1/ASCII labels map to kWindows1252, as in WHATWG.
enum class Encoding {
  kUtf8,
  kUtf16Le,
  kUtf16Be,
  kWindows1258,
  kWindows1252,
  kTcvn3,  ///< TCVN 5712:1993 (ABC, ".VnTime" fonts)
  kVni,    ///< VNI-Windows: base letter + diacritic/tone byte ("Vieät" = "Việt")
};

/// Where the encoding of a DecodedText came from.
enum class DetectionSource {
  kForced,      ///< DecodeHints::forced
  kBom,         ///< a byte-order mark
  kHttpHeader,  ///< the charset parameter of DecodeHints::content_type, and the bytes agree
  kMetaTag,     ///< <meta charset> or <meta http-equiv="Content-Type">, and the bytes agree
  kSniffed,     ///< from the bytes themselves (overrides a missing or wrong declaration)
  kDefault,     ///< nothing to go on (empty or plain ASCII without declaration, or non-Vietnamese)
};

/// What the caller knows about the bytes besides the bytes.
struct DecodeHints {
  /// The HTTP Content-Type header value, e.g. "text/html; charset=windows-1258". Default: empty.
  std::string_view content_type;
  /// True when the bytes are HTML: the first 4 KB are scanned for a <meta> charset. Default: false.
  bool html = false;
  /// Skips all detection and decodes with this encoding (a BOM of that encoding is dropped).
  /// Default: unset.
  std::optional<Encoding> forced;
};

/// The decoded text and how it was obtained.
struct DecodedText {
  /// Valid UTF-8 in NFC, without BOM. Letter case, tone placement and whitespace are untouched.
  std::string utf8;
  Encoding encoding = Encoding::kUtf8;
  DetectionSource source = DetectionSource::kDefault;
  /// Input bytes that could not be decoded. Each maximal ill-formed sequence (WHATWG/Unicode
  /// "maximal subpart") becomes one U+FFFD; this counts the bytes, not the U+FFFDs.
  size_t invalid_bytes = 0;
  /// True when the text was UTF-8 read as Windows-1252/1258 and re-encoded as UTF-8 (mojibake)
  /// and has been repaired.
  bool repaired_mojibake = false;
};

/// Decodes `bytes` to NFC UTF-8. Never fails: undecodable bytes become U+FFFD and are counted in
/// DecodedText::invalid_bytes. Order of precedence: hints.forced, a BOM, then the declared charset
/// (HTTP header before <meta>) as long as the bytes agree with it, then sniffing. Valid UTF-8 that
/// contains multi-byte sequences always wins over a single-byte declaration. Work is linear in
/// the input size; no recursion. Thread-safe.
DecodedText DecodeToUtf8(std::string_view bytes, const DecodeHints& hints = {});

/// Maps a charset label ("utf-8", "UTF8", "windows-1258", "latin1", "tcvn3", "vni", ...; case and
/// surrounding whitespace or quotes ignored) to an Encoding; nullopt for labels we do not read.
std::optional<Encoding> EncodingFromLabel(std::string_view label);

/// The canonical label of `encoding`: "utf-8", "utf-16le", "utf-16be", "windows-1258",
/// "windows-1252", "tcvn3", "vni". EncodingFromLabel(EncodingName(e)) == e.
const char* EncodingName(Encoding encoding);

/// "forced", "bom", "http-header", "meta-tag", "sniffed" or "default".
const char* DetectionSourceName(DetectionSource source);

}  // namespace dxnews::analyzer

#endif  // DXNEWS_ANALYZER_DECODER_H_
