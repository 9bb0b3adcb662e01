#include "crawl_task.h"

#include <algorithm>
#include <cctype>

#include "dxnews/crawler/url.h"

namespace dxnews::crawler {

bool IsConditional(TaskKind kind) {
  return kind == TaskKind::kFeed || kind == TaskKind::kSitemap;
}

bool IsPageLink(std::string_view url) {
  Result<Url> parsed = ParseUrl(url);
  if (!parsed.ok()) return false;
  std::string path = parsed.value().path;
  std::transform(path.begin(), path.end(), path.begin(), [](unsigned char c) { return std::tolower(c); });
  std::size_t dot = path.rfind('.');
  if (dot == std::string::npos || path.find('/', dot) != std::string::npos) return true;
  const std::string_view ext = std::string_view(path).substr(dot + 1);
  for (std::string_view binary : {"jpg", "jpeg", "png", "gif", "webp", "svg", "ico", "pdf", "doc", "docx", "xls",
                                  "xlsx", "ppt", "pptx", "zip", "rar", "7z", "gz", "mp3", "mp4", "avi", "mov",
                                  "css", "js", "xml", "rss"}) {
    if (ext == binary) return false;
  }
  return true;
}

FetchAttempt MakeAttempt(const Task& task, const Result<HttpResponse>& response, const Clock& clock) {
  FetchAttempt attempt;
  attempt.url = task.url;
  attempt.fetched_at = clock.UnixSeconds();
  if (!response.ok()) {
    auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(clock.Now() - task.due);
    attempt.elapsed_ms = std::max<std::int64_t>(0, elapsed.count());
    return attempt;
  }
  const HttpResponse& r = response.value();
  attempt.status = r.status;
  attempt.bytes = static_cast<std::int64_t>(r.bytes_received);
  attempt.elapsed_ms = static_cast<std::int64_t>(r.total_seconds * 1000.0);
  attempt.etag = r.etag;
  attempt.last_modified = r.last_modified;
  return attempt;
}

}  // namespace dxnews::crawler
