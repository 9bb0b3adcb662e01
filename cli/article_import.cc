#include "article_import.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "dxnews/analyzer/civil_date.h"
#include "dxnews/analyzer/decoder.h"
#include "dxnews/core/plain_article.h"
#include "dxnews/crawler/article_extractor.h"
#include "dxnews/crawler/url.h"

namespace dxnews::cli {
namespace {

namespace fs = std::filesystem;

bool EndsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void AddDirectory(const std::string& dir, std::vector<std::string>* files, std::vector<Status>* errors) {
  std::error_code error;
  std::vector<std::string> found;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    std::error_code ignored;
    if (it->is_regular_file(ignored) && ImportKindOf(it->path().string()) != ImportKind::kUnsupported) {
      found.push_back(it->path().string());
    }
  }
  if (error) errors->push_back(Status::IoError(dir + ": cannot read directory: " + error.message()));
  std::sort(found.begin(), found.end());
  files->insert(files->end(), found.begin(), found.end());
}

constexpr std::int64_t kVietnamOffsetSeconds = 7 * 3600;

}  // namespace

ImportKind ImportKindOf(const std::string& path) {
  std::string lower = path;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (EndsWith(lower, ".txt")) return ImportKind::kPlainText;
  if (EndsWith(lower, ".html") || EndsWith(lower, ".htm")) return ImportKind::kHtml;
  if (EndsWith(lower, ".warc") || EndsWith(lower, ".warc.gz")) return ImportKind::kWarc;
  return ImportKind::kUnsupported;
}

std::vector<std::string> CollectImportFiles(const std::vector<std::string>& paths, std::vector<Status>* errors) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      errors->push_back(Status::InvalidInput(path + ": no such file or directory"));
    } else if (fs::is_directory(status)) {
      AddDirectory(path, &files, errors);
    } else if (ImportKindOf(path) == ImportKind::kUnsupported) {
      errors->push_back(Status::InvalidInput(path + ": unsupported file type (use .txt, .html, .htm, .warc, .warc.gz)"));
    } else {
      files.push_back(path);
    }
  }
  return files;
}

std::string FileUrl(const std::string& path) {
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  return "file://" + (error ? fs::path(path) : absolute).lexically_normal().string();
}

Result<store::StoredArticle> ArticleFromPlainText(std::string_view bytes, const std::string& path) {
  analyzer::DecodedText decoded = analyzer::DecodeToUtf8(bytes);
  Result<PlainArticle> parsed = ParsePlainArticle(decoded.utf8, path);
  if (!parsed.ok()) return parsed.status();
  const PlainArticle& plain = parsed.value();
  store::StoredArticle article;
  article.url = FileUrl(path);
  if (const std::string* url = plain.Header("url")) {
    Result<std::string> canonical = crawler::CanonicalizeUrl(*url);
    if (!canonical.ok()) return Status::InvalidInput(path + ": '# url' header: " + canonical.status().message());
    article.url = canonical.value();
  }
  if (const std::string* date = plain.Header("date")) {
    std::optional<analyzer::CivilDate> day = analyzer::ParseCivilDate(*date);
    if (!day) return Status::InvalidInput(path + ": '# date' header: '" + *date + "' is not a date (use YYYY-MM-DD)");
    article.published = static_cast<std::int64_t>(analyzer::DaysSinceEpoch(*day)) * 86400 - kVietnamOffsetSeconds;
  }
  if (const std::string* source = plain.Header("source")) article.source_id = *source;
  if (const std::string* author = plain.Header("author")) article.author = *author;
  article.title = plain.title;
  article.text = plain.body;
  article.raw = std::string(bytes);
  return article;
}

Result<store::StoredArticle> ArticleFromHtml(std::string_view bytes, const std::string& url,
                                             const std::string& content_type, const std::string& name) {
  analyzer::DecodeHints hints;
  hints.html = true;
  hints.content_type = content_type;
  analyzer::DecodedText decoded = analyzer::DecodeToUtf8(bytes, hints);
  crawler::ExtractOptions options;
  std::string canonical_url;
  if (!url.empty()) {
    Result<std::string> canonical = crawler::CanonicalizeUrl(url);
    if (!canonical.ok()) return Status::InvalidInput(name + ": URL: " + canonical.status().message());
    options.url = canonical_url = canonical.value();
  }
  Result<crawler::ExtractedArticle> extracted = crawler::ExtractArticle(decoded.utf8, options);
  if (!extracted.ok()) return extracted.status().WithContext(name);
  crawler::ExtractedArticle& page = extracted.value();
  if (page.title.empty() && page.text.empty()) return Status::InvalidInput(name + ": no article found in the page");
  if (canonical_url.empty() && !page.canonical_url.empty()) {
    Result<std::string> canonical = crawler::CanonicalizeUrl(page.canonical_url);
    if (canonical.ok()) canonical_url = canonical.value();
  }
  store::StoredArticle article;
  article.url = canonical_url.empty() ? FileUrl(name) : canonical_url;
  article.title = std::move(page.title);
  article.lead = std::move(page.lead);
  article.text = std::move(page.text);
  article.published = page.published;
  article.author = std::move(page.author);
  article.credit = std::move(page.credit);
  article.tags = std::move(page.tags);
  article.raw = std::string(bytes);
  return article;
}

}  // namespace dxnews::cli
