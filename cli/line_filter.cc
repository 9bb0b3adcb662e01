#include "line_filter.h"

#include <CLI/CLI.hpp>

#include <istream>
#include <iterator>
#include <ostream>

#include "command.h"
#include "console.h"
#include "dxnews/analyzer/decoder.h"

namespace dxnews::cli {
namespace {

// Decodes the input; keeps valid UTF-8 (without BOM) exactly as it came, so that
// `segment --pretokenized` never rewrites a token.
bool DecodeInput(std::string* bytes, const InputEncodingOption& encoding) {
  analyzer::DecodeHints hints;
  if (encoding.label != "auto") {
    auto forced = analyzer::EncodingFromLabel(encoding.label);
    if (!forced) {
      PrintError("--encoding: unknown encoding '" + encoding.label +
                 "' (use auto, utf-8, utf-16le, utf-16be, windows-1258, windows-1252, tcvn3 or vni)");
      return false;
    }
    hints.forced = forced;
  }
  analyzer::DecodedText decoded = analyzer::DecodeToUtf8(*bytes, hints);
  bool untouched = decoded.encoding == analyzer::Encoding::kUtf8 &&
                   decoded.source != analyzer::DetectionSource::kBom && decoded.invalid_bytes == 0 &&
                   !decoded.repaired_mojibake;
  if (decoded.invalid_bytes > 0) {
    PrintWarning("standard input: " + std::to_string(decoded.invalid_bytes) + " undecodable byte(s) as " +
                 analyzer::EncodingName(decoded.encoding) + " replaced by U+FFFD");
  }
  if (!untouched) bytes->swap(decoded.utf8);
  return true;
}

}  // namespace

void InputEncodingOption::AddTo(CLI::App& app) {
  app.add_option("--encoding", label,
                 "Input encoding: auto (detect: BOM, UTF-8, Windows-1258, TCVN3, VNI), or a charset label")
      ->capture_default_str();
}

int FilterLines(std::istream& in, std::ostream& out, const InputEncodingOption& encoding,
                const std::function<void(std::string_view, std::string*)>& transform) {
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    PrintError("reading standard input failed");
    return kExitFailure;
  }
  if (!DecodeInput(&text, encoding)) return kExitUsage;
  constexpr size_t kFlushBytes = 1 << 16;
  std::string buffer;
  std::string_view rest(text);
  while (!rest.empty()) {
    size_t newline = rest.find('\n');
    std::string_view line = rest.substr(0, newline);
    rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    transform(line, &buffer);
    buffer.push_back('\n');
    if (buffer.size() >= kFlushBytes || rest.empty()) {
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
    if (!out) {
      PrintError("writing to standard output failed");
      return kExitFailure;
    }
  }
  out.flush();
  return out ? kExitOk : kExitFailure;
}

}  // namespace dxnews::cli
