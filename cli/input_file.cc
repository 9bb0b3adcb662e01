#include "input_file.h"

#include <fstream>
#include <iostream>
#include <iterator>

#include "console.h"
#include "dxnews/analyzer/decoder.h"

namespace dxnews::cli {

Result<std::string> ReadInputBytes(const std::string& path) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) return Status::IoError("standard input: read failed");
    return bytes;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidInput(path + ": cannot open file");
  bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError(path + ": read failed");
  return bytes;
}

Result<std::string> ReadInputText(const std::string& path, bool html) {
  Result<std::string> bytes = ReadInputBytes(path);
  if (!bytes.ok()) return bytes.status();
  analyzer::DecodeHints hints;
  hints.html = html;
  analyzer::DecodedText decoded = analyzer::DecodeToUtf8(bytes.value(), hints);
  if (decoded.invalid_bytes > 0) {
    PrintWarning((path == "-" ? std::string("standard input") : path) + ": " +
                 std::to_string(decoded.invalid_bytes) + " undecodable byte(s) as " +
                 analyzer::EncodingName(decoded.encoding) + " replaced by U+FFFD");
  }
  return std::move(decoded.utf8);
}

}  // namespace dxnews::cli
