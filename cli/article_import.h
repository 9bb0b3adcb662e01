// What `dxnews import` makes of its inputs: the list of files to read (directories walked
// recursively in sorted order) and the StoredArticle of one plain-text article or HTML page.
#ifndef DXNEWS_CLI_ARTICLE_IMPORT_H_
#define DXNEWS_CLI_ARTICLE_IMPORT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dxnews/core/result.h"
#include "dxnews/store/article_store.h"

namespace dxnews::cli {

/// How a file is read, from its name.
enum class ImportKind { kPlainText, kHtml, kWarc, kUnsupported };

/// .txt -> kPlainText; .html/.htm -> kHtml; .warc/.warc.gz -> kWarc (case-insensitive).
ImportKind ImportKindOf(const std::string& path);

/// The files named by `paths`, in order; a directory contributes its supported files, walked
/// recursively and sorted by path. A missing path, or a file whose type is not supported, adds a
/// kInvalidInput to `errors` naming it.
std::vector<std::string> CollectImportFiles(const std::vector<std::string>& paths, std::vector<Status>* errors);

/// "file://" + the absolute, normalised path.
std::string FileUrl(const std::string& path);

/// A plain-text article (ParsePlainArticle): "# url" (canonicalised; default FileUrl(path)),
/// "# date" (YYYY-MM-DD, YYYYMMDD or D/M/YYYY -> 00:00 +07:00), "# source", "# author". `bytes` are
/// decoded to UTF-8 and kept as the raw page. kInvalidInput naming `path` on a bad header.
Result<store::StoredArticle> ArticleFromPlainText(std::string_view bytes, const std::string& path);

/// An HTML page (DecodeToUtf8 + crawler::ExtractArticle). The URL is `url` when given (an
/// http(s) URL, canonicalised), else the page's canonical URL, else FileUrl(name). kInvalidInput
/// naming `name` when the page has neither title nor text.
Result<store::StoredArticle> ArticleFromHtml(std::string_view bytes, const std::string& url,
                                             const std::string& content_type, const std::string& name);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_ARTICLE_IMPORT_H_
