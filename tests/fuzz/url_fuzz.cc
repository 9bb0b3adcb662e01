// libFuzzer target for the URL module: parse, resolve and canonicalise arbitrary bytes, and check
// the invariants the rest of the crawler relies on (canonical form is idempotent and re-parseable).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dxnews/crawler/url.h"

namespace {

void CheckCanonical(const dxnews::crawler::Url& url) {
  const dxnews::crawler::Url canonical = dxnews::crawler::Canonicalize(url);
  if (dxnews::crawler::Canonicalize(canonical) != canonical) __builtin_trap();
  auto reparsed = dxnews::crawler::ParseUrl(canonical.ToString());
  if (!reparsed.ok()) __builtin_trap();
  if (dxnews::crawler::Canonicalize(reparsed.value()) != canonical) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (auto url = dxnews::crawler::ParseUrl(input); url.ok()) CheckCanonical(url.value());

  // Split the input into a base and a reference at the first newline.
  const size_t newline = input.find('\n');
  const std::string_view reference = input.substr(newline == std::string_view::npos ? 0 : newline + 1);
  static const auto kDefaultBase = dxnews::crawler::ParseUrl("https://baosonglam.example.vn/a/b/c?d=1");
  auto base =
      newline == std::string_view::npos ? kDefaultBase : dxnews::crawler::ParseUrl(input.substr(0, newline));
  if (base.ok()) {
    if (auto resolved = dxnews::crawler::Resolve(base.value(), reference); resolved.ok()) {
      CheckCanonical(resolved.value());
      // A resolved URL is absolute: resolving it again against any base gives the same page. Only
      // canonical forms compare equal: RFC 3986 §5.2.2 keeps the base path's dot segments for an
      // empty reference but removes them from an absolute one.
      auto again = dxnews::crawler::Resolve(kDefaultBase.value(), resolved.value().ToString());
      if (!again.ok()) __builtin_trap();
      if (dxnews::crawler::Canonicalize(again.value()) != dxnews::crawler::Canonicalize(resolved.value())) {
        __builtin_trap();
      }
    }
  }
  return 0;
}
