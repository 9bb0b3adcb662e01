// DecodeToUtf8: weighs the clues (forced, BOM, declaration, the bytes themselves) and runs the
// chosen codec. The codecs and clue finders live in their own private files.
#include "dxnews/analyzer/decoder.h"

#include <algorithm>
#include <array>
#include <utility>

#include "charset_sniffer.h"
#include "dxnews/analyzer/normalizer.h"
#include "mojibake_repair.h"
#include "single_byte_charset.h"
#include "utf_codecs.h"
#include "vietnamese_score.h"
#include "vni_charset.h"

namespace dxnews::analyzer {
namespace {

using internal::ScanUtf8;
using internal::ScoreVietnamese;
using internal::Utf8Scan;

// Candidate decodings are scored on this much of the input: enough words to tell TCVN3 from
// VNI, and it bounds the cost of sniffing a large page to a few passes over 32 KB.
constexpr size_t kSniffSampleBytes = 32 * 1024;
// A declared charset keeps its place unless another candidate scores this much better.
constexpr double kDeclaredBonus = 0.25;
// A mojibake repair must improve the score by at least this much.
constexpr double kRepairMargin = 0.5;
// UTF-8 ("mostly valid") wins outright when well-formed multi-byte characters outnumber the
// invalid bytes this many times: a truncated or corrupted UTF-8 page, not a legacy one.
constexpr size_t kMostlyUtf8Ratio = 4;

struct Declaration {
  Encoding encoding;
  DetectionSource source;
};

std::optional<Declaration> FindDeclaration(std::string_view bytes, const DecodeHints& hints) {
  std::string_view header = internal::CharsetFromContentType(hints.content_type);
  if (std::optional<Encoding> encoding = EncodingFromLabel(header)) {
    return Declaration{*encoding, DetectionSource::kHttpHeader};
  }
  if (!hints.html) return std::nullopt;
  std::optional<Encoding> encoding = EncodingFromLabel(internal::CharsetFromMeta(bytes));
  if (!encoding) return std::nullopt;
  // WHATWG: a <meta> that claims UTF-16 was read as ASCII-compatible bytes, so it means UTF-8.
  if (*encoding == Encoding::kUtf16Le || *encoding == Encoding::kUtf16Be) encoding = Encoding::kUtf8;
  return Declaration{*encoding, DetectionSource::kMetaTag};
}

bool IsUtf16(Encoding encoding) { return encoding == Encoding::kUtf16Le || encoding == Encoding::kUtf16Be; }

// Appends `bytes` decoded as `encoding` (UTF-8, maybe not NFC); returns the invalid byte count.
size_t AppendDecoded(Encoding encoding, std::string_view bytes, std::string* out) {
  switch (encoding) {
    case Encoding::kUtf8:
      return internal::AppendSanitizedUtf8(bytes, out);
    case Encoding::kUtf16Le:
      return internal::AppendUtf16AsUtf8(bytes, false, out);
    case Encoding::kUtf16Be:
      return internal::AppendUtf16AsUtf8(bytes, true, out);
    case Encoding::kWindows1258:
      return internal::Windows1258().AppendDecoded(bytes, out);
    case Encoding::kWindows1252:
      return internal::Windows1252().AppendDecoded(bytes, out);
    case Encoding::kTcvn3:
      return internal::Tcvn3().AppendDecoded(bytes, out);
    case Encoding::kVni:
      return internal::AppendVniDecoded(bytes, out);
  }
  return internal::AppendSanitizedUtf8(bytes, out);
}

// REQUIRES: `text` is valid UTF-8.
std::string NfcIfNeeded(std::string text) {
  if (ScanUtf8(text).nfc_quick_yes) return text;
  return ToNfc(text);
}

// Scores at most the first 64 KB (cut at a character boundary): enough to compare two readings
// of the same text, and it keeps a large page with one stray mojibake pair from being scored whole.
double Score(std::string_view nfc_text) {
  constexpr size_t kScoreSampleBytes = 2 * kSniffSampleBytes;
  if (nfc_text.size() > kScoreSampleBytes) {
    size_t cut = kScoreSampleBytes;
    while (cut > 0 && (static_cast<unsigned char>(nfc_text[cut]) & 0xC0) == 0x80) --cut;
    nfc_text = nfc_text.substr(0, cut);
  }
  return ScoreVietnamese(nfc_text).Value();
}

DecodedText DecodeAs(Encoding encoding, std::string_view bytes, DetectionSource source) {
  DecodedText result;
  result.encoding = encoding;
  result.source = source;
  std::string raw;
  result.invalid_bytes = AppendDecoded(encoding, bytes, &raw);
  result.utf8 = NfcIfNeeded(std::move(raw));
  return result;
}

// Repairs text that went UTF-8 -> Windows-1252/1258 -> UTF-8, up to twice (double-double
// encoding happens when a CMS re-saves a broken page), when the repair reads as better Vietnamese.
void RepairMojibake(DecodedText* text) {
  for (int round = 0; round < 2 && internal::HasMojibakeSigns(text->utf8); ++round) {
    double current = Score(text->utf8);
    bool repaired = false;
    for (const internal::SingleByteCharset* charset : {&internal::Windows1252(), &internal::Windows1258()}) {
      std::optional<std::string> undone = internal::UndoMisdecoding(text->utf8, *charset);
      if (!undone) continue;
      std::string candidate = NfcIfNeeded(std::move(*undone));
      if (Score(candidate) < current + kRepairMargin) continue;
      text->utf8 = std::move(candidate);
      text->repaired_mojibake = repaired = true;
      break;
    }
    if (!repaired) return;
  }
}

// Picks the single-byte (or damaged UTF-8) reading of `bytes` that looks most Vietnamese.
std::pair<Encoding, DetectionSource> ChooseByScore(std::string_view bytes,
                                                   const std::optional<Declaration>& declared) {
  // On a tie the earlier candidate wins: Windows-1252 and 1258 read most Latin-1 letters alike.
  constexpr std::array<Encoding, 5> kCandidates = {Encoding::kUtf8, Encoding::kWindows1252,
                                                   Encoding::kWindows1258, Encoding::kTcvn3, Encoding::kVni};
  std::string_view sample = bytes.substr(0, kSniffSampleBytes);
  Encoding best = Encoding::kWindows1252;
  double best_score = -1e9;
  bool vietnamese = false;
  double declared_score = -1e9;
  for (Encoding candidate : kCandidates) {
    std::string raw;
    AppendDecoded(candidate, sample, &raw);
    internal::VietnameseScore counts = ScoreVietnamese(NfcIfNeeded(std::move(raw)));
    double score = counts.Value();
    if (declared && declared->encoding == candidate) declared_score = score;
    if (score > best_score) {
      best = candidate;
      best_score = score;
      vietnamese = counts.LooksVietnamese();
    }
  }
  // When no reading looks Vietnamese, the declaration (or windows-1252) stands.
  if (declared && !IsUtf16(declared->encoding) &&
      (declared_score + kDeclaredBonus >= best_score || !vietnamese)) {
    return {declared->encoding, declared->source};
  }
  if (!vietnamese) return {Encoding::kWindows1252, DetectionSource::kDefault};
  return {best, DetectionSource::kSniffed};
}

// Valid UTF-8 (all of `scan` is well-formed): the hot path for almost every crawled page.
DecodedText FromValidUtf8(std::string_view bytes, const Utf8Scan& scan,
                          const std::optional<Declaration>& declared) {
  if (scan.multibyte_chars == 0 && declared && !IsUtf16(declared->encoding)) {
    // Pure ASCII reads the same in every candidate except TCVN3's C0 capitals: keep the declaration.
    return DecodeAs(declared->encoding, bytes, declared->source);
  }
  DecodedText result;
  result.encoding = Encoding::kUtf8;
  if (scan.multibyte_chars == 0) {
    result.source = DetectionSource::kDefault;
  } else if (declared && declared->encoding == Encoding::kUtf8) {
    result.source = declared->source;
  } else {
    result.source = DetectionSource::kSniffed;
  }
  result.utf8 = scan.nfc_quick_yes ? std::string(bytes) : ToNfc(bytes);
  return result;
}

DecodedText Detect(std::string_view bytes, const DecodeHints& hints) {
  if (std::optional<internal::Bom> bom = internal::DetectBom(bytes)) {
    return DecodeAs(bom->encoding, bytes.substr(bom->length), DetectionSource::kBom);
  }
  std::optional<Declaration> declared = FindDeclaration(bytes, hints);
  if (std::optional<Encoding> utf16 = internal::SniffUtf16(bytes)) {
    bool agrees = declared && declared->encoding == *utf16;
    return DecodeAs(*utf16, bytes, agrees ? declared->source : DetectionSource::kSniffed);
  }
  Utf8Scan scan = ScanUtf8(bytes);
  if (scan.invalid_bytes == 0) return FromValidUtf8(bytes, scan, declared);
  if (scan.multibyte_chars >= kMostlyUtf8Ratio * scan.invalid_bytes) {
    bool agrees = declared && declared->encoding == Encoding::kUtf8;
    return DecodeAs(Encoding::kUtf8, bytes, agrees ? declared->source : DetectionSource::kSniffed);
  }
  auto [encoding, source] = ChooseByScore(bytes, declared);
  return DecodeAs(encoding, bytes, source);
}

}  // namespace

DecodedText DecodeToUtf8(std::string_view bytes, const DecodeHints& hints) {
  if (hints.forced) {
    std::optional<internal::Bom> bom = internal::DetectBom(bytes);
    if (bom && bom->encoding == *hints.forced) bytes.remove_prefix(bom->length);
    return DecodeAs(*hints.forced, bytes, DetectionSource::kForced);
  }
  DecodedText result = Detect(bytes, hints);
  RepairMojibake(&result);
  return result;
}

}  // namespace dxnews::analyzer
