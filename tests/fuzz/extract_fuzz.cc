// libFuzzer target for the article extractor: arbitrary bytes as an HTML page (with a page URL
// and a fetch time, so URL dates and relative times are exercised). Traps on broken invariants.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dxnews/crawler/article_extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  dxnews::crawler::ExtractOptions options;
  options.url = "https://baotinh.example.vn/chuyen-doi-so/202410/bai-viet-9a1b2c3/";
  options.fetched_at = 1728700000;  // 2024-10-12
  if (size > 0 && (data[0] & 1)) options.hints = {{"content", "detail-content"}, {"remove", "related"}};
  auto result = dxnews::crawler::ExtractArticle(html, options);
  if (result.ok()) {
    const auto& a = result.value();
    size_t joined = 0;
    for (const auto& p : a.paragraphs) joined += p.size() + 1;
    if (!a.paragraphs.empty() && a.text.size() + 1 != joined) std::abort();  // text = paragraphs joined by "\n"
  }
  return 0;
}
