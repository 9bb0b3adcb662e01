// Loading the articles of a period, with their stored analyses, as report::ReportArticle values:
// the step between the article store and the report commands (digest, officials, events,
// documents, export). Articles without a current analysis are analysed on the fly (and counted),
// so a report never silently misses articles that `reanalyze` has not reached yet.
#ifndef DXNEWS_CLI_REPORT_ARTICLES_H_
#define DXNEWS_CLI_REPORT_ARTICLES_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "dxnews/analyzer/article_analyzer.h"
#include "dxnews/analyzer/province_registry.h"
#include "dxnews/core/result.h"
#include "dxnews/report/period.h"
#include "dxnews/report/report_article.h"
#include "dxnews/store/article_store.h"
#include "outlet_names.h"
#include "province_filter.h"

namespace dxnews::cli {

/// Which articles a report covers besides the period.
struct ReportFilter {
  std::optional<ProvinceFilter> province;  ///< main province among these
  std::string theme;                       ///< a primary theme id; "" for all
  bool about_dx_only = false;              ///< only articles about digital transformation (about_dx)
  bool with_text = false;                  ///< also keep the stored articles' text fields (export)
  /// When set, only these article ids (the matches of --query).
  std::optional<std::set<std::int64_t>> ids;
};

/// What the loader needs besides the store, loaded once per command.
struct ReportContext {
  const analyzer::ArticleAnalyzer* analyzer = nullptr;  ///< for articles without a current analysis
  const OutletNames* outlets = nullptr;                  ///< required
  std::string analyzer_version;
};

struct LoadedArticles {
  std::vector<report::ReportArticle> articles;  ///< oldest first
  /// with_text: the stored article (without raw page) of each of `articles`, same order.
  std::vector<store::StoredArticle> records;
  std::int64_t analysed_now = 0;   ///< articles that had no current stored analysis
};

/// The articles published (Vietnam time) in `period` that pass `filter`.
Result<LoadedArticles> LoadReportArticles(const store::ArticleStore& store, const report::Period& period,
                                          const ReportFilter& filter, const ReportContext& context);

/// UTC seconds of 00:00 (Vietnam time) of `day`.
std::int64_t VietnamMidnight(const analyzer::CivilDate& day);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_REPORT_ARTICLES_H_
