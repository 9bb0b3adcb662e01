// Line-by-line stdin -> stdout filtering shared by `normalize` and `segment`: reads the whole
// input, decodes it (UTF-8, UTF-16 with BOM, Windows-1258, TCVN3, VNI; detected or forced with
// --encoding) and writes one output line per input line.
#ifndef DXNEWS_CLI_LINE_FILTER_H_
#define DXNEWS_CLI_LINE_FILTER_H_

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace CLI {
class App;
}

namespace dxnews::cli {

/// The --encoding flag of the text filters.
struct InputEncodingOption {
  std::string label = "auto";  ///< "auto" (detect) or a charset label ("utf-8", "tcvn3", "vni", ...)
  /// Registers --encoding on `app`.
  void AddTo(CLI::App& app);
};

/// Reads all of `in`, decodes it according to `encoding`, and for each line (a trailing "\r"
/// dropped) lets transform(line, &buffer) append the output line to a buffer, followed by "\n";
/// the buffer is written out in large blocks. Valid UTF-8 input is passed through byte for byte;
/// anything else is decoded to NFC UTF-8 and a warning says how many bytes were undecodable.
/// Returns an exit code: 2 for an unknown encoding label, 1 when reading or writing fails.
int FilterLines(std::istream& in, std::ostream& out, const InputEncodingOption& encoding,
                const std::function<void(std::string_view, std::string*)>& transform);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_LINE_FILTER_H_
