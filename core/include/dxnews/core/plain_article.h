// The plain-text article format read by `dxnews analyze` and `dxnews import`: optional
// "# key = value" header lines, then the title line, then the body.
//
//   # url = https://baohatinh.vn/...
//   # date = 2024-10-12
//   Hà Tĩnh đẩy mạnh chuyển đổi số
//   Sáng 12/10, UBND tỉnh tổ chức ...
#ifndef DXNEWS_CORE_PLAIN_ARTICLE_H_
#define DXNEWS_CORE_PLAIN_ARTICLE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dxnews/core/result.h"

namespace dxnews {

/// A parsed plain-text article.
struct PlainArticle {
  /// Header keys are lower-cased and trimmed; values trimmed; in file order.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string title;  ///< the first non-empty line after the headers, trimmed
  std::string body;   ///< everything after the title line; trailing blank lines removed

  /// The value of the last header named `key`, or nullptr.
  const std::string* Header(std::string_view key) const;
};

/// Parses `text` (UTF-8). Blank lines before the title are skipped; "\r\n" line ends are
/// accepted. Fails with kInvalidInput naming `source_name` and the line when a line that starts
/// with "#" before the title is not "# key = value", or when there is no title at all.
Result<PlainArticle> ParsePlainArticle(std::string_view text, const std::string& source_name);

}  // namespace dxnews

#endif  // DXNEWS_CORE_PLAIN_ARTICLE_H_
