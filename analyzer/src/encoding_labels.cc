// EncodingFromLabel, EncodingName and DetectionSourceName: the charset label vocabulary.
#include <array>
#include <string>
#include <utility>

#include "dxnews/analyzer/decoder.h"

namespace dxnews::analyzer {
namespace {

struct Label {
  std::string_view name;
  Encoding encoding;
};

// WHATWG Encoding Standard labels for the encodings we read (Latin-1 and ASCII labels mean
// windows-1252 there too), plus the names legacy Vietnamese pages and tools use.
constexpr Label kLabels[] = {
    {"utf-8", Encoding::kUtf8},
    {"utf8", Encoding::kUtf8},
    {"unicode-1-1-utf-8", Encoding::kUtf8},
    {"unicode11utf8", Encoding::kUtf8},
    {"unicode20utf8", Encoding::kUtf8},
    {"x-unicode20utf8", Encoding::kUtf8},
    {"utf-16", Encoding::kUtf16Le},
    {"utf-16le", Encoding::kUtf16Le},
    {"utf16", Encoding::kUtf16Le},
    {"ucs-2", Encoding::kUtf16Le},
    {"unicode", Encoding::kUtf16Le},
    {"csunicode", Encoding::kUtf16Le},
    {"iso-10646-ucs-2", Encoding::kUtf16Le},
    {"unicodefeff", Encoding::kUtf16Le},
    {"utf-16be", Encoding::kUtf16Be},
    {"unicodefffe", Encoding::kUtf16Be},
    {"windows-1258", Encoding::kWindows1258},
    {"cp1258", Encoding::kWindows1258},
    {"x-cp1258", Encoding::kWindows1258},
    {"windows-1252", Encoding::kWindows1252},
    {"cp1252", Encoding::kWindows1252},
    {"x-cp1252", Encoding::kWindows1252},
    {"iso-8859-1", Encoding::kWindows1252},
    {"iso8859-1", Encoding::kWindows1252},
    {"iso88591", Encoding::kWindows1252},
    {"iso_8859-1", Encoding::kWindows1252},
    {"iso_8859-1:1987", Encoding::kWindows1252},
    {"iso-ir-100", Encoding::kWindows1252},
    {"latin1", Encoding::kWindows1252},
    {"l1", Encoding::kWindows1252},
    {"csisolatin1", Encoding::kWindows1252},
    {"cp819", Encoding::kWindows1252},
    {"ibm819", Encoding::kWindows1252},
    {"ascii", Encoding::kWindows1252},
    {"us-ascii", Encoding::kWindows1252},
    {"ansi_x3.4-1968", Encoding::kWindows1252},
    {"tcvn3", Encoding::kTcvn3},
    {"tcvn", Encoding::kTcvn3},
    {"tcvn-3", Encoding::kTcvn3},
    {"tcvn5712", Encoding::kTcvn3},
    {"tcvn-5712", Encoding::kTcvn3},
    {"tcvn5712-1", Encoding::kTcvn3},
    {"tcvn5712-1:1993", Encoding::kTcvn3},
    {"x-viet-tcvn5712", Encoding::kTcvn3},
    {"vni", Encoding::kVni},
    {"vni-windows", Encoding::kVni},
    {"x-viet-vni", Encoding::kVni},
};

bool IsTrimmed(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\''; }

}  // namespace

std::optional<Encoding> EncodingFromLabel(std::string_view label) {
  while (!label.empty() && IsTrimmed(label.front())) label.remove_prefix(1);
  while (!label.empty() && IsTrimmed(label.back())) label.remove_suffix(1);
  if (label.empty() || label.size() > 32) return std::nullopt;
  std::string lower(label);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  for (const Label& known : kLabels) {
    if (known.name == lower) return known.encoding;
  }
  return std::nullopt;
}

const char* EncodingName(Encoding encoding) {
  switch (encoding) {
    case Encoding::kUtf8:
      return "utf-8";
    case Encoding::kUtf16Le:
      return "utf-16le";
    case Encoding::kUtf16Be:
      return "utf-16be";
    case Encoding::kWindows1258:
      return "windows-1258";
    case Encoding::kWindows1252:
      return "windows-1252";
    case Encoding::kTcvn3:
      return "tcvn3";
    case Encoding::kVni:
      return "vni";
  }
  return "utf-8";
}

const char* DetectionSourceName(DetectionSource source) {
  switch (source) {
    case DetectionSource::kForced:
      return "forced";
    case DetectionSource::kBom:
      return "bom";
    case DetectionSource::kHttpHeader:
      return "http-header";
    case DetectionSource::kMetaTag:
      return "meta-tag";
    case DetectionSource::kSniffed:
      return "sniffed";
    case DetectionSource::kDefault:
      return "default";
  }
  return "default";
}

}  // namespace dxnews::analyzer
