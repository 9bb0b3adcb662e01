// ReportArticle: what reports need of one stored article: its metadata and its analysis. The cli
// fills it from the article store (or the index); reports never open the store themselves.
#ifndef DXNEWS_REPORT_REPORT_ARTICLE_H_
#define DXNEWS_REPORT_REPORT_ARTICLE_H_

#include <cstdint>
#include <optional>
#include <string>

#include "dxnews/analyzer/article_analyzer.h"
#include "dxnews/analyzer/civil_date.h"

namespace dxnews::report {

struct ReportArticle {
  std::int64_t id = 0;
  std::string url;
  std::string title;
  std::string source_id;    ///< registry id or the URL's host
  std::string source_name;  ///< the outlet as readers know it: "Báo Hà Tĩnh"
  analyzer::CivilDate day;  ///< publication day in Vietnam time
  std::int64_t published = 0;          ///< UTC seconds
  std::optional<std::int64_t> cluster;  ///< story cluster (reprints); unset: a story of its own
  analyzer::ArticleAnalysis analysis;

  /// The story this article belongs to: its cluster, or its own id.
  std::int64_t Story() const { return cluster.value_or(id); }
};

}  // namespace dxnews::report

#endif  // DXNEWS_REPORT_REPORT_ARTICLE_H_
