#include "dot_segments.h"

namespace dxnews::crawler {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

void PopLastSegment(std::string& out) {
  const size_t slash = out.rfind('/');
  out.erase(slash == std::string::npos ? 0 : slash);
}

}  // namespace

std::string RemoveDotSegments(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  while (!in.empty()) {
    if (StartsWith(in, "../")) {
      in.remove_prefix(3);
    } else if (StartsWith(in, "./")) {
      in.remove_prefix(2);
    } else if (StartsWith(in, "/./")) {
      in.remove_prefix(2);
    } else if (in == "/.") {
      in = "/";
    } else if (StartsWith(in, "/../")) {
      in.remove_prefix(3);
      PopLastSegment(out);
    } else if (in == "/..") {
      in = "/";
      PopLastSegment(out);
    } else if (in == "." || in == "..") {
      in = {};
    } else {
      const size_t end = in.find('/', 1);
      const size_t n = end == std::string_view::npos ? in.size() : end;
      out.append(in.substr(0, n));
      in.remove_prefix(n);
    }
  }
  return out;
}

}  // namespace dxnews::crawler
